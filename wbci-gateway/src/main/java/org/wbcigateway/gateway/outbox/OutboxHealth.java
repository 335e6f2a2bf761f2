package org.wbcigateway.gateway.outbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * The outbox part of {@code /actuator/health}: the backlog is reported but never takes the gateway DOWN — restarting
 * it would not deliver anything sooner.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator {

    private final OutboxBacklog backlog;
    private final boolean held;

    OutboxHealth(OutboxBacklog backlog, GatewayProperties properties) {
        this.backlog = backlog;
        this.held = !properties.outbox().enabled();
    }

    @Override
    public Health health() {
        OutboxBacklog.Backlog pending = backlog.of(OutboxStatus.PENDING);
        OutboxBacklog.Backlog dead = backlog.of(OutboxStatus.DEAD);
        return Health.up()
                .withDetail("pending", pending.count())
                .withDetail("oldestPendingSeconds", pending.oldestAge().toSeconds())
                .withDetail("dead", dead.count())
                .withDetail("held", held)
                .build();
    }
}
