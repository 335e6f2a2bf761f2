package org.wbcigateway.domain.message;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.IssuedId;
import org.wbcigateway.domain.id.VorabstimmungsId;

/**
 * The VA of one of the three Geschaeftsfaelle. Which optional parts must or must not be present per Geschaeftsfall
 * (Standort, RufnummernPortierung, PKIauf, Anschlussidentifikation) is checked by the named content rules, so that a
 * faulty VA can be represented, refused with the rule's name, and answered.
 */
public record Vorabstimmungsanfrage(
        Geschaeftsfall geschaeftsfall,
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsId,
        LocalDate kundenwunschtermin,
        Anschlussinhaber endkunde,
        List<Anschlussinhaber> weitereAnschlussinhaber,
        ProjektId projektId,
        Standort standort,
        Rufnummer anschlussidentifikation,
        RufnummernPortierung rufnummernPortierung)
        implements Anfrage {

    public Vorabstimmungsanfrage {
        if (!Cardinality.required("Geschaeftsfall", geschaeftsfall).isVorabstimmung()) {
            throw new IllegalArgumentException(geschaeftsfall + " is not a Geschaeftsfall of a VA");
        }
        Cardinality.required("Absender", absender);
        Cardinality.required("Endkundenvertragspartner", endkundenvertragspartner);
        Cardinality.required("VorabstimmungsId", vorabstimmungsId);
        Cardinality.required("Kundenwunschtermin", kundenwunschtermin);
        Cardinality.required("Endkunde", endkunde);
        weitereAnschlussinhaber = Cardinality.list("WeitereAnschlussinhaber", weitereAnschlussinhaber, 0, 99);
    }

    @Override
    public MessageType type() {
        return MessageType.ofVorabstimmung(geschaeftsfall);
    }

    @Override
    public IssuedId id() {
        return vorabstimmungsId;
    }

    @Override
    public Geschaeftsfall answeredAs() {
        return geschaeftsfall;
    }
}
