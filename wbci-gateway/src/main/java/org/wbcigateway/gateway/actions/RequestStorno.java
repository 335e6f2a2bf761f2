package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** Either role: sends a Storno, Aufhebung (cancel) or Aenderung (change); the EKPabg must give a Stornogrund. */
@Service
public class RequestStorno {

    private final SendPath path;
    private final IdGenerator ids;

    RequestStorno(SendPath path, IdGenerator ids) {
        this.path = path;
        this.ids = ids;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent request(VorabstimmungsId vaId, boolean aufhebung, String stornogrund) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(stored, stored.aggregate().storno(ids.stornoId(), aufhebung, stornogrund));
    }
}
