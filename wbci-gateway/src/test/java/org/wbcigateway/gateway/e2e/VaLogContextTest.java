package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.wbcigateway.gateway.decisions.DecisionWorker;
import org.wbcigateway.gateway.outbox.OutboxSender;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.LogCapture;
import org.wbcigateway.gateway.support.LogCapture.Event;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.vorabstimmung.DeadlineMonitor;

/**
 * Issue 6: the lines logged for a Vorabstimmung carry its ID in the MDC — while it is queued (REST), delivered
 * (outbox), received (SOAP endpoint), decided (decision worker) and escalated (deadline monitor) — and the MDC is
 * clean again afterwards. A's outbox, B's decision worker and both deadline monitors are run on the test thread
 * (their schedules are an hour apart), so that thread's MDC can be checked after each.
 */
class VaLogContextTest {

    private static Gateway a;
    private static Gateway b;

    @BeforeAll
    static void start() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "valog_a",
                Map.of(
                        "wbci.outbox.poll-interval",
                        "1h",
                        "wbci.outbox.wake-on-commit",
                        "false",
                        "wbci.deadlines.scan-interval",
                        "1h"));
        b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                portA,
                Gateway.Database.H2,
                "valog_b",
                Map.of(
                        "wbci.decision.mode",
                        "AUTOMATIC",
                        "wbci.decision.poll-interval",
                        "1h",
                        "wbci.decision.wake-on-commit",
                        "false",
                        "wbci.deadlines.scan-interval",
                        "1h"));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void everyLineOfAVorabstimmungCarriesItsIdAndNothingLeaksAfterwards() {
        String test = Thread.currentThread().getName();
        try (LogCapture log = LogCapture.everything()) {
            // VA 1: queued at A, delivered by A's outbox, received by B, decided by B (no contract: ABBM KNI)
            String decided = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                    .path("vorabstimmungsId")
                    .asString();
            deliverFromA();
            b.await(decided, v -> v.path("phase").asString().equals("VA_PENDING"));
            assertThat(b.context().getBean(DecisionWorker.class).decidePending())
                    .isEqualTo(1);
            assertCleanMdc("after the decision worker");
            a.await(decided, v -> v.path("phase").asString().equals("REJECTED"));

            // VA 2: left unanswered until it escalates on both sides
            String overdue = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"))
                    .path("vorabstimmungsId")
                    .asString();
            deliverFromA();
            b.await(overdue, v -> v.path("phase").asString().equals("VA_PENDING"));
            for (Gateway g : List.of(a, b)) {
                TwoGatewaysFlows.businessDay(g, "2026-12-01");
                assertThat(g.context().getBean(DeadlineMonitor.class).scan()).isEqualTo(1);
                assertCleanMdc("after the deadline scan of " + g.carrier());
            }
            // unreadable input, answered before any VA is known
            Soap.post(b.soapUrl(), "not xml at all".getBytes(StandardCharsets.UTF_8));

            List<Event> events = log.events();
            Event queued = one(events, "queued VA-KUE-MRN", decided);
            assertThat(queued.thread()).as("A's REST request").isNotEqualTo(test);
            Event received = one(events, "received VA-KUE-MRN", decided);
            assertThat(received.thread()).as("B's SOAP request").isNotEqualTo(test);
            assertThat(one(events, "delivered VA-KUE-MRN", decided).thread())
                    .as("an outbox worker")
                    .startsWith("outbox-");
            assertThat(one(events, "queued ABBM", decided).thread())
                    .as("B's decision worker")
                    .isEqualTo(test);
            assertThat(one(events, "VA " + decided + " decided automatically", decided)
                            .thread())
                    .isEqualTo(test);
            assertThat(one(events, "received ABBM", decided).thread()).isNotEqualTo(test);
            assertThat(events.stream().filter(e -> e.message().startsWith("escalation L1 for " + overdue)))
                    .as("one escalation on each side")
                    .hasSize(2)
                    .allSatisfy(e -> assertThat(e.mdc()).containsEntry(VaLogContext.KEY, overdue));
            for (String id : List.of(decided, overdue)) {
                assertThat(events.stream().filter(e -> e.message().contains(id)))
                        .as("every line naming " + id)
                        .isNotEmpty()
                        .allSatisfy(e -> assertThat(e.mdc()).as(e.toString()).containsEntry(VaLogContext.KEY, id));
            }
            assertThat(events.stream().filter(e -> e.message().startsWith("SOAP fault for unreadable input")))
                    .hasSize(1)
                    .allSatisfy(e -> assertThat(e.mdc()).doesNotContainKey(VaLogContext.KEY));
        }
    }

    /** A's outbox round on this thread: it delivers what A queued, and leaves the MDC as it found it. */
    private static void deliverFromA() {
        assertThat(a.context().getBean(OutboxSender.class).sendDue()).isEqualTo(1);
        assertCleanMdc("after the outbox round");
    }

    private static void assertCleanMdc(String when) {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        assertThat(mdc == null ? Map.of() : mdc)
                .as("MDC of the test thread " + when)
                .isEmpty();
    }

    private static Event one(List<Event> events, String start, String vaId) {
        List<Event> found = events.stream()
                .filter(e -> e.message().startsWith(start) && e.message().contains(vaId))
                .toList();
        assertThat(found)
                .as("log lines starting with \"" + start + "\" for " + vaId)
                .hasSize(1);
        assertThat(found.get(0).mdc()).as(found.get(0).toString()).containsEntry(VaLogContext.KEY, vaId);
        return found.get(0);
    }
}
