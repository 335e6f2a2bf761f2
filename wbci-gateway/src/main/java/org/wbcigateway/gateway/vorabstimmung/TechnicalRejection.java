package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.gateway.outbox.DeliveryListener;
import org.wbcigateway.gateway.outbox.OutgoingMessage;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.crm.CrmPort;

/**
 * The Vorabstimmung's side of a partner's negative TEQ (0990, 0993, 0995): the message was not accepted (the outbox
 * made it a dead letter), so the Vorabstimmung is flagged for an operator, and what the message had changed when it
 * was queued is taken back where the protocol depends on it: a refused AKM-TR takes nothing over, so the AKM-TR is
 * owed again and its deadline runs (catalogue 1.2.12/1.2.13). A refused AKM-TR that an operator re-sends and the
 * partner then accepts confirms the take-over after all. Runs in the outbox's transaction that records the outcome.
 */
@Component
public class TechnicalRejection implements DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(TechnicalRejection.class);
    static final String AKM_TR_REFUSED = "AKM-TR technically refused by the partner";

    private final VorabstimmungRepository vorabstimmungen;
    private final DeadlineService deadlines;
    private final CrmPort crm;
    private final Clock clock;

    public TechnicalRejection(VorabstimmungRepository vorabstimmungen, DeadlineService deadlines, CrmPort crm,
                              @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.vorabstimmungen = vorabstimmungen;
        this.deadlines = deadlines;
        this.crm = crm;
        this.clock = clock;
    }

    @Override
    public void refused(OutgoingMessage message, TeqCode code, String text) {
        VorabstimmungRecord va = vorabstimmungen.lock(VorabstimmungsId.of(message.vaId())).orElse(null);
        if (va == null) {
            return;
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
        log.warn("{} of {} refused by {} with TEQ {}: Klaerfall{}", message.type().abbreviation(),
                va.vaId().value(), message.partner(), code.code(), takeBack ? ", AKM-TR owed again" : "");
    }

    @Override
    public void delivered(OutgoingMessage message) {
        if (message.type() != MessageType.AKM_TR) {
            return;
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
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
