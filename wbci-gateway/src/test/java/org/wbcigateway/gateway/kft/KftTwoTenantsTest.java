package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The interop catalogue for two tenants of one gateway at the same time (issue 15): every group of cases runs twice
 * at once, on two threads, against one installation ({@link KftInstallation}) — for the configured tenant DEU.GWAY
 * with its simulated partner DEU.PRTN, and for DEU.GWY2, added at runtime, with its own partner DEU.PRT2. Every case
 * must pass for both, and each tenant must have run all 104.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KftTwoTenantsTest {

    static final int CATALOGUE_CASES = 104;

    private final Map<Integer, AtomicLong> passed = new ConcurrentHashMap<>();
    private int groupsRun;

    static Stream<Class<? extends KftTest>> catalogue() {
        return Stream.of(
                Kft01Test.class,
                Kft02Test.class,
                Kft03Test.class,
                Kft04Test.class,
                Kft05Test.class,
                Kft06Test.class,
                Kft07Test.class,
                Kft08Test.class,
                Kft09Test.class,
                Kft10Test.class,
                Kft11Test.class,
                Kft12Test.class,
                Kft13Test.class,
                Kft14Test.class,
                Kft15Test.class,
                Kft16Test.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void bothTenantsAtOnce(Class<? extends KftTest> group) throws InterruptedException {
        TestExecutionSummary[] summaries = new TestExecutionSummary[2];
        List<Thread> threads = new ArrayList<>();
        for (int tenant = 0; tenant < 2; tenant++) {
            int t = tenant;
            Thread thread = new Thread(
                    () -> KftInstallation.runAs(t, () -> summaries[t] = run(group)),
                    "kft-tenant-" + tenant + "-" + group.getSimpleName());
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        groupsRun++;
        for (int tenant = 0; tenant < 2; tenant++) {
            TestExecutionSummary summary = summaries[tenant];
            assertThat(summary)
                    .as("tenant %d ran %s", tenant, group.getSimpleName())
                    .isNotNull();
            assertThat(failures(summary))
                    .as("tenant %d (%s), %s", tenant, tenant == 0 ? "DEU.GWAY" : "DEU.GWY2", group.getSimpleName())
                    .isEmpty();
            assertThat(summary.getTestsFoundCount()).isPositive();
            assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount());
            passed.computeIfAbsent(tenant, k -> new AtomicLong()).addAndGet(summary.getTestsSucceededCount());
        }
    }

    @AfterAll
    void everyCaseForBothTenants() {
        if (groupsRun == catalogue().count()) {
            assertThat(passed.get(0).get()).isEqualTo(CATALOGUE_CASES);
            assertThat(passed.get(1).get()).isEqualTo(CATALOGUE_CASES);
        }
    }

    private static TestExecutionSummary run(Class<?> group) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(group))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static List<String> failures(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList();
    }
}
