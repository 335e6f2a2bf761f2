package org.wbcigateway.gateway.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * How many outgoing messages wait (PENDING) or failed for good (DEAD), and how old the oldest is: the metrics
 * {@code wbci.outbox.depth} and {@code wbci.outbox.oldest.age}, and the outbox part of the health report. Read from
 * the database at most every few seconds, so a scrape costs one small query.
 */
@Component
public class OutboxBacklog {

    /** The backlog of one status. */
    public record Backlog(long count, Duration oldestAge) {}

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final OutboxStatus[] STATUSES = {OutboxStatus.PENDING, OutboxStatus.DEAD};

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Tenants tenants;
    private final MeterRegistry meters;
    /** Per tenant id: its backlog by status, as last read. */
    private volatile Map<String, Map<OutboxStatus, Backlog>> snapshot = Map.of();

    private final java.util.Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Instant readAt = Instant.MIN;

    public OutboxBacklog(
            OutboxRepository outbox,
            MeterRegistry meters,
            Tenants tenants,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.tenants = tenants;
        this.meters = meters;
        tenants.all().forEach(t -> register(t.id()));
    }

    @org.springframework.context.event.EventListener
    void added(org.wbcigateway.gateway.platform.tenancy.TenantAdded added) {
        register(added.tenant().id());
    }

    /** The gauges of a tenant ({@code tenant} label: its id); the installation's backlog is their sum. */
    private void register(String tenant) {
        if (!registered.add(tenant)) {
            return;
        }
        for (OutboxStatus status : STATUSES) {
            Gauge.builder("wbci.outbox.depth", () -> of(tenant, status).count())
                    .description("Outgoing messages waiting (PENDING) or given up (DEAD)")
                    .tag("status", status.name())
                    .tag("tenant", tenant)
                    .register(meters);
            Gauge.builder(
                            "wbci.outbox.oldest.age",
                            () -> of(tenant, status).oldestAge().toSeconds())
                    .description("Age of the oldest outgoing message in this status")
                    .baseUnit("seconds")
                    .tag("status", status.name())
                    .tag("tenant", tenant)
                    .register(meters);
        }
    }

    /** Every tenant's backlog of the status, added up: the count summed, the oldest the oldest of all. */
    public Backlog of(OutboxStatus status) {
        fresh();
        return snapshot.values().stream()
                .map(byStatus -> byStatus.getOrDefault(status, NONE))
                .reduce(NONE, OutboxBacklog::merge);
    }

    /** The backlog of the status of the tenant in scope only (a tenant's dashboard). */
    public Backlog ofTenantInScope(OutboxStatus status) {
        return of(tenants.current().id(), status);
    }

    private Backlog of(String tenant, OutboxStatus status) {
        fresh();
        return snapshot.getOrDefault(tenant, Map.of()).getOrDefault(status, NONE);
    }

    private static final Backlog NONE = new Backlog(0, Duration.ZERO);

    private static Backlog merge(Backlog x, Backlog y) {
        return new Backlog(
                x.count() + y.count(), x.oldestAge().compareTo(y.oldestAge()) >= 0 ? x.oldestAge() : y.oldestAge());
    }

    private void fresh() {
        if (readAt.plus(TTL).isBefore(clock.instant())) {
            refresh();
        }
    }

    private synchronized void refresh() {
        Instant now = clock.instant();
        Map<String, Map<OutboxStatus, Backlog>> all = new java.util.HashMap<>();
        tenants.forEach(tenant -> all.put(tenant.id(), outbox.backlog(now.atOffset(ZoneOffset.UTC))));
        snapshot = all;
        readAt = now;
        all.keySet().forEach(this::register);
    }
}
