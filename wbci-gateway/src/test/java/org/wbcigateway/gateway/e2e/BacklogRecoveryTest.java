package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TcpProxy;

/**
 * A backlog for a partner that is down, larger than one round of the sender can walk through before its first
 * deferrals are due again (found by the backlog-drain benchmark): once the partner is back, everything is delivered.
 * Before the fix the sender's round never ended, so the partner that had failed in it was never tried again.
 */
class BacklogRecoveryTest {

    private static final int MESSAGES = 60;

    @Test
    void aBacklogIsDeliveredOnceThePartnerIsBack() throws Exception {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        try (TcpProxy toB = new TcpProxy("127.0.0.1", portB);
                Gateway b = Gateway.start(
                        "DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.H2, "backlog_b", Map.of());
                Gateway a = Gateway.start(
                        "DEU.AAAA",
                        "D0AA",
                        portA,
                        "DEU.BBBB",
                        toB.port(),
                        Gateway.Database.H2,
                        "backlog_a",
                        Map.of(
                                "wbci.outbox.poll-interval",
                                "1ms",
                                "wbci.outbox.initial-backoff",
                                "200ms",
                                "wbci.outbox.max-backoff",
                                "1s",
                                "wbci.outbox.max-attempts",
                                "100000",
                                "wbci.outbox.request-timeout",
                                "1s"))) {
            toB.cut();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                ids.add(a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN"))
                        .path("vorabstimmungsId")
                        .asString());
            }
            // several rounds against the cut partner before it comes back
            Patience.awaiting("a message sent again to the cut partner")
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> retriedAtLeastOnce(a));
            assertThat(a.get("/api/outbox?status=PENDING&limit=500").body().size())
                    .isEqualTo(MESSAGES);
            toB.restore();

            Patience.awaiting("no message waiting after the partner came back", Duration.ofSeconds(300))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> a.get("/api/outbox?status=PENDING&limit=500")
                                    .body()
                                    .size(),
                            pending -> pending == 0);
            assertThat(a.get("/api/outbox?status=DEAD&limit=500").body().size()).isZero();
            for (String id : ids) {
                assertThat(b.vorabstimmung(id)).as(id + " at the partner").isNotNull();
            }
        }
    }

    private static boolean retriedAtLeastOnce(Gateway a) {
        for (var entry : a.get("/api/outbox?status=PENDING&limit=500").body()) {
            if (entry.path("attempts").asInt() >= 2) {
                return true;
            }
        }
        return false;
    }
}
