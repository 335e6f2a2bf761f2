package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.observability.MessageTraffic;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Direction;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Outcome;
import org.wbcigateway.gateway.outbox.OutboxRepository;

/**
 * Writes what happens to a Vorabstimmung, in the caller's transaction: messages (raw), the state a transition
 * leads to with its effects on the dates, the deadlines, and outgoing messages into the outbox. Used alike for
 * messages we receive and messages we send.
 */
@Service
public class Ledger {

    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final IssuedIdRepository issuedIds;
    private final OutboxRepository outbox;
    private final DeadlineService deadlines;
    private final MessageComposer composer;
    private final CrmPort crm;
    private final MessageTraffic traffic;
    private final VorabstimmungIndex index;
    private final Clock clock;

    public Ledger(VorabstimmungRepository vorabstimmungen, MessageRepository messages, IssuedIdRepository issuedIds,
                  OutboxRepository outbox, DeadlineService deadlines, MessageComposer composer, CrmPort crm,
                  MessageTraffic traffic, VorabstimmungIndex index,
                  @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.issuedIds = issuedIds;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.composer = composer;
        this.crm = crm;
        this.traffic = traffic;
        this.index = index;
        this.clock = clock;
    }

    /** Stores a message as it was (or will be) on the wire; records the ID a request creates if it is new. */
    public long store(WbciMessage message, Direction direction, CarrierCode partner, byte[] raw, Outcome outcome,
                      String detail) {
        String digest = Digests.sha256(raw);
        String requestId = message instanceof Anfrage a ? a.id().value() : null;
        Geschaeftsfall geschaeftsfall = geschaeftsfall(message);
        long id = messages.insert(message.vorabstimmungsId().value(), direction, message.type(), geschaeftsfall,
                requestId, partner, raw, digest, outcome, detail, now());
        if (requestId != null && issuedIds.digestOf(requestId).isEmpty()) {
            issuedIds.insert(requestId, id, digest);
        }
        toCrm(message.vorabstimmungsId(), (direction == Direction.IN ? "RECEIVED_" : "SENT_")
                + message.type().abbreviation(), outcome + (detail == null ? "" : ": " + detail));
        traffic.stored(message, geschaeftsfall, direction.protocol(), partner);
        return id;
    }

    /** Composes, stores and queues an outgoing message; it leaves through the outbox. Returns the message id. */
    public long send(WbciMessage message, CarrierCode partner) {
        long id = store(message, Direction.OUT, partner, composer.soap(message), Outcome.QUEUED, null);
        outbox.enqueue(id, message.vorabstimmungsId().value(), partner, now());
        return id;
    }

    /**
     * Applies an accepted transition caused by the stored message {@code messageId}; creates the Vorabstimmung when
     * the message opens it. Returns the new record.
     */
    public VorabstimmungRecord apply(Optional<VorabstimmungRecord> existing, WbciMessage message, long messageId,
                                     Rolle ownRole, CarrierCode partner, Decision.Accepted decision) {
        VorabstimmungState next = decision.next();
        Transition transition = decision.transition();
        VorabstimmungRecord record;
        if (existing.isEmpty()) {
            Vorabstimmungsanfrage va = (Vorabstimmungsanfrage) message;
            record = new VorabstimmungRecord(va.vorabstimmungsId(), va.geschaeftsfall(), ownRole, partner, next,
                    messageId, null, va.kundenwunschtermin(), null, false, null, null, null, 0);
            vorabstimmungen.insert(record, now());
            index.index(va);
        } else {
            record = existing.get().withState(next);
            switch (transition.effect()) {
                case AGREED -> record = record.withWechseltermin(((RueckmeldungVorabstimmung) message).wechseltermin());
                case WECHSELTERMIN_MOVED -> {
                    Erledigtmeldung erlm = (Erledigtmeldung) message;
                    if (erlm.wechseltermin() != null) {
                        record = record.withWechseltermin(erlm.wechseltermin());
                    }
                }
                case CHANGE_REQUESTED -> record = record.withChangeRequestId(messageId);
                default -> { }
            }
            if (next.changeRequest() == ChangeRequest.NONE) {
                record = record.withChangeRequestId(null);
            }
            vorabstimmungen.update(record, now());
        }
        deadlines.update(record, transition);
        if (ownRole == Rolle.EKP_ABG) {
            writeBack(record, transition);
        }
        toCrm(record.vaId(), "STATE_" + next.phase(), transition.effect() + " (" + next + ")"
                + (record.wechseltermin() == null ? "" : ", Wechseltermin " + record.wechseltermin()));
        return record;
    }

    /** Records a Vorabstimmung that a refused VA would have opened, so that its timeline can be shown. */
    public void recordRefusedVa(Vorabstimmungsanfrage va, long messageId, Rolle ownRole, CarrierCode partner,
                                VorabstimmungState ended) {
        vorabstimmungen.insert(new VorabstimmungRecord(va.vorabstimmungsId(), va.geschaeftsfall(), ownRole, partner,
                ended, messageId, null, va.kundenwunschtermin(), null, false, null, null, null, 0), now());
        index.index(va);
    }

    /** Flags the Vorabstimmung for an operator (a Meldung broke a rule); no protocol state changes. */
    /** The end of a Klärfall reason that a refused take-over (ABBM-TR or a negative TEQ) raised. */
    public static final String TAKE_OVER_REFUSED = "take-over refused, a corrected AKM-TR may follow";

    public void markKlaerfall(VorabstimmungRecord record, String reason) {
        vorabstimmungen.update(record.withKlaerfall(reason), now());
    }

    /** The contract we lose: pending termination once agreed (with the date), active again when lifted. */
    private void writeBack(VorabstimmungRecord record, Transition transition) {
        switch (transition.effect()) {
            case AGREED, WECHSELTERMIN_MOVED -> crm.contractOf(record.vaId())
                    .ifPresent(c -> crm.writeBack(c, "TERMINATION_PENDING", record.wechseltermin()));
            case CANCELLED, NEW_VA_REQUIRED -> crm.contractOf(record.vaId())
                    .ifPresent(c -> crm.writeBack(c, "ACTIVE", null));
            default -> { }
        }
    }

    /** A WBCI event lands on the contract's timeline in the CRM, if the Vorabstimmung belongs to a contract. */
    private void toCrm(org.wbcigateway.domain.id.VorabstimmungsId vaId, String type, String detail) {
        crm.contractOf(vaId).ifPresent(contract -> crm.recordEvent(contract, vaId, type, detail));
    }

    private static Geschaeftsfall geschaeftsfall(WbciMessage message) {
        if (message instanceof Vorabstimmungsanfrage va) {
            return va.geschaeftsfall();
        }
        if (message instanceof Meldung m) {
            return m.geschaeftsfall();
        }
        return message.type() == org.wbcigateway.domain.message.MessageType.TV ? Geschaeftsfall.TVS_VA
                : ((org.wbcigateway.domain.message.Storno) message).art().answeredAs();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
