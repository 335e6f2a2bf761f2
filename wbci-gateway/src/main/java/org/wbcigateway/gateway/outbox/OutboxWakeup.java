package org.wbcigateway.gateway.outbox;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.scheduling.Wakeup;

/** Wakes this node's {@link OutboxSender} once a transaction that queued a message has committed. */
@Component
public class OutboxWakeup extends Wakeup {

    @Autowired
    public OutboxWakeup(GatewayProperties properties, @Value(THREAD_PREFIX) String threadPrefix) {
        super(properties.outbox().wakeOnCommit(), threadPrefix);
    }

    OutboxWakeup(boolean enabled) {
        super(enabled, "test-");
    }
}
