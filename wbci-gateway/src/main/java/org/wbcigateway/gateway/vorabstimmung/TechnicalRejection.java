package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxRepository;

/**
 * A partner's negative TEQ (0990, 0993, 0995): the message was not accepted, so it is a dead letter (no re-send
 * can change the partner's verdict on the same bytes), the Vorabstimmung is flagged for an operator, and what the
 * message had changed when it was queued is taken back where the protocol depends on it: a refused AKM-TR takes
 * nothing over, so the AKM-TR is owed again and its deadline runs (catalogue 1.2.12/1.2.13). A refused AKM-TR that
 * an operator re-sends and the partner then accepts confirms the take-over after all. One transaction each.
 */
@Component
public class TechnicalRejection {

    private static final Logger log = LoggerFactory.getLogger(TechnicalRejection.class);
    static final String AKM_TR_REFUSED = "AKM-TR technically refused by the partner";

    private final OutboxRepository outbox;
    private final VorabstimmungRepository vorabstimmungen;
    private final DeadlineService deadlines;
    private final CrmPort crm;
    private final Clock clock;

    public TechnicalRejection(OutboxRepository outbox, VorabstimmungRepository vorabstimmungen,
                              DeadlineService deadlines, CrmPort crm,
                              @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.vorabstimmungen = vorabstimmungen;
        this.deadlines = deadlines;
        this.crm = crm;
        this.clock = clock;
    }

    /** @return false if this node lost the entry's lease meanwhile (nothing changed) */
    @Transactional
    public boolean refused(OutboxEntry entry, String owner, MessageRecord message, TeqCode code, String text) {
        if (!outbox.markFailed(entry.id(), owner, "negative TEQ " + code.code() + " " + text, code.code(), now(), true)) {
            return false;
        }
        VorabstimmungRecord va = vorabstimmungen.lock(VorabstimmungsId.of(message.vaId())).orElse(null);
        if (va == null) {
            return true;
        }
        VorabstimmungRecord next = va.withKlaerfall(message.type() == MessageType.AKM_TR
                ? AKM_TR_REFUSED + " with TEQ " + code.code() + ": " + Ledger.TAKE_OVER_REFUSED
                : message.type().abbreviation() + " technically refused by the partner with TEQ " + code.code()
                        + " (not delivered, not re-sent)");
        boolean takeBack = message.type() == MessageType.AKM_TR && va.state().akmTr() == AkmTrStatus.CONFIRMED;
        if (takeBack) {
            next = next.withState(new VorabstimmungState(va.state().phase(), AkmTrStatus.AWAITED,
                    va.state().changeRequest()));
        }
        vorabstimmungen.update(next, now());
        if (takeBack) {
            deadlines.update(next, null);
        }
        crm.contractOf(va.vaId()).ifPresent(contract -> crm.recordEvent(contract, va.vaId(), "TECHNICAL_REJECTION",
                message.type().abbreviation() + " refused with TEQ " + code.code()));
        log.warn("{} of {} refused by {} with TEQ {}: dead letter, Klaerfall{}", message.type().abbreviation(),
                va.vaId().value(), entry.partner(), code.code(), takeBack ? ", AKM-TR owed again" : "");
        return true;
    }

    /** @return false if this node lost the entry's lease meanwhile (nothing changed) */
    @Transactional
    public boolean delivered(OutboxEntry entry, String owner, MessageRecord message) {
        if (!outbox.markDelivered(entry.id(), owner, now())) {
            return false;
        }
        if (message.type() != MessageType.AKM_TR) {
            return true;
        }
        vorabstimmungen.lock(VorabstimmungsId.of(message.vaId()))
                .filter(va -> va.state().akmTr() == AkmTrStatus.AWAITED && va.klaerfallReason() != null
                        && va.klaerfallReason().startsWith(AKM_TR_REFUSED))
                .ifPresent(va -> {
                    // the operator re-sent the refused AKM-TR and the partner took it this time
                    VorabstimmungRecord next = va.withoutKlaerfall().withState(new VorabstimmungState(
                            va.state().phase(), AkmTrStatus.CONFIRMED, va.state().changeRequest()));
                    vorabstimmungen.update(next, now());
                    deadlines.update(next, null);
                });
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
