package org.wbcigateway.gateway.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.ContentRules;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.PartnerCalendars;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.wire.WbciCodec;

/**
 * The path every action's message takes: checked like the receiving partner would (content, state; dates on the
 * partner's calendar and, for a date, on ours too: {@code PartyCalendars#outgoing}), then stored, its transition
 * applied and queued in the outbox, in the caller's transaction. A refused message throws
 * {@link ProtocolViolationException} naming the rules and changes nothing; it is thrown before anything is written,
 * so it does not spoil a caller's transaction (the automatic decisions rely on that).
 */
@Component
class SendPath {

    private final GatewayProperties properties;
    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final ContentRules contentRules;
    private final VorabstimmungStateMachine machine;
    private final PartnerCalendars calendars;
    private final Ledger ledger;
    private final WbciCodec codec;

    SendPath(GatewayProperties properties, VorabstimmungRepository vorabstimmungen, MessageRepository messages,
             ContentRules contentRules, VorabstimmungStateMachine machine, PartnerCalendars calendars, Ledger ledger,
             WbciCodec codec) {
        this.properties = properties;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.contentRules = contentRules;
        this.machine = machine;
        this.calendars = calendars;
        this.ledger = ledger;
        this.codec = codec;
    }

    /** A message of the Vorabstimmung {@code r}, in our role in it, to its partner. */
    Sent send(VorabstimmungRecord r, WbciMessage message, DateCheck dates) {
        return send(Optional.of(r), message, r.geschaeftsfall(), r.ownRole(), r.partner(), dates);
    }

    /** A message; {@code record} is empty for a VA that opens a Vorabstimmung. */
    Sent send(Optional<VorabstimmungRecord> record, WbciMessage message, Geschaeftsfall gf, Rolle ownRole,
              CarrierCode partner, DateCheck dates) {
        VaLogContext.bindToTransaction(message.vorabstimmungsId().value());
        List<Violation> content = new ArrayList<>(contentRules.check(message));
        if (message instanceof Meldung meldung && record.isPresent()) {
            Event event = Event.of(message).orElse(null);
            Long answered = event == Event.RUEM_VA || event == Event.ABBM_VA ? record.get().vaMessageId()
                    : event == Event.AKM_TR || event == Event.ABBM_TR ? null : record.get().changeRequestId();
            if (answered != null) {
                content.addAll(contentRules.checkAnswer(meldung, request(answered)));
            }
        }
        content.addAll(dates.violations());
        if (!content.isEmpty()) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.CONTENT, content);
        }
        Event event = Event.of(message).orElseThrow(() -> new ProtocolViolationException(
                ProtocolViolationException.Kind.CONTENT, contentRules.check(message)));
        VorabstimmungState state = record.map(VorabstimmungRecord::state).orElse(VorabstimmungState.NONE);
        Decision decision = machine.decide(gf, state, ownRole, Direction.OUTGOING, event);
        if (decision instanceof Decision.Rejected rejected) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.STATE, List.of(rejected.violation()));
        }
        long id = ledger.send(message, partner);
        ledger.apply(record, message, id, ownRole, partner, (Decision.Accepted) decision);
        return new Sent(message.vorabstimmungsId(), id, dates.warnings());
    }

    /** The date rules for what we send in this Vorabstimmung, as the partner will judge it. */
    Terminpruefung termine(VorabstimmungRecord r) {
        return calendars.outgoing(r.ownRole(), r.partner());
    }

    /** The Vorabstimmung, locked for this transaction. */
    VorabstimmungRecord lock(VorabstimmungsId vaId) {
        return vorabstimmungen.lock(vaId).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + vaId));
    }

    /** A stored request (VA, TV, Storno). */
    Anfrage request(long messageId) {
        return (Anfrage) codec.readMessage(messages.find(messageId).orElseThrow().raw()).payload();
    }

    /** The TV or Storno the Vorabstimmung waits to have answered. */
    Anfrage activeChangeRequest(VorabstimmungRecord r) {
        if (r.changeRequestId() == null || r.state().changeRequest() == ChangeRequest.NONE) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.STATE, List.of(new Violation(
                    StateRule.NO_MATCHING_CHANGE_REQUEST, "no TV or Storno is active on " + r.vaId())));
        }
        return request(r.changeRequestId());
    }

    /** The Endkundenvertragspartner of the Vorabstimmung: us and the partner, in our roles. */
    Endkundenvertragspartner ekp(VorabstimmungRecord r) {
        CarrierCode self = self();
        return r.ownRole() == Rolle.EKP_AUF ? new Endkundenvertragspartner(self, r.partner())
                : new Endkundenvertragspartner(r.partner(), self);
    }

    CarrierCode self() {
        return properties.ownCarrier();
    }

    Portierungskennung ownPki() {
        return Portierungskennung.of(properties.portierungskennung());
    }
}
