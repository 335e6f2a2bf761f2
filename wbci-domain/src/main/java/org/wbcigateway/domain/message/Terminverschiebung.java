package org.wbcigateway.domain.message;

import java.time.LocalDate;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.IssuedId;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** TV: the EKPauf asks to move the agreed Wechseltermin to a new Kundenwunschtermin. */
public record Terminverschiebung(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        AenderungsId aenderungsId,
        VorabstimmungsId vorabstimmungsIdRef,
        LocalDate neuerKundenwunschtermin)
        implements Anfrage {

    public Terminverschiebung {
        Cardinality.required("Absender", absender);
        Cardinality.required("Endkundenvertragspartner", endkundenvertragspartner);
        Cardinality.required("AenderungsId", aenderungsId);
        Cardinality.required("VorabstimmungsIdRef", vorabstimmungsIdRef);
        Cardinality.required("NeuerKundenwunschtermin", neuerKundenwunschtermin);
    }

    @Override
    public MessageType type() {
        return MessageType.TV;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }

    @Override
    public IssuedId id() {
        return aenderungsId;
    }

    @Override
    public Geschaeftsfall answeredAs() {
        return Geschaeftsfall.TVS_VA;
    }
}
