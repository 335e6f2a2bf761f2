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
                    example = "VA-KUE-MRN",
                    allowableValues = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
            String geschaeftsfall,

            @Schema(example = "DEU.BBBB", description = "carrier code of the EKPabg, a registered partner")
            String ekpAbg,

            @Schema(example = "2026-12-16") LocalDate kundenwunschtermin,
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
                    example = "1",
                    allowableValues = {"1", "2", "9"})
            String anrede,

            String vorname,
            String nachname) {}

    public record Firma(
            @Schema(
                    example = "4",
                    allowableValues = {"4", "9"})
            String anrede,

            String firmenname,
            String firmennameZweiterTeil) {}

    public record ProjektId(String projektkenner, String kopplungskenner) {}

    public record Standort(
            String strassenname,
            String hausnummer,
            String hausnummernZusatz,
            @Schema(example = "80992") String postleitzahl,
            String ort) {}

    @Schema(description = "A phone number: ONKZ (area code without leading 0) and the number")
    public record Rufnummer(
            @Schema(example = "89") String onkz,
            @Schema(example = "123456") String rufnummer) {}

    @Schema(description = "Exactly one of einzelanschluss or anlagenanschluss, and the Portierungszeitfenster")
    public record RufnummernPortierung(
            Einzelanschluss einzelanschluss,
            Anlagenanschluss anlagenanschluss,
            Portierungszeitfenster portierungszeitfenster) {}

    public record Einzelanschluss(
            List<Rufnummer> rufnummern,

            @Schema(description = "port all numbers of the line")
            Boolean alleRufnummern) {}

    public record Anlagenanschluss(
            String onkz, String durchwahlnummer, String abfragestelle, List<Rufnummernblock> bloecke) {}

    public record Rufnummernblock(
            @Schema(example = "00") String von,
            @Schema(example = "99") String bis) {}

    /** Terminverschiebung (EKPauf, after the RUEM-VA). */
    public record TvRequest(LocalDate neuerKundenwunschtermin) {}

    public enum StornoArt {
        AUFHEBUNG,
        AENDERUNG
    }

    @Schema(description = "Storno of our role; the EKPabg must give a Stornogrund, the EKPauf gives none")
    public record StornoRequest(StornoArt art, String stornogrund) {}
}
