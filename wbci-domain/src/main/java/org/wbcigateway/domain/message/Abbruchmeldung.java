package org.wbcigateway.domain.message;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.SimpleType;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;

/**
 * ABBM: negative answer to a VA (ends it), a TV (with the original Wechseltermin and the AenderungsIdRef) or a
 * Storno (with StornoIdRef and Begruendung).
 */
public record Abbruchmeldung(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsIdRef,
        Geschaeftsfall geschaeftsfall,
        List<Meldungsposition> positionen,
        LocalDate wechseltermin,
        StornoId stornoIdRef,
        AenderungsId aenderungsIdRef,
        String begruendung)
        implements Meldung {

    public Abbruchmeldung {
        Positions.header(absender, endkundenvertragspartner, vorabstimmungsIdRef);
        Cardinality.required("Geschaeftsfall", geschaeftsfall);
        positionen = Positions.check(MessageType.ABBM, positionen);
        SimpleType.BEGRUENDUNG.requireOptional(begruendung);
    }

    @Override
    public MessageType type() {
        return MessageType.ABBM;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }
}
