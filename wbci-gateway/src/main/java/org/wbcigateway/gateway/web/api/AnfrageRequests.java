package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.message.Portierungszeitfenster;

/**
 * Request bodies of the actions that send a request (Anfrage): a new VA, a TV, a Storno. Plain shapes: every value is
 * checked when {@link RequestMapper} builds the domain message, so an invalid one is a 400 naming its simple type.
 */
public final class AnfrageRequests {

    private AnfrageRequests() {}

    @Schema(description = "A new Vorabstimmung (VA) to send as EKPauf; ID, Absender and PKIauf (VA-RRNP) are filled in")
    public record VorabstimmungRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "VA-KUE-MRN",
                    allowableValues = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
            String geschaeftsfall,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "DEU.BBBB",
                    description = "carrier code of the EKPabg, a registered partner")
            String ekpAbg,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-16")
            LocalDate kundenwunschtermin,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Anschlussinhaber endkunde,

            List<Anschlussinhaber> weitereAnschlussinhaber,
            ProjektId projektId,

            @Schema(description = "VA-KUE-MRN, VA-KUE-ORN only")
            Standort standort,

            @Schema(description = "VA-KUE-ORN only") Rufnummer anschlussidentifikation,

            @Schema(description = "VA-KUE-MRN, VA-RRNP only")
            RufnummernPortierung rufnummernPortierung) {}

    @Schema(description = "Exactly one of person or firma")
    public record Anschlussinhaber(Person person, Firma firma) {}

    public record Person(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "1",
                    allowableValues = {"1", "2", "9"},
                    description = "1 Herr, 2 Frau, 9 none")
            String anrede,

            String vorname,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String nachname) {}

    public record Firma(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "4",
                    allowableValues = {"4", "9"},
                    description = "4 Firma, 9 none")
            String anrede,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String firmenname,

            String firmennameZweiterTeil) {}

    public record ProjektId(String projektkenner, String kopplungskenner) {}

    public record Standort(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String strassenname,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String hausnummer,

            String hausnummernZusatz,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "80992")
            String postleitzahl,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String ort) {}

    @Schema(description = "A phone number: ONKZ (area code without leading 0) and the number")
    public record Rufnummer(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "89")
            String onkz,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "123456")
            String rufnummer) {}

    @Schema(description = "Exactly one of einzelanschluss or anlagenanschluss, and the Portierungszeitfenster")
    public record RufnummernPortierung(
            Einzelanschluss einzelanschluss,
            Anlagenanschluss anlagenanschluss,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Portierungszeitfenster portierungszeitfenster) {}

    public record Einzelanschluss(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Rufnummer> rufnummern,

            @Schema(description = "port all numbers of the line")
            Boolean alleRufnummern) {}

    public record Anlagenanschluss(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String onkz,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String durchwahlnummer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String abfragestelle,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Rufnummernblock> bloecke) {}

    public record Rufnummernblock(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "00")
            String von,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "99")
            String bis) {}

    /** Terminverschiebung (EKPauf, after the RUEM-VA). */
    public record TvRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate neuerKundenwunschtermin) {}

    public enum StornoArt {
        AUFHEBUNG,
        AENDERUNG
    }

    @Schema(description = "Storno of our role; the EKPabg must give a Stornogrund, the EKPauf gives none")
    public record StornoRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            StornoArt art,

            String stornogrund) {}
}
