package org.wbcigateway.gateway.inbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * How many inbound WBCI messages are worked on at once ({@code wbci.inbound.*}): a fair semaphore, so waiting
 * requests take their turn in arrival order. A request waits after its bytes are read (a slow sender holds no
 * permit) and before anything is parsed; it gives its turn back when its transaction is about to commit (ADR 0011).
 * Exported as {@code wbci.inbound.active} and {@code wbci.inbound.waiting}.
 */
final class InboundLimit {

    private final Semaphore permits;
    private final int max;
    private final Duration queueTimeout;
    /** Whether this thread has a turn: given back once, by whichever comes first. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

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
        boolean entered = permits.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
        holding.set(entered);
        return entered;
    }

    /** Gives this thread's turn back, if it still has one. */
    void leave() {
        if (holding.get()) {
            holding.set(false);
            permits.release();
        }
    }

    /**
     * Gives this thread's turn back just before its transaction commits (or rolls back): the next message's parsing
     * and verification then overlap this one's wait for the disk, and a stalled flush does not hold every turn.
     * Nothing happens outside a transaction or without a turn.
     */
    void leaveBeforeCommit() {
        if (holding.get() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    leave();
                }
            });
        }
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
