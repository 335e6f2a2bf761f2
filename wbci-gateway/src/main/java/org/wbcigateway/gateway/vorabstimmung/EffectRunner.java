package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.Effect;
import org.wbcigateway.domain.vorabstimmung.Outcome;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * Carries out the effects of an engine outcome, in the engine's order and in the caller's transaction, after the
 * message and the next Vorabstimmung are stored: the one place where an {@link Effect} becomes a row, a queued
 * message or a CRM call, for messages received, messages sent and the outbox's verdicts alike.
 */
@Component
public class EffectRunner {

    private static final Logger log = LoggerFactory.getLogger(EffectRunner.class);

    private final Ledger ledger;
    private final DeadlineRepository deadlines;
    private final CrmPort crm;
    private final DecisionQueue decisions;
    private final FollowUpService followUps;
    private final Clock clock;

    public EffectRunner(
            Ledger ledger,
            DeadlineRepository deadlines,
            CrmPort crm,
            DecisionQueue decisions,
            FollowUpService followUps,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.crm = crm;
        this.decisions = decisions;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Carries out the outcome's effects, in order.
     *
     * @param partner    the partner the message was exchanged with: automatic answers go to it
     * @param contractId for a VA we send, the won contract it is for; else {@code null}
     */
    public void run(Outcome outcome, CarrierCode partner, String contractId) {
        Vorabstimmung next = outcome.next();
        Map<VorabstimmungsId, Optional<String>> contracts = new HashMap<>();
        for (Effect effect : outcome.effects()) {
            if (effect instanceof Effect.SendAnswer answer) {
                ledger.queue(answer.answer(), partner);
            } else if (effect instanceof Effect.DeadlineOpened opened) {
                deadlines.insert(opened.vaId().value(), opened.item(), opened.deadline());
            } else if (effect instanceof Effect.DeadlineClosed closed) {
                deadlines.close(closed.vaId().value(), closed.item(), OffsetDateTime.now(clock));
            } else if (effect instanceof Effect.KlaerfallRaised raised) {
                log.warn("Klaerfall for {}: {}", next.id(), raised.klaerfall().describe());
            } else if (effect instanceof Effect.KlaerfallResolved resolved) {
                log.info(
                        "Klaerfall of {} resolved: {}",
                        next.id(),
                        resolved.klaerfall().describe());
            } else if (effect instanceof Effect.DecisionNeeded needed) {
                decisions.pending(next.id(), needed.subject());
            } else if (effect instanceof Effect.CrmEvent event) {
                contracts
                        .computeIfAbsent(event.vaId(), crm::contractOf)
                        .ifPresent(contract -> crm.recordEvent(contract, event.vaId(), event.type(), event.detail()));
            } else if (effect instanceof Effect.ContractWriteBack writeBack) {
                contracts
                        .computeIfAbsent(next.id(), crm::contractOf)
                        .ifPresent(
                                contract -> crm.writeBack(contract, writeBack.status(), writeBack.terminationDate()));
            } else if (effect instanceof Effect.FollowUpLinked linked) {
                followUps.linked(linked, next.ownRole(), contractId);
                contracts.remove(linked.followUp());
            } else if (effect instanceof Effect.FollowUpRefused refused) {
                followUps.refused(refused);
            } else {
                throw new IllegalStateException("no way to carry out " + effect);
            }
        }
    }
}
