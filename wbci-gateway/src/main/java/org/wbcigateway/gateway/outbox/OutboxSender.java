package org.wbcigateway.gateway.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.wbcigateway.gateway.config.ProtocolConfig;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.config.GatewayProperties;
import org.wbcigateway.gateway.persistence.MessageRepository;
import org.wbcigateway.gateway.persistence.OutboxEntry;
import org.wbcigateway.gateway.persistence.OutboxRepository;

/**
 * Delivers the outbox: takes due messages by a lease, posts each to its partner, and records the outcome. TEQ OK
 * marks it delivered; a negative TEQ is a technical rejection that no re-send can fix, so it goes to the dead
 * letters at once (an operator decides); no answer at all, or a TEQ for another Vorabstimmung, is retried with
 * exponential backoff up to a cap, then dead-lettered. Several nodes may run this at once: the lease makes each message theirs alone.
 *
 * <p>One partner's outage must not hold up the others: messages go out one at a time, and a partner that hangs
 * costs a request timeout per attempt. So within one round a partner that failed an attempt gets no further
 * attempts (its other due messages are put back for the next round, no attempt counted), and in every batch the
 * messages to partners whose latest attempt failed go last. Only the head of each Vorabstimmung is ever due, so this
 * reordering never changes the order within one Vorabstimmung.
 */
@Component
public class OutboxSender implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final OutboxRepository outbox;
    private final MessageRepository messages;
    private final PartnerClient client;
    private final GatewayProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    /** Partners whose latest attempt from this node got no TEQ. */
    private final Set<CarrierCode> failing = ConcurrentHashMap.newKeySet();

    public OutboxSender(OutboxRepository outbox, MessageRepository messages, PartnerClient client,
                        GatewayProperties properties, TransactionTemplate tx, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.client = client;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sendDue, properties.outbox().pollInterval());
    }

    /** One round: everything due now. Returns how many messages were attempted. */
    public int sendDue() {
        int attempted = 0;
        Set<CarrierCode> failedThisRound = new HashSet<>();
        List<OutboxEntry> claimed;
        do {
            claimed = claim();
            for (OutboxEntry entry : answeringPartnersFirst(claimed)) {
                if (failedThisRound.contains(entry.partner())) {
                    outbox.defer(entry.id(), now().plus(properties.outbox().pollInterval()));
                    continue;
                }
                if (!outbox.renewLease(entry.id(), node, now().plus(properties.outbox().lease()))) {
                    continue;
                }
                attempted++;
                if (!attempt(entry)) {
                    failedThisRound.add(entry.partner());
                }
            }
        } while (claimed.size() == BATCH);
        return attempted;
    }

    /** Stable: id order, except that messages to partners whose latest attempt failed come after the others. */
    private List<OutboxEntry> answeringPartnersFirst(List<OutboxEntry> claimed) {
        return claimed.stream().sorted(Comparator.comparing(e -> failing.contains(e.partner()))).toList();
    }

    private List<OutboxEntry> claim() {
        OffsetDateTime now = now();
        OffsetDateTime until = now.plus(properties.outbox().lease());
        return tx.execute(status -> {
            List<OutboxEntry> due = outbox.lockDue(now, BATCH);
            due.forEach(e -> outbox.lease(e.id(), node, until));
            return due;
        });
    }

    /**
     * An attempt that fails unexpectedly (a bug, a misconfigured endpoint URL) counts as a failed attempt like any
     * other, so the message ends as a dead letter an operator sees instead of staying leased and unnoticed.
     */
    private boolean attempt(OutboxEntry entry) {
        try {
            return deliver(entry);
        } catch (RuntimeException e) {
            log.error("message {} of {} to {}: attempt failed unexpectedly", entry.messageId(), entry.vaId(),
                    entry.partner(), e);
            failing.add(entry.partner());
            int attempts = entry.attempts() + 1;
            outbox.markFailed(entry.id(), "unexpected error: " + e, null, now().plus(backoff(attempts)),
                    attempts >= properties.outbox().maxAttempts());
            return false;
        }
    }

    /** One attempt; false if the partner gave no TEQ (worth another attempt later). */
    private boolean deliver(OutboxEntry entry) {
        var partner = properties.partner(entry.partner());
        if (partner.isEmpty()) {
            outbox.markFailed(entry.id(), "no endpoint configured for " + entry.partner(), null, now(), true);
            return true;
        }
        byte[] soap = messages.find(entry.messageId()).orElseThrow().raw();
        PartnerClient.Result result = client.post(entry.partner(), partner.get().endpoint(), soap);
        if (result instanceof PartnerClient.Result.Answered other && !other.vaRef().value().equals(entry.vaId())) {
            // signed by the partner, but no answer to this message: a mix-up on its side or a replayed TEQ
            result = new PartnerClient.Result.Failed("TEQ " + other.code().code() + " from " + entry.partner()
                    + " answers " + other.vaRef().value() + ", not " + entry.vaId());
        }
        if (result instanceof PartnerClient.Result.Answered answered) {
            failing.remove(entry.partner());
            if (answered.code() == TeqCode.OK) {
                outbox.markDelivered(entry.id(), now());
                log.info("delivered message {} of {} to {}", entry.messageId(), entry.vaId(), entry.partner());
            } else {
                outbox.markFailed(entry.id(), "negative TEQ " + answered.code().code() + " " + answered.text(),
                        answered.code().code(), now(), true);
                log.warn("message {} of {} refused by {} with TEQ {}: dead letter", entry.messageId(), entry.vaId(),
                        entry.partner(), answered.code().code());
            }
            return true;
        }
        failing.add(entry.partner());
        String reason = ((PartnerClient.Result.Failed) result).reason();
        int attempts = entry.attempts() + 1;
        boolean dead = attempts >= properties.outbox().maxAttempts();
        outbox.markFailed(entry.id(), reason, null, now().plus(backoff(attempts)), dead);
        log.warn("message {} of {} to {}: attempt {} failed ({}){}", entry.messageId(), entry.vaId(), entry.partner(),
                attempts, reason, dead ? ": dead letter" : "");
        return false;
    }

    /** initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration initial = properties.outbox().initialBackoff();
        Duration max = properties.outbox().maxBackoff();
        Duration wait = initial.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
