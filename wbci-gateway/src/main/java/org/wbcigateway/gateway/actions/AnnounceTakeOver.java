package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/** EKPauf: sends the AKM-TR, which announces the take-over of lines and resources of the agreed Vorabstimmung. */
@Service
public class AnnounceTakeOver {

    private final SendPath path;

    AnnounceTakeOver(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent announce(VorabstimmungsId vaId, boolean ressourcenuebernahme, List<UebernahmeLeitung> leitungen,
                         boolean sichererHafen) {
        VorabstimmungRecord r = path.lock(vaId);
        if (r.klaerfall() && r.klaerfallReason() != null && r.klaerfallReason().endsWith(Ledger.TAKE_OVER_REFUSED)) {
            // the corrected AKM-TR is the operator's answer to the refused take-over: the Klaerfall is resolved
            r = r.withoutKlaerfall();
        }
        UebernahmeRessource akm = new UebernahmeRessource(path.self(), path.ekp(r), vaId, r.geschaeftsfall(),
                List.of(Meldungsposition.of(Meldungscode.AKM_TR_UEBERNAHME)), ressourcenuebernahme, leitungen,
                sichererHafen, r.geschaeftsfall() == Geschaeftsfall.VA_KUE_MRN ? path.ownPki() : null);
        return path.send(r, akm, DateCheck.accepted());
    }
}
