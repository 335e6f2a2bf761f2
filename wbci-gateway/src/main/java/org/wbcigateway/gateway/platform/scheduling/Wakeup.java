package org.wbcigateway.gateway.platform.scheduling;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a {@link WorkerLoop} that there is work. Signalled after the commit that made it (before the commit the work
 * is not visible to the worker's own transaction); several signals before the worker looks count as one.
 */
public class Wakeup {

    /** Where the node names its worker threads (Spring Boot's scheduler prefix), as a setting. */
    public static final String THREAD_PREFIX = "${spring.task.scheduling.thread-name-prefix:scheduling-}";

    private final Semaphore signals = new Semaphore(0);
    private final boolean enabled;
    private final String threadPrefix;

    /**
     * @param enabled      false: signals are ignored and the worker runs at its interval only
     * @param threadPrefix the start of the worker thread's name, as the node's scheduler threads are named
     */
    public Wakeup(boolean enabled, String threadPrefix) {
        this.enabled = enabled;
        this.threadPrefix = threadPrefix;
    }

    String threadName(String worker) {
        return threadPrefix + worker;
    }

    /** Signals once the current transaction has committed (nothing if it rolls back); at once outside one. */
    public void afterCommit() {
        if (!enabled) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            now();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // already signalled for this transaction
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                now();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Wakeup.this);
            }
        });
    }

    public void now() {
        if (enabled) {
            signals.release();
        }
    }

    /** Waits for a signal or the timeout, whichever comes first; takes all signals that came meanwhile. */
    void await(Duration timeout) throws InterruptedException {
        if (signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            signals.drainPermits();
        }
    }
}
