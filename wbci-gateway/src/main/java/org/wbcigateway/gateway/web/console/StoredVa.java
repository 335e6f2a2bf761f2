package org.wbcigateway.gateway.web.console;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;

/** A stored Vorabstimmung and its aggregate (the VA, what we may send), for the pages and the code picker. */
@Component
class StoredVa {

    private final VorabstimmungRepository rows;
    private final Vorabstimmungen vorabstimmungen;

    StoredVa(VorabstimmungRepository rows, Vorabstimmungen vorabstimmungen) {
        this.rows = rows;
        this.vorabstimmungen = vorabstimmungen;
    }

    VorabstimmungRecord record(String id) {
        VorabstimmungsId vaId = VorabstimmungsId.of(id);
        return rows.find(vaId).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + id));
    }

    /** The aggregate; empty if its stored messages cannot be read any more. */
    Optional<Vorabstimmung> vorabstimmung(VorabstimmungRecord r) {
        try {
            return Optional.of(vorabstimmungen.aggregate(r));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
