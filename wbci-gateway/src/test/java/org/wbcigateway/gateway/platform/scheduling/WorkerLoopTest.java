package org.wbcigateway.gateway.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.wbcigateway.gateway.support.Patience;

/** A loop runs once at start, then when woken after a commit; a rollback, or a disabled wakeup, wakes nothing. */
class WorkerLoopTest {

    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void aCommitWakesTheLoopOnceAndARollbackDoesNot() {
        Wakeup wakeup = new Wakeup(true, "test-");
        AtomicInteger rounds = new AtomicInteger();
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, rounds::incrementAndGet);
        loop.start();
        try {
            Patience.awaiting("the first round at start").until(() -> rounds.get() == 1);

            inTransaction(wakeup, TransactionSynchronization.STATUS_ROLLED_BACK);
            inTransaction(wakeup, TransactionSynchronization.STATUS_COMMITTED);

            Patience.awaiting("a round after the commit").until(() -> rounds.get() == 2);
            Patience.holding("no further round", Duration.ofMillis(300)).until(() -> rounds.get() == 2);
        } finally {
            loop.stop();
        }
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aDisabledWakeupLeavesItToTheInterval() {
        Wakeup wakeup = new Wakeup(false, "test-");
        AtomicInteger rounds = new AtomicInteger();
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, rounds::incrementAndGet);
        loop.start();
        try {
            Patience.awaiting("the first round at start").until(() -> rounds.get() == 1);
            wakeup.now();
            inTransaction(wakeup, TransactionSynchronization.STATUS_COMMITTED);
            Patience.holding("no round before the interval", Duration.ofMillis(300))
                    .until(() -> rounds.get() == 1);
        } finally {
            loop.stop();
        }
    }

    @Test
    void aFailingRoundDoesNotEndTheLoop() {
        Wakeup wakeup = new Wakeup(true, "test-");
        AtomicInteger rounds = new AtomicInteger();
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, () -> {
            rounds.incrementAndGet();
            throw new IllegalStateException("round fails");
        });
        loop.start();
        try {
            Patience.awaiting("the first round at start").until(() -> rounds.get() == 1);
            wakeup.now();
            Patience.awaiting("a second round after the failed one").until(() -> rounds.get() == 2);
        } finally {
            loop.stop();
        }
    }

    /** A transaction's synchronizations as Spring runs them: signalled twice inside, then completed. */
    private static void inTransaction(Wakeup wakeup, int outcome) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            wakeup.afterCommit();
            wakeup.afterCommit();
            var synchronizations = TransactionSynchronizationManager.getSynchronizations();
            assertThat(synchronizations)
                    .as("at most one synchronization per transaction")
                    .hasSizeLessThan(2);
            if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
                TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
            }
            TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, outcome);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(TransactionSynchronizationManager.hasResource(wakeup)).isFalse();
    }
}
