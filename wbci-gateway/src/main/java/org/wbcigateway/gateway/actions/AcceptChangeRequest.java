package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

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
        VorabstimmungRecord r = path.lock(vaId);
        Anfrage request = path.activeChangeRequest(r);
        Erledigtmeldung erlm = request instanceof Terminverschiebung tv
                ? new Erledigtmeldung(path.self(), path.ekp(r), vaId, Geschaeftsfall.TVS_VA,
                        List.of(Meldungsposition.of(Meldungscode.TV_ERLEDIGT)), tv.neuerKundenwunschtermin(), null,
                        tv.aenderungsId())
                : new Erledigtmeldung(path.self(), path.ekp(r), vaId, ((Storno) request).art().answeredAs(),
                        List.of(Meldungsposition.of(Meldungscode.STORNO_ERLEDIGT)), null, ((Storno) request).stornoId(),
                        null);
        return path.send(r, erlm, DateCheck.accepted());
    }
}
