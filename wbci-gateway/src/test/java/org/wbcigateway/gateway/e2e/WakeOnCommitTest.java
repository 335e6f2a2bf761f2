package org.wbcigateway.gateway.e2e;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;

/**
 * With every poll an hour apart, a VA still goes the whole way at once: A's outbox is woken by the commit that
 * queued the VA, B's decision worker by the commit that received it (no contract: ABBM), B's outbox by the commit
 * that queued the ABBM — so A sees the Vorabstimmung REJECTED long before any poll could have found the work.
 */
class WakeOnCommitTest {

    @Test
    void aVaIsDeliveredDecidedAndAnsweredWithoutWaitingForAnyPoll() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Map<String, String> noPolls = Map.of(
                "wbci.outbox.poll-interval",
                "1h",
                "wbci.decision.poll-interval",
                "1h",
                "wbci.deadlines.scan-interval",
                "1h");
        try (Gateway b = Gateway.start(
                        "DEU.BBBB",
                        "D0BB",
                        portB,
                        "DEU.AAAA",
                        portA,
                        Gateway.Database.H2,
                        "wake_b",
                        merge(noPolls, Map.of("wbci.decision.mode", "AUTOMATIC")));
                Gateway a = Gateway.start(
                        "DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Gateway.Database.H2, "wake_a", noPolls)) {
            String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                    .path("vorabstimmungsId")
                    .asString();

            b.await(id, v -> v.path("phase").asString().equals("REJECTED"));
            a.await(id, v -> v.path("phase").asString().equals("REJECTED"));
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }
}
