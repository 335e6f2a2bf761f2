package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.gateway.web.api.AnfrageRequests.Rufnummer;

/**
 * Request bodies of the actions that send a Meldung. The Meldungstext is never given: it is always the code's
 * standard text.
 */
public final class MeldungRequests {

    private MeldungRequests() {}

    @Schema(description = "RUEM-VA to the open VA (EKPabg)")
    public record RuemVaRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<RuemVaPosition> positionen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-16")
            LocalDate wechseltermin,

            @Schema(example = "001 TAL ISDN", description = "KUE only")
            String technologie,

            @Schema(description = "KUE only") List<Ressource> ressourcen,

            @Schema(description = "MRN, RRNP; omitted = the VA's numbers, confirmed with our PKIabg")
            PortierteRufnummern rufnummern) {}

    public record RuemVaPosition(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "8001")
            String meldungscode,

            @Schema(description = "ADA codes 8104-8107 only")
            Adresse adresseAbweichend) {}

    public record Adresse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            AdresseAbweichend.Attribut attribut,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String wert) {}

    @Schema(description = "At least one of the four identifiers")
    public record Ressource(
            String vertragsnummer,
            @Schema(example = "DEU.BBBB.1754639821") String lineId,
            String identifizierer,
            @Schema(example = "D001") String kennungTNBabg) {}

    @Schema(description = "Exactly one of einzelrufnummern or bloecke")
    public record PortierteRufnummern(List<PortierteRufnummer> einzelrufnummern, PortierteBloecke bloecke) {}

    public record PortierteRufnummer(
            String onkz,
            String rufnummer,
            @Schema(example = "D0AA") String pkiAbg) {}

    public record PortierteBloecke(
            String onkz, String durchwahlnummer, String abfragestelle, List<PortierterBlock> bloecke) {}

    public record PortierterBlock(String von, String bis, String pkiAbg) {}

    @Schema(description = "ABBM to the open VA or to the active TV/Storno")
    public record AbbmRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<AbbmPosition> positionen,

            @Schema(description = "mandatory with 8116 and when answering a Storno")
            String begruendung) {}

    public record AbbmPosition(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "8103")
            String meldungscode,

            @Schema(description = "up to 10 numbers, e.g. with 8103 RNG")
            List<Rufnummer> rufnummern) {}

    @Schema(description = "AKM-TR (EKPauf, KUE only)")
    public record AkmTrRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean ressourcenuebernahme,

            List<UebernahmeLeitung> uebernahmeLeitungen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean sichererHafen) {}

    @Schema(description = "Exactly one of lineId or vertragsnummer")
    public record UebernahmeLeitung(String lineId, String vertragsnummer) {}

    @Schema(description = "ABBM-TR (EKPabg): rejects the AKM-TR")
    public record AbbmTrRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<AbbmTrPosition> positionen) {}

    public record AbbmTrPosition(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "8147")
            String meldungscode) {}
}
