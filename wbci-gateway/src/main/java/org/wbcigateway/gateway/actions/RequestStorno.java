package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

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
        VorabstimmungRecord r = path.lock(vaId);
        boolean auf = r.ownRole() == Rolle.EKP_AUF;
        StornoArt art = aufhebung ? (auf ? StornoArt.AUFHEBUNG_EKP_AUF : StornoArt.AUFHEBUNG_EKP_ABG)
                : (auf ? StornoArt.AENDERUNG_EKP_AUF : StornoArt.AENDERUNG_EKP_ABG);
        Storno storno = new Storno(art, path.self(), path.ekp(r), ids.stornoId(), vaId,
                art.needsStornogrund() ? stornogrund : null);
        DateCheck dates = aufhebung && r.wechseltermin() != null
                ? path.termine(r).checkStornoAufhebungArrival(r.wechseltermin()) : DateCheck.accepted();
        return path.send(r, storno, dates);
    }
}
