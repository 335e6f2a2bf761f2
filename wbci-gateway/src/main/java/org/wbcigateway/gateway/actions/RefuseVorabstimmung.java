package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** EKPabg: sends the ABBM to the open VA, which ends the Vorabstimmung. */
@Service
public class RefuseVorabstimmung {

    private final SendPath path;

    RefuseVorabstimmung(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent refuse(VorabstimmungsId vaId, List<Meldungsposition> positionen, String begruendung) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(stored, stored.aggregate().abbmToVa(positionen, begruendung));
    }
}
