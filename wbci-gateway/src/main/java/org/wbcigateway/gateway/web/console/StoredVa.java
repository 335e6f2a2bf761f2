package org.wbcigateway.gateway.web.console;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.wire.WbciCodec;

/** A Vorabstimmung and the VA that opened it, read from the database, for the pages and the code picker. */
@Component
class StoredVa {

    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final WbciCodec codec;

    StoredVa(VorabstimmungRepository vorabstimmungen, MessageRepository messages, WbciCodec codec) {
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.codec = codec;
    }

    VorabstimmungRecord record(String id) {
        VorabstimmungsId vaId = VorabstimmungsId.of(id);
        return vorabstimmungen.find(vaId).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + id));
    }

    /** The VA; empty if its stored bytes cannot be read any more. */
    Optional<Vorabstimmungsanfrage> va(VorabstimmungRecord r) {
        if (r.vaMessageId() == null) {
            return Optional.empty();
        }
        try {
            return messages.find(r.vaMessageId()).map(m -> codec.readMessage(m.raw()).payload())
                    .filter(Vorabstimmungsanfrage.class::isInstance).map(Vorabstimmungsanfrage.class::cast);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
