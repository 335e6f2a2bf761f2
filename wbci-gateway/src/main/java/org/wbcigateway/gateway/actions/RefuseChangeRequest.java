package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** Either role: sends the ABBM to the partner's active TV (with the agreed Wechseltermin) or Storno. */
@Service
public class RefuseChangeRequest {

    private final SendPath path;

    RefuseChangeRequest(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent refuse(VorabstimmungsId vaId, List<Meldungsposition> positionen, String begruendung) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(
                stored,
                stored.aggregate()
                        .abbmToChangeRequest(positionen, begruendung)
                        .orElseThrow(() -> SendPath.noChangeRequest(vaId)));
    }
}
