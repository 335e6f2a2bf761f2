package org.wbcigateway.domain.message;

import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** AKM-TR: the EKPauf's notice whether it takes over the line (KUE only; position code 8010). */
public record UebernahmeRessource(
        CarrierCode absender,
        Endkundenvertragspartner endkundenvertragspartner,
        VorabstimmungsId vorabstimmungsIdRef,
        Geschaeftsfall geschaeftsfall,
        List<Meldungsposition> positionen,
        boolean ressourcenuebernahme,
        List<UebernahmeLeitung> uebernahmeLeitungen,
        boolean sichererHafen,
        Portierungskennung portierungskennungPKIauf)
        implements Meldung {

    public UebernahmeRessource {
        Positions.header(absender, endkundenvertragspartner, vorabstimmungsIdRef);
        Positions.vorabstimmung("Geschaeftsfall", geschaeftsfall);
        positionen = Positions.check(MessageType.AKM_TR, positionen);
        uebernahmeLeitungen = Cardinality.list("UebernahmeLeitung", uebernahmeLeitungen, 0, 99);
    }

    @Override
    public MessageType type() {
        return MessageType.AKM_TR;
    }

    @Override
    public VorabstimmungsId vorabstimmungsId() {
        return vorabstimmungsIdRef;
    }
}
