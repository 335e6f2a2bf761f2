package org.wbcigateway.gateway.decisions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.scheduling.Wakeup;

/** Wakes this node's {@link DecisionWorker} once a transaction that left a decision pending has committed. */
@Component
public class DecisionWakeup extends Wakeup {

    public DecisionWakeup(GatewayProperties properties, @Value(THREAD_PREFIX) String threadPrefix) {
        super(properties.decision().wakeOnCommit(), threadPrefix);
    }
}
