package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/**
 * The receiving gateway is down while the sender queues messages; after it starts again every message arrives
 * exactly once and, per Vorabstimmung, in order.
 */
class RestartDeliveryTest {

    private final List<Gateway> running = new ArrayList<>();

    @AfterEach
    void stopAll() {
        running.forEach(Gateway::close);
    }

    @Test
    void queuedMessagesArriveOnceAndInOrderAfterTheReceiverRestarts() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        String dbB = "restart_b_" + System.nanoTime();
        Map<String, String> patient = Map.of("wbci.outbox.max-attempts", "1000");
        Gateway a = start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, "restart_a_" + System.nanoTime(), patient);
        Gateway b = start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, dbB, Map.of());

        String first = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        b.await(first, v -> v.path("phase").asString().equals("VA_PENDING"));
        b.close();
        running.remove(b);

        List<String> queued = new ArrayList<>();
        for (String gf : List.of("VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP")) {
            queued.add(a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va(gf))
                    .path("vorabstimmungsId")
                    .asString());
        }
        a.ok("/api/vorabstimmungen/" + queued.get(0) + "/storno", "{\"art\":\"AUFHEBUNG\"}");
        a.ok("/api/vorabstimmungen/" + first + "/storno", "{\"art\":\"AENDERUNG\"}");
        JsonNode waiting = a.get("/api/outbox?status=PENDING").body();
        assertThat(waiting.size()).as("queued while the partner is down").isEqualTo(5);

        Gateway restarted = start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, dbB, Map.of());
        restarted.await(queued.get(0), v -> v.path("changeRequest").asString().equals("STR_AUFH_AUF"));
        restarted.await(first, v -> v.path("changeRequest").asString().equals("STR_AEN_AUF"));
        for (String id : queued) {
            restarted.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        }
        assertThat(types(restarted.vorabstimmung(queued.get(0)))).containsExactly("IN VA_KUE_MRN", "IN STR_AUFH_AUF");
        assertThat(types(restarted.vorabstimmung(first))).containsExactly("IN VA_KUE_MRN", "IN STR_AEN_AUF");
        for (String id : queued.subList(1, 3)) {
            assertThat(types(restarted.vorabstimmung(id))).hasSize(1);
        }
        a.await(
                first,
                v -> v.path("timeline")
                        .get(1)
                        .path("delivery")
                        .path("status")
                        .asString()
                        .equals("DELIVERED"));
        assertThat(a.get("/api/outbox?status=PENDING").body().size()).isZero();
    }

    private Gateway start(
            String carrier,
            String pki,
            int port,
            String partner,
            int partnerPort,
            String db,
            Map<String, String> extra) {
        Gateway.Database file = name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./target/h2/" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Gateway g = Gateway.start(carrier, pki, port, partner, partnerPort, file, db, extra);
        running.add(g);
        return g;
    }

    private static List<String> types(JsonNode view) {
        List<String> types = new ArrayList<>();
        view.path("timeline")
                .forEach(m -> types.add(
                        m.path("direction").asString() + " " + m.path("type").asString()));
        return types;
    }
}
