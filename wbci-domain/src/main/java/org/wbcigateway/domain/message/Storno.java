package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.InvalidValueException;
import org.wbcigateway.domain.id.IssuedId;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** One of the four Stornos; those of the EKPabg carry a Stornogrund, those of the EKPauf none. */
public record Storno(
        StornoArt art,
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        StornoId stornoId,
        VorabstimmungsId vorabstimmungsIdRef,
        String stornogrund)
        implements Anfrage {

    public Storno {
        Cardinality.required("Storno kind", art);
        Cardinality.required("Absender", absender);
        Cardinality.required("Endkundenvertragspartner", endkundenvertragspartner);
        Cardinality.required("StornoId", stornoId);
        Cardinality.required("VorabstimmungsIdRef", vorabstimmungsIdRef);
        if (art.needsStornogrund()) {
            SimpleType.STORNOGRUND.require(stornogrund);
        } else if (stornogrund != null) {
            throw new InvalidValueException(art.type().abbreviation() + " carries no Stornogrund");
        }
    }

    @Override
    public MessageType type() {
        return art.type();
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }

    @Override
    public IssuedId id() {
        return stornoId;
    }

    @Override
    public Geschaeftsfall answeredAs() {
        return art.answeredAs();
    }
}
