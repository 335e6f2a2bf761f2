package org.wbcigateway.domain.decision;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.Ressource;

/** The answer the decision table gives to a VA: agree, refuse, or hand it to a person. */
public sealed interface Entscheidung {

    /** The decision rule that gave this answer (for the timeline and the review queue). */
    DecisionRule regel();

    /** RUEM-VA: ZWA or NAT, ADA positions with corrections, the line and the numbers with our PKIabg. */
    record Zustimmung(
            DecisionRule regel,
            List<Meldungsposition> positionen,
            LocalDate wechseltermin,
            String technologie,
            List<Ressource> ressourcen,
            PortierteRufnummern rufnummern)
            implements Entscheidung {}

    /** ABBM with one position per finding. */
    record Ablehnung(DecisionRule regel, List<Meldungsposition> positionen, String begruendung)
            implements Entscheidung {}

    /**
     * The rules cannot decide: the VA goes to the review queue; the rule says why, the contracts are those it
     * concerns (the candidates, or the one whose data is incomplete).
     */
    record Pruefung(DecisionRule regel, List<String> vertragIds) implements Entscheidung {
        public Pruefung {
            vertragIds = List.copyOf(vertragIds);
        }
    }
}
