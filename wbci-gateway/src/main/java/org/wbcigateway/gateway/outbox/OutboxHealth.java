package org.wbcigateway.gateway.outbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox part of {@code /actuator/health}: the backlog is reported but never takes the gateway DOWN — restarting
 * it would not deliver anything sooner.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator {

    private final OutboxBacklog backlog;

    OutboxHealth(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        OutboxBacklog.Backlog pending = backlog.of(OutboxStatus.PENDING);
        OutboxBacklog.Backlog dead = backlog.of(OutboxStatus.DEAD);
        return Health.up()
                .withDetail("pending", pending.count())
                .withDetail("oldestPendingSeconds", pending.oldestAge().toSeconds())
                .withDetail("dead", dead.count())
                .build();
    }
}
