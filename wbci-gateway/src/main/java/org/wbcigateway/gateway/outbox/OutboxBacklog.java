package org.wbcigateway.gateway.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * How many outgoing messages wait (PENDING) or failed for good (DEAD), and how old the oldest is: the metrics
 * {@code wbci.outbox.depth} and {@code wbci.outbox.oldest.age}, and the outbox part of the health report. Read from
 * the database at most every few seconds, so a scrape costs one small query.
 */
@Component
public class OutboxBacklog {

    /** The backlog of one status. */
    public record Backlog(long count, Duration oldestAge) {
    }

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final String[] STATUSES = {"PENDING", "DEAD"};

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Map<String, Backlog> snapshot = Map.of();
    private volatile Instant readAt = Instant.MIN;

    public OutboxBacklog(JdbcClient jdbc, MeterRegistry meters, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (String status : STATUSES) {
            Gauge.builder("wbci.outbox.depth", () -> of(status).count())
                    .description("Outgoing messages waiting (PENDING) or given up (DEAD)").tag("status", status)
                    .register(meters);
            Gauge.builder("wbci.outbox.oldest.age", () -> of(status).oldestAge().toSeconds())
                    .description("Age of the oldest outgoing message in this status").baseUnit("seconds")
                    .tag("status", status).register(meters);
        }
    }

    public Backlog of(String status) {
        if (readAt.plus(TTL).isBefore(clock.instant())) {
            refresh();
        }
        return snapshot.getOrDefault(status, new Backlog(0, Duration.ZERO));
    }

    private synchronized void refresh() {
        Instant now = clock.instant();
        Map<String, Backlog> fresh = new ConcurrentHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE status IN ('PENDING', 'DEAD') "
                + "GROUP BY status").query((rs, row) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    fresh.put(rs.getString("status"), new Backlog(rs.getLong("n"),
                            oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now)));
                    return null;
                }).list();
        snapshot = fresh;
        readAt = now;
    }
}
