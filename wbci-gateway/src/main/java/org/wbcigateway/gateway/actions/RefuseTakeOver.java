package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** EKPabg: sends the ABBM-TR, which refuses the partner's AKM-TR (e.g. resources that do not fit the contract). */
@Service
public class RefuseTakeOver {

    private final SendPath path;

    RefuseTakeOver(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent refuse(VorabstimmungsId vaId, List<Meldungsposition> positionen) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(stored, stored.aggregate().abbmTr(positionen));
    }
}
