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
    private volatile Map<OutboxStatus, Backlog> snapshot = Map.of();
    private volatile Instant readAt = Instant.MIN;

    public OutboxBacklog(
            OutboxRepository outbox,
            MeterRegistry meters,
            Tenants tenants,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.tenants = tenants;
        for (OutboxStatus status : STATUSES) {
            Gauge.builder("wbci.outbox.depth", () -> of(status).count())
                    .description("Outgoing messages waiting (PENDING) or given up (DEAD)")
                    .tag("status", status.name())
                    .register(meters);
            Gauge.builder("wbci.outbox.oldest.age", () -> of(status).oldestAge().toSeconds())
                    .description("Age of the oldest outgoing message in this status")
                    .baseUnit("seconds")
                    .tag("status", status.name())
                    .register(meters);
        }
    }

    public Backlog of(OutboxStatus status) {
        if (readAt.plus(TTL).isBefore(clock.instant())) {
            refresh();
        }
        return snapshot.getOrDefault(status, new Backlog(0, Duration.ZERO));
    }

    /** Every tenant's backlog, added up: the count summed, the oldest the oldest of all. */
    private synchronized void refresh() {
        Instant now = clock.instant();
        Map<OutboxStatus, Backlog> all = new java.util.EnumMap<>(OutboxStatus.class);
        tenants.forEach(tenant -> outbox.backlog(now.atOffset(ZoneOffset.UTC))
                .forEach((status, b) -> all.merge(
                        status,
                        b,
                        (x, y) -> new Backlog(
                                x.count() + y.count(),
                                x.oldestAge().compareTo(y.oldestAge()) >= 0 ? x.oldestAge() : y.oldestAge()))));
        snapshot = all;
        readAt = now;
    }
}
