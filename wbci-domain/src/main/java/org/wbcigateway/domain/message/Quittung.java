package org.wbcigateway.domain.message;

import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.VorabstimmungsId;

/**
 * The TEQ (Technische Quittung), the synchronous answer to every message. {@code absender} is the party sending the
 * TEQ (the 2013 sample echoes the original sender; receivers accept either).
 */
public record Quittung(CarrierCode absender, VorabstimmungsId vorabstimmungsIdRef, TeqCode code, String meldungstext) {

    public Quittung {
        Cardinality.required("Absender", absender);
        Cardinality.required("VorabstimmungsIdRef", vorabstimmungsIdRef);
        Cardinality.required("Meldungscode", code);
        SimpleType.MELDUNGSTEXT.require(meldungstext);
    }

    public static Quittung of(CarrierCode absender, VorabstimmungsId vaRef, TeqCode code) {
        return new Quittung(absender, vaRef, code, code.standardText());
    }
}
