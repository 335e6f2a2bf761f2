package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/**
 * Either role: sends the ERLM to the partner's active TV (8003, the TV's date becomes the Wechseltermin) or Storno
 * (8004).
 */
@Service
public class AcceptChangeRequest {

    private final SendPath path;

    AcceptChangeRequest(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent accept(VorabstimmungsId vaId) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(stored, stored.aggregate().erlm().orElseThrow(() -> SendPath.noChangeRequest(vaId)));
    }
}
