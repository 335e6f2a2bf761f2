package org.wbcigateway.gateway.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * How the tests wait: for a condition (Awaitility), never for a fixed time. The patience is generous for a busy
 * two-CPU machine; it bounds a failing test only, a passing one goes on as soon as its condition holds.
 */
public final class Patience {

    /** How long a condition may take before the test fails. */
    public static final Duration GENEROUS = Duration.ofSeconds(120);

    private static final Duration POLL = Duration.ofMillis(50);

    private Patience() {}

    /**
     * Waits until a condition holds; {@code what} names it in the failure. The condition runs in the test's thread
     * (a browser page or a thread-bound resource may be used in it).
     */
    public static ConditionFactory awaiting(String what) {
        return awaiting(what, GENEROUS);
    }

    /** As {@link #awaiting(String)}, with another patience. */
    public static ConditionFactory awaiting(String what, Duration atMost) {
        return Awaitility.await(what)
                .atMost(atMost)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .pollInSameThread();
    }

    /** For runs that count what they find instead of failing: whether the condition held before the time was up. */
    public static boolean reached(ConditionFactory wait, Callable<Boolean> condition) {
        try {
            wait.until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /**
     * Checks that a condition, true when the wait begins, keeps holding for {@code during}: that nothing more happens
     * on its own, e.g. no further message is sent. If it stops holding, fails at the latest 10 s after {@code during}.
     */
    public static ConditionFactory holding(String what, Duration during) {
        return Awaitility.await(what)
                .during(during)
                .atMost(during.plusSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .pollInSameThread();
    }
}
