package org.wbcigateway.gateway.platform.scheduling;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;

/**
 * Tells a {@link WorkerLoop} that there is work. Signalled after the commit that made it (before the commit the work
 * is not visible to the worker's own transaction); several signals before the worker looks count as one. A signal
 * names the tenant in whose scope the transaction ran, so the round that follows looks at that tenant only, not at
 * every tenant served (a round at the interval still looks at all).
 */
public class Wakeup {

    /** Where the node names its worker threads (Spring Boot's scheduler prefix), as a setting. */
    public static final String THREAD_PREFIX = "${spring.task.scheduling.thread-name-prefix:scheduling-}";

    private final Semaphore signals = new Semaphore(0);
    private final Set<String> tenantsSignalled = ConcurrentHashMap.newKeySet();
    private volatile boolean allSignalled;
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
        String tenant = TenantScope.tenant().map(Tenant::id).orElse(null);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal(tenant);
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return; // already signalled for this transaction
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal(tenant);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Wakeup.this);
            }
        });
    }

    /** Wakes the worker for every tenant. */
    public void now() {
        signal(null);
    }

    /** {@code null}: for every tenant. */
    private void signal(String tenantId) {
        if (!enabled) {
            return;
        }
        if (tenantId == null) {
            allSignalled = true;
        } else {
            tenantsSignalled.add(tenantId);
        }
        signals.release();
    }

    /**
     * Waits for a signal or the timeout, whichever comes first; takes all signals that came meanwhile. The timeout is
     * for every tenant; signals for the tenants they named. A signal that comes while this returns is left for the
     * next call, which then returns at once.
     */
    Woken await(Duration timeout) throws InterruptedException {
        boolean signalled = signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (signalled) {
            signals.drainPermits();
        }
        Set<String> taken = new HashSet<>();
        for (String id : tenantsSignalled) {
            if (tenantsSignalled.remove(id)) {
                taken.add(id);
            }
        }
        boolean all = allSignalled;
        allSignalled = false;
        return !signalled || all ? Woken.ALL : Woken.tenants(taken);
    }
}
