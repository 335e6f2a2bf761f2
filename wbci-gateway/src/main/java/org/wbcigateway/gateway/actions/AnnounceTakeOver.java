package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/**
 * EKPauf: sends the AKM-TR, which announces the take-over of lines and resources of the agreed Vorabstimmung; a
 * corrected AKM-TR after a refused take-over also ends that Klaerfall (the engine's rule).
 */
@Service
public class AnnounceTakeOver {

    private final SendPath path;

    AnnounceTakeOver(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent announce(
            VorabstimmungsId vaId,
            boolean ressourcenuebernahme,
            List<UebernahmeLeitung> leitungen,
            boolean sichererHafen) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(
                stored, stored.aggregate().akmTr(ressourcenuebernahme, leitungen, sichererHafen, path.ownPki()));
    }
}
