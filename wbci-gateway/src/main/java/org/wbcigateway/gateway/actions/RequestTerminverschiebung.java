package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/** Either role: sends a TV, which asks to move the agreed Wechseltermin. */
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
        VorabstimmungRecord r = path.lock(vaId);
        Terminverschiebung tv = new Terminverschiebung(path.self(), path.ekp(r), ids.aenderungsId(), vaId,
                neuerKundenwunschtermin);
        DateCheck dates = r.wechseltermin() == null ? DateCheck.accepted()
                : path.termine(r).checkNeuerKundenwunschtermin(r.geschaeftsfall(), neuerKundenwunschtermin,
                        r.wechseltermin()).and(path.termine(r).checkTvArrival(r.wechseltermin()));
        return path.send(r, tv, dates);
    }
}
