package org.wbcigateway.domain.message;

import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** ERLM: positive answer to a TV (8003, with the new Wechseltermin) or a Storno (8004). */
public record Erledigtmeldung(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsIdRef,
        Geschaeftsfall geschaeftsfall,
        List<Meldungsposition> positionen,
        LocalDate wechseltermin,
        StornoId stornoIdRef,
        AenderungsId aenderungsIdRef)
        implements Meldung {

    public Erledigtmeldung {
        Positions.header(absender, endkundenvertragspartner, vorabstimmungsIdRef);
        Cardinality.required("Geschaeftsfall", geschaeftsfall);
        positionen = Positions.check(MessageType.ERLM, positionen);
    }

    @Override
    public MessageType type() {
        return MessageType.ERLM;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }
}
