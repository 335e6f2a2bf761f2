package org.wbcigateway.domain.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.Standort;

/**
 * What the CRM knows about the contract a VA asks to terminate or port from: holders, line location, numbers,
 * line resources and when it can end at the earliest. A snapshot, read through the CRM port.
 *
 * @param vertragId                  the CRM's own key of the contract
 * @param inhaber                    the line holder (Endkunde)
 * @param weitereInhaber             further line holders
 * @param standort                   the line's location (TAE address); {@code null} for a pure number contract
 * @param rufnummern                 the numbers of the line: single numbers or an Anlagenanschluss with blocks
 * @param technologie                e.g. {@code 001 TAL ISDN}; {@code null} if unknown
 * @param ressourcen                 the technical resources of the line (WITA contract number, Line-ID, ...)
 * @param fruehestesVertragsende     the earliest date the contract can end; {@code null} if the CRM cannot tell
 * @param andereVorabstimmungOffen   another Vorabstimmung is already open for this contract (§4: VAE)
 */
public record Vertrag(
        String vertragId,
        Anschlussinhaber inhaber,
        List<Anschlussinhaber> weitereInhaber,
        Standort standort,
        Rufnummern rufnummern,
        String technologie,
        List<Ressource> ressourcen,
        LocalDate fruehestesVertragsende,
        boolean andereVorabstimmungOffen) {

    public Vertrag {
        Objects.requireNonNull(vertragId, "vertragId");
        Objects.requireNonNull(inhaber, "inhaber");
        weitereInhaber = weitereInhaber == null ? List.of() : List.copyOf(weitereInhaber);
        ressourcen = ressourcen == null ? List.of() : List.copyOf(ressourcen);
    }
}
