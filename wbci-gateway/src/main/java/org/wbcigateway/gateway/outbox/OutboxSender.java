package org.wbcigateway.gateway.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.wbcigateway.gateway.config.ProtocolConfig;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.config.GatewayProperties;
import org.wbcigateway.gateway.persistence.MessageRepository;
import org.wbcigateway.gateway.persistence.OutboxEntry;
import org.wbcigateway.gateway.persistence.OutboxRepository;

/**
 * Delivers the outbox: takes due messages by a lease, posts each to its partner, and records the outcome. TEQ OK
 * marks it delivered; a negative TEQ is a technical rejection that no re-send can fix, so it goes to the dead
 * letters at once (an operator decides); no answer at all is retried with exponential backoff up to a cap, then
 * dead-lettered. Several nodes may run this at once: the lease makes each message theirs alone.
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
        List<OutboxEntry> claimed;
        do {
            claimed = claim();
            claimed.forEach(this::deliver);
            attempted += claimed.size();
        } while (claimed.size() == BATCH);
        return attempted;
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

    private void deliver(OutboxEntry entry) {
        var partner = properties.partner(entry.partner());
        if (partner.isEmpty()) {
            outbox.markFailed(entry.id(), "no endpoint configured for " + entry.partner(), null, now(), true);
            return;
        }
        byte[] soap = messages.find(entry.messageId()).orElseThrow().raw();
        PartnerClient.Result result;
        try {
            result = client.post(entry.partner(), partner.get().endpoint(), soap);
        } catch (RuntimeException e) {
            // e.g. WSS4J failing with an exception of its own on a malformed security header of the partner's TEQ:
            // a failed attempt like any other, not the end of this round with the message still leased
            result = new PartnerClient.Result.Failed("unreadable answer from " + partner.get().endpoint() + ": " + e);
        }
        if (result instanceof PartnerClient.Result.Answered answered) {
            if (answered.code() == TeqCode.OK) {
                outbox.markDelivered(entry.id(), now());
                log.info("delivered message {} of {} to {}", entry.messageId(), entry.vaId(), entry.partner());
            } else {
                outbox.markFailed(entry.id(), "negative TEQ " + answered.code().code() + " " + answered.text(),
                        answered.code().code(), now(), true);
                log.warn("message {} of {} refused by {} with TEQ {}: dead letter", entry.messageId(), entry.vaId(),
                        entry.partner(), answered.code().code());
            }
            return;
        }
        String reason = ((PartnerClient.Result.Failed) result).reason();
        int attempts = entry.attempts() + 1;
        boolean dead = attempts >= properties.outbox().maxAttempts();
        outbox.markFailed(entry.id(), reason, null, now().plus(backoff(attempts)), dead);
        log.warn("message {} of {} to {}: attempt {} failed ({}){}", entry.messageId(), entry.vaId(), entry.partner(),
                attempts, reason, dead ? ": dead letter" : "");
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
