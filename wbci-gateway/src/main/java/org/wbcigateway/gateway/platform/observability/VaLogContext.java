package org.wbcigateway.gateway.platform.observability;

import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Vorabstimmungs-ID in the SLF4J MDC (key {@value #KEY}) while a piece of work for one Vorabstimmung runs, so
 * that every log line of it names the VA (the log pattern prints it). Threads are pooled: the ID is always taken
 * out again when the work ends.
 */
public final class VaLogContext {

    public static final String KEY = "vaId";

    /** Puts the previous value back (or removes the key) when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private VaLogContext() {}

    /** For work with a clear end on this thread: use in try-with-resources. */
    public static Scope open(String vaId) {
        String previous = MDC.get(KEY);
        MDC.put(KEY, vaId);
        return () -> restore(previous);
    }

    /**
     * For work inside a transaction: the ID stays until the transaction has ended, so that what runs after the
     * commit (metrics, the "received"/"queued" log line) still carries it. Inside an enclosing {@link #open} for a
     * Vorabstimmung nothing changes: that scope owns the entry and takes it out.
     */
    public static void bindToTransaction(String vaId) {
        if (MDC.get(KEY) != null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                MDC.remove(KEY);
            }
        });
        MDC.put(KEY, vaId);
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
