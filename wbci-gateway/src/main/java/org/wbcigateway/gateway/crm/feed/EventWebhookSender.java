package org.wbcigateway.gateway.crm.feed;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.EffectiveSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Pushes every tenant's event feed to its webhook (the configured tenant's: {@code wbci.events.webhook.url}; a tenant
 * added later: the one its settings name under {@code wbci.events.webhooks}; none: not pushed): in offset order, one
 * event at a time, the next only after the receiver answered 2xx, which moves the tenant's durable cursor (consumer
 * {@value #CONSUMER}). Any failure is retried with exponential backoff up to a cap, forever: an event is never
 * skipped. Delivery is at least once: a 2xx whose cursor move is lost (crash in between) is delivered again, so
 * receivers deduplicate by {@code X-WBCI-Event-Offset}. Across nodes only the holder of the cursor's lease delivers.
 *
 * <p>Runs on threads of its own rather than the shared scheduler, each tenant's push a task of its own: a receiver
 * that hangs until the timeout holds up neither partner deliveries, VA decisions nor another tenant's push (up to
 * {@value #THREADS} at once).
 */
@Component
public class EventWebhookSender implements SmartLifecycle {

    public static final String CONSUMER = "webhook";

    private static final Logger log = LoggerFactory.getLogger(EventWebhookSender.class);
    private static final int BATCH = 50;
    private static final int THREADS = 4;

    private final EventFeed feed;
    private final WebhookCursor cursor;
    private final ConsumerCursors cursors;
    private final WebhookClient client;
    private final GatewayProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Tenants tenants;
    private final EffectiveSettings settings;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    /** The tenants whose feed is being pushed, by id. */
    private final Map<String, Tenant> pushing = new ConcurrentHashMap<>();

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
            EffectiveSettings settings,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.tenants = tenants;
        this.settings = settings;
        this.feed = feed;
        this.cursor = cursor;
        this.cursors = cursors;
        this.client = client;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(
                THREADS, r -> new Thread(r, "event-webhook-" + threads.incrementAndGet()));
        executor.scheduleWithFixedDelay(
                this::pushNewTenants,
                0,
                properties.partnerDirectory().refreshInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Starts pushing the feed of every tenant that has a webhook and is not pushed yet (one added, or configured). */
    private void pushNewTenants() {
        try {
            for (Tenant tenant : tenants.all()) {
                if (pushing.containsKey(tenant.id())) {
                    continue;
                }
                TenantScope.run(
                        tenants.scope(tenant),
                        () -> settings.webhook().ifPresent(hook -> {
                            cursors.ensure(CONSUMER, now());
                            pushing.put(tenant.id(), tenant);
                            executor.scheduleWithFixedDelay(
                                    () -> TenantScope.run(tenants.scope(tenant), this::round),
                                    0,
                                    hook.pollInterval().toMillis(),
                                    TimeUnit.MILLISECONDS);
                            log.info("pushing the event feed of {} to {}", tenant.id(), hook.url());
                        }));
            }
        } catch (RuntimeException e) {
            // the executor would stop scheduling after an exception; the next round tries again
            log.warn("event webhooks not checked: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        // no interrupt: an interrupted thread may close the H2 file channel under a running statement
        executor.shutdown();
        Duration longest = properties.events().webhook().requestTimeout();
        for (GatewayProperties.Events.Webhook hook :
                properties.events().webhooks().values()) {
            longest = hook.requestTimeout().compareTo(longest) > 0 ? hook.requestTimeout() : longest;
        }
        try {
            executor.awaitTermination(longest.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Tenant tenant : pushing.values()) {
            try {
                TenantScope.run(tenants.scope(tenant), () -> cursor.release(node));
            } catch (RuntimeException e) {
                // e.g. the database is away: the lease expires by itself and another node continues
                log.warn("event webhook lease of {} not released on stop ({}); it expires", tenant.id(), e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * One round for the tenant in scope: claims its cursor if due, delivers until the feed is through or a delivery
     * fails. Its webhook is read each round, so a changed setting counts from the next.
     */
    void round() {
        try {
            Optional<GatewayProperties.Events.Webhook> hook = settings.webhook();
            if (hook.isEmpty()) {
                return;
            }
            Optional<WebhookCursor.Claim> claim = claim(hook.get());
            if (claim.isEmpty()) {
                return;
            }
            try {
                deliver(claim.get(), hook.get());
            } finally {
                cursor.release(node);
            }
        } catch (RuntimeException e) {
            // the executor would stop scheduling after an exception; the next round tries again
            log.warn("event webhook round failed: {}", e.toString());
        }
    }

    private Optional<WebhookCursor.Claim> claim(GatewayProperties.Events.Webhook hook) {
        OffsetDateTime now = now();
        return tx.execute(status -> {
            Optional<WebhookCursor.Claim> due = cursor.lockDue(now, node);
            due.ifPresent(c -> cursor.lease(node, now.plus(hook.lease())));
            return due;
        });
    }

    private void deliver(WebhookCursor.Claim claim, GatewayProperties.Events.Webhook hook) {
        long acked = claim.ackedOffset();
        int failedBefore = claim.attempts();
        List<FeedEvent> events;
        do {
            events = feed.read(acked, BATCH);
            for (FeedEvent event : events) {
                if (!running) {
                    return;
                }
                Optional<String> failure = client.post(event, hook);
                if (failure.isPresent()) {
                    if (running) { // an attempt cut short by shutdown does not count
                        int attempts = failedBefore + 1;
                        cursor.fail(node, failure.get(), now(), now().plus(backoff(hook, attempts)));
                        log.warn(
                                "event {} to the webhook: attempt {} failed ({})",
                                event.offset(),
                                attempts,
                                failure.get());
                    }
                    return;
                }
                if (!cursor.advance(node, event.offset(), now(), now().plus(hook.lease()))) {
                    log.warn("event webhook lease lost after delivering event {}", event.offset());
                    return;
                }
                acked = event.offset();
                failedBefore = 0;
            }
        } while (events.size() == BATCH);
    }

    /** initial × 2^(attempts−1), capped. */
    static Duration backoff(GatewayProperties.Events.Webhook hook, int attempts) {
        Duration wait = hook.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(hook.maxBackoff()) > 0 || wait.isNegative() ? hook.maxBackoff() : wait;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
