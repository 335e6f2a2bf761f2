package org.wbcigateway.gateway.actions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.PortierteRufnummern;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;

/** EKPabg: sends the RUEM-VA, which agrees to the open VA with a Wechseltermin. */
@Service
public class ConfirmVorabstimmung {

    private final SendPath path;

    ConfirmVorabstimmung(SendPath path) {
        this.path = path;
    }

    /**
     * Without numbers, those of the VA are confirmed with our PKIabg (MRN, RRNP); Technologie and Ressourcen are
     * given by the caller (KUE).
     */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent confirm(
            VorabstimmungsId vaId,
            List<Meldungsposition> positionen,
            LocalDate wechseltermin,
            String technologie,
            List<Ressource> ressourcen,
            PortierteRufnummern rufnummern) {
        StoredVorabstimmung stored = path.lock(vaId);
        return path.send(
                stored,
                stored.aggregate()
                        .ruemVa(positionen, wechseltermin, technologie, ressourcen, rufnummern, path.ownPki()));
    }
}
