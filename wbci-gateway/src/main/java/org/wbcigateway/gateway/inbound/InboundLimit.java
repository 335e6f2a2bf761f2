package org.wbcigateway.gateway.inbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * How many inbound WBCI messages are worked on at once ({@code wbci.inbound.*}): a fair semaphore, so waiting
 * requests take their turn in arrival order. A request waits after its bytes are read (a slow sender holds no
 * permit) and before anything is parsed. Exported as {@code wbci.inbound.active} and {@code wbci.inbound.waiting}.
 */
final class InboundLimit {

    private final Semaphore permits;
    private final int max;
    private final Duration queueTimeout;

    InboundLimit(GatewayProperties.Inbound settings, MeterRegistry meters) {
        this.max = settings.permits();
        this.permits = new Semaphore(max, true);
        this.queueTimeout = settings.queueTimeout();
        Gauge.builder("wbci.inbound.active", this, InboundLimit::active)
                .description("Inbound WBCI messages being worked on")
                .register(meters);
        Gauge.builder("wbci.inbound.waiting", permits, Semaphore::getQueueLength)
                .description("Inbound WBCI messages waiting for their turn (wbci.inbound.max-concurrent)")
                .register(meters);
    }

    /**
     * Waits for a turn, at most the queue timeout.
     *
     * @return whether the caller got its turn; if so it must {@link #leave()}
     */
    boolean enter() throws InterruptedException {
        return permits.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void leave() {
        permits.release();
    }

    int max() {
        return max;
    }

    int active() {
        return max - permits.availablePermits();
    }

    int waiting() {
        return permits.getQueueLength();
    }
}
