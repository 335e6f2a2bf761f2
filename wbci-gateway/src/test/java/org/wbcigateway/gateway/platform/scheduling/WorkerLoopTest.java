package org.wbcigateway.gateway.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.support.Patience;

/**
 * A loop runs once at start, then when woken after a commit, for the tenant whose transaction it was; a rollback, or a
 * disabled wakeup, wakes nothing; a busy tenant does not keep the others from their round at the interval.
 */
class WorkerLoopTest {

    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void aCommitWakesTheLoopOnceAndARollbackDoesNot() {
        Wakeup wakeup = new Wakeup(true, "test-");
        AtomicInteger rounds = new AtomicInteger();
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, woken -> rounds.incrementAndGet());
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
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, woken -> rounds.incrementAndGet());
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
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, woken -> {
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

    @Test
    void aCommitInATenantsScopeWakesTheLoopForThatTenantOnly() {
        Wakeup wakeup = new Wakeup(true, "test-");
        BlockingQueue<Woken> rounds = new LinkedBlockingQueue<>();
        WorkerLoop loop = new WorkerLoop("test-loop", NEVER, wakeup, rounds::add);
        loop.start();
        try {
            assertThat(next(rounds)).as("the first round is for all").isSameAs(Woken.ALL);

            TenantScope.run(
                    new TenantScope.OfTenant(tenant("DEU.CCCC")),
                    () -> inTransaction(wakeup, TransactionSynchronization.STATUS_COMMITTED));
            Woken woken = next(rounds);
            assertThat(woken.includes("DEU.CCCC")).isTrue();
            assertThat(woken.includes("DEU.AAAA"))
                    .as("another tenant's work was not signalled")
                    .isFalse();

            inTransaction(wakeup, TransactionSynchronization.STATUS_COMMITTED);
            assertThat(next(rounds))
                    .as("a commit outside any tenant wakes the loop for all")
                    .isSameAs(Woken.ALL);
        } finally {
            loop.stop();
        }
    }

    @Test
    void oneBusyTenantDoesNotKeepTheOthersFromTheirRoundAtTheInterval() {
        Wakeup wakeup = new Wakeup(true, "test-");
        BlockingQueue<Woken> rounds = new LinkedBlockingQueue<>();
        Duration interval = Duration.ofMillis(200);
        WorkerLoop loop = new WorkerLoop("test-loop", interval, wakeup, rounds::add);
        TenantScope.Scope busy = new TenantScope.OfTenant(tenant("DEU.CCCC"));
        loop.start();
        try {
            assertThat(next(rounds)).isSameAs(Woken.ALL);
            // signals for one tenant, far more often than the interval, until a round for all comes
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean forAll = false;
            while (!forAll) {
                assertThat(System.nanoTime())
                        .as("a round for all tenants while one tenant signals without pause")
                        .isLessThan(deadline);
                TenantScope.run(busy, () -> inTransaction(wakeup, TransactionSynchronization.STATUS_COMMITTED));
                forAll = next(rounds) == Woken.ALL;
            }
        } finally {
            loop.stop();
        }
    }

    private static Woken next(BlockingQueue<Woken> rounds) {
        try {
            Woken woken = rounds.poll(60, TimeUnit.SECONDS);
            assertThat(woken).as("a round within a minute").isNotNull();
            return woken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Tenant tenant(String code) {
        return new Tenant(code, CarrierCode.of(code), "t", Portierungskennung.of("D0CC"), Bundesland.BY, 0);
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
