package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.gateway.vorabstimmung.Replies;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/** EKPabg: sends the ABBM to the open VA, which ends the Vorabstimmung. */
@Service
public class RefuseVorabstimmung {

    private final SendPath path;

    RefuseVorabstimmung(SendPath path) {
        this.path = path;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent refuse(VorabstimmungsId vaId, List<Meldungsposition> positionen, String begruendung) {
        VorabstimmungRecord r = path.lock(vaId);
        return path.send(r, Replies.abbm(path.request(r.vaMessageId()), path.self(), positionen, begruendung, null),
                DateCheck.accepted());
    }
}
