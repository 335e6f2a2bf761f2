package org.wbcigateway.gateway.crm.feed;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Pushes the event feed to the webhook ({@code wbci.events.webhook.url}; off without one): in offset order, one event
 * at a time, the next only after the receiver answered 2xx, which moves the durable cursor (consumer
 * {@value #CONSUMER}). Any failure is retried with exponential backoff up to a cap, forever: an event is never
 * skipped. Delivery is at least once: a 2xx whose cursor move is lost (crash in between) is delivered again, so
 * receivers deduplicate by {@code X-WBCI-Event-Offset}. Across nodes only the holder of the cursor's lease delivers.
 *
 * <p>Runs on a thread of its own rather than the shared scheduler: a receiver that hangs until the timeout must not
 * hold up partner deliveries or VA decisions.
 */
@Component
public class EventWebhookSender implements SmartLifecycle {

    public static final String CONSUMER = "webhook";

    private static final Logger log = LoggerFactory.getLogger(EventWebhookSender.class);
    private static final int BATCH = 50;

    private final EventFeed feed;
    private final WebhookCursor cursor;
    private final ConsumerCursors cursors;
    private final WebhookClient client;
    private final GatewayProperties.Events.Webhook webhook;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Tenants tenants;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private ScheduledExecutorService executor;
    private volatile boolean running;

    public EventWebhookSender(
            EventFeed feed,
            WebhookCursor cursor,
            ConsumerCursors cursors,
            WebhookClient client,
            GatewayProperties properties,
            TransactionTemplate tx,
            Tenants tenants,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.tenants = tenants;
        this.feed = feed;
        this.cursor = cursor;
        this.cursors = cursors;
        this.client = client;
        this.webhook = properties.events().webhook();
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!webhook.enabled()) {
            return;
        }
        TenantScope.run(firstTenant(), () -> cursors.ensure(CONSUMER, now()));
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "event-webhook"));
        executor.scheduleWithFixedDelay(
                () -> TenantScope.run(firstTenant(), this::round),
                0,
                webhook.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("pushing the event feed to {}", webhook.url());
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        // no interrupt: an interrupted thread may close the H2 file channel under a running statement
        executor.shutdown();
        try {
            executor.awaitTermination(webhook.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            TenantScope.run(firstTenant(), () -> cursor.release(node));
        } catch (RuntimeException e) {
            // e.g. the database is away: the lease expires by itself and another node continues
            log.warn(
                    "event webhook lease not released on stop ({}); it expires after {}",
                    e.toString(),
                    webhook.lease());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One round: claims the cursor if due, delivers until the feed is through or a delivery fails. */
    void round() {
        try {
            Optional<WebhookCursor.Claim> claim = claim();
            if (claim.isEmpty()) {
                return;
            }
            try {
                deliver(claim.get());
            } finally {
                cursor.release(node);
            }
        } catch (RuntimeException e) {
            // the executor would stop scheduling after an exception; the next round tries again
            log.warn("event webhook round failed: {}", e.toString());
        }
    }

    private Optional<WebhookCursor.Claim> claim() {
        OffsetDateTime now = now();
        return tx.execute(status -> {
            Optional<WebhookCursor.Claim> due = cursor.lockDue(now, node);
            due.ifPresent(c -> cursor.lease(node, now.plus(webhook.lease())));
            return due;
        });
    }

    private void deliver(WebhookCursor.Claim claim) {
        long acked = claim.ackedOffset();
        int failedBefore = claim.attempts();
        List<FeedEvent> events;
        do {
            events = feed.read(acked, BATCH);
            for (FeedEvent event : events) {
                if (!running) {
                    return;
                }
                Optional<String> failure = client.post(event);
                if (failure.isPresent()) {
                    if (running) { // an attempt cut short by shutdown does not count
                        int attempts = failedBefore + 1;
                        cursor.fail(node, failure.get(), now(), now().plus(backoff(attempts)));
                        log.warn(
                                "event {} to the webhook: attempt {} failed ({})",
                                event.offset(),
                                attempts,
                                failure.get());
                    }
                    return;
                }
                if (!cursor.advance(node, event.offset(), now(), now().plus(webhook.lease()))) {
                    log.warn("event webhook lease lost after delivering event {}", event.offset());
                    return;
                }
                acked = event.offset();
                failedBefore = 0;
            }
        } while (events.size() == BATCH);
    }

    /** initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration wait = webhook.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(webhook.maxBackoff()) > 0 || wait.isNegative() ? webhook.maxBackoff() : wait;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The webhook pushes the first tenant's feed (ADR 0014: a webhook per tenant is to come). */
    private TenantScope.Scope firstTenant() {
        return tenants.scope(tenants.first());
    }
}
