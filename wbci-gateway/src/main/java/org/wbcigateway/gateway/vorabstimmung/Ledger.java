package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.observability.MessageTraffic;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Direction;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Outcome;

/**
 * Stores messages, in the caller's transaction: as they were (or will be) on the wire, with the ID a request creates;
 * a message of ours also goes into the outbox. What a message does to its Vorabstimmung is the engine's outcome,
 * stored by {@link Vorabstimmungen} and carried out by {@link EffectRunner}.
 */
@Service
public class Ledger {

    private final MessageRepository messages;
    private final StoredMessages stored;
    private final IssuedIdRepository issuedIds;
    private final OutboxRepository outbox;
    private final MessageComposer composer;
    private final MessageTraffic traffic;
    private final Clock clock;

    public Ledger(
            MessageRepository messages,
            StoredMessages stored,
            IssuedIdRepository issuedIds,
            OutboxRepository outbox,
            MessageComposer composer,
            MessageTraffic traffic,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.messages = messages;
        this.stored = stored;
        this.issuedIds = issuedIds;
        this.outbox = outbox;
        this.composer = composer;
        this.traffic = traffic;
        this.clock = clock;
    }

    /** Stores a message as it was (or will be) on the wire; records the ID a request creates if it is new. */
    public long store(
            WbciMessage message, Direction direction, CarrierCode partner, byte[] raw, Outcome outcome, String detail) {
        String digest = Digests.sha256(raw);
        String requestId = message instanceof Anfrage a ? a.id().value() : null;
        Geschaeftsfall geschaeftsfall =
                message instanceof Meldung m ? m.geschaeftsfall() : ((Anfrage) message).answeredAs();
        long id = messages.insert(
                message.vorabstimmungsId().value(),
                direction,
                message.type(),
                geschaeftsfall,
                requestId,
                partner,
                raw,
                digest,
                outcome,
                detail,
                now());
        if (requestId != null) {
            issuedIds.insertIfNew(requestId, id, digest);
        }
        stored.stored(id, message);
        traffic.stored(message, geschaeftsfall, direction.protocol(), partner);
        return id;
    }

    /** Composes, stores and queues a message of ours; it leaves through the outbox. Returns the message id. */
    public long queue(WbciMessage message, CarrierCode partner) {
        long id = store(message, Direction.OUT, partner, composer.soap(message), Outcome.QUEUED, null);
        outbox.enqueue(id, message.vorabstimmungsId().value(), partner, now());
        return id;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
