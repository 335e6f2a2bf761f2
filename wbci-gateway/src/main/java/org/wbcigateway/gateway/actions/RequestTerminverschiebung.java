package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** EKPauf: sends a TV, which asks to move the agreed Wechseltermin. */
@Service
public class RequestTerminverschiebung {

    private final SendPath path;
    private final IdGenerator ids;

    RequestTerminverschiebung(SendPath path, IdGenerator ids) {
        this.path = path;
        this.ids = ids;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent request(VorabstimmungsId vaId, LocalDate neuerKundenwunschtermin) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(stored, stored.aggregate().tv(ids.aenderungsId(), neuerKundenwunschtermin));
    }
}
