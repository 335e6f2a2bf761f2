package org.wbcigateway.gateway.crm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wbcigateway.domain.decision.Vertrag;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/** What every CRM adapter does alike when it looks up the contract of a VA. */
final class ContractMatch {

    private ContractMatch() {}

    /** The numbers a VA identifies its contract by: its single numbers, its Kopfnummer, or the Anschlussidentifikation. */
    static List<Rufnummer> identifyingNumbers(Vorabstimmungsanfrage va) {
        if (va.rufnummernPortierung() == null) {
            return va.anschlussidentifikation() == null ? List.of() : List.of(va.anschlussidentifikation());
        }
        if (va.rufnummernPortierung().rufnummern() instanceof Einzelanschluss e) {
            return e.rufnummern();
        }
        Anlagenanschluss a = (Anlagenanschluss) va.rufnummernPortierung().rufnummern();
        return List.of(new Rufnummer(a.onkz(), a.durchwahlnummer()));
    }

    /**
     * Whether the contract is looked up by address and name: only for a VA that names no number (a VA-KUE-ORN without
     * Anschlussidentifikation). A VA that names numbers is about those numbers; if none of them is ours, the answer
     * is RNG with them (interop catalogue 9.2.01, 10.2.01), not the contract of someone at the same address.
     */
    static boolean byAddress(Vorabstimmungsanfrage va) {
        return va.standort() != null && identifyingNumbers(va).isEmpty();
    }

    /** The holder's surname or company name, for a lookup by address and name. */
    static String holderName(Vorabstimmungsanfrage va) {
        return va.endkunde() instanceof Person p ? p.nachname() : ((Firma) va.endkunde()).firmenname();
    }

    /** None, one or several candidate contracts, as the decision table wants them. */
    static Vertragssuche result(
            List<String> candidates,
            Vorabstimmungsanfrage va,
            Function<String, Optional<ContractData>> load,
            CrmLinks links,
            LocalDate today) {
        List<String> ids = candidates.stream().distinct().toList();
        if (ids.isEmpty()) {
            return new Vertragssuche.NichtGefunden();
        }
        if (ids.size() > 1) {
            return new Vertragssuche.Mehrdeutig(ids);
        }
        ContractData c = load.apply(ids.get(0)).orElseThrow();
        return new Vertragssuche.Gefunden(
                new Vertrag(
                        c.id(),
                        c.inhaber(),
                        c.weitereInhaber(),
                        c.standort(),
                        c.rufnummern(),
                        c.technologie(),
                        c.ressourcen(),
                        c.earliestEnd(today),
                        links.otherVorabstimmungOpen(c.id(), va.vorabstimmungsId())),
                Set.of());
    }
}
