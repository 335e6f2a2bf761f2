package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** ABBM-TR: the EKPabg rejects an AKM-TR; the Vorabstimmung stays open for a corrected AKM-TR. */
public record AbbruchmeldungTechnRessource(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsIdRef,
        Geschaeftsfall geschaeftsfall,
        List<Meldungsposition> positionen)
        implements Meldung {

    public AbbruchmeldungTechnRessource {
        Positions.header(absender, endkundenvertragspartner, vorabstimmungsIdRef);
        Positions.vorabstimmung("Geschaeftsfall", geschaeftsfall);
        positionen = Positions.check(MessageType.ABBM_TR, positionen);
    }

    @Override
    public MessageType type() {
        return MessageType.ABBM_TR;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }
}
