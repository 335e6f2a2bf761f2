package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/** Retries with backoff end in the dead letters; a negative TEQ goes there at once; re-sending from the API works. */
class DeadLetterTest {

    private final List<Gateway> running = new ArrayList<>();

    @AfterEach
    void stopAll() {
        running.forEach(Gateway::close);
    }

    private Gateway start(
            String carrier, String pki, int port, String partner, int partnerPort, Map<String, String> extra) {
        Gateway g = Gateway.start(
                carrier,
                pki,
                port,
                partner,
                partnerPort,
                Gateway.Database.H2,
                "dead_" + carrier.substring(4).toLowerCase() + System.nanoTime(),
                extra);
        running.add(g);
        return g;
    }

    @Test
    void anUnreachablePartnerEndsInTheDeadLettersAndAResendDeliversOnceItIsBack() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Gateway a = start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Map.of("wbci.outbox.max-attempts", "3"));
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        JsonNode dead = a.awaitDeadLetter();
        assertThat(dead.path("attempts").asInt()).isEqualTo(3);
        assertThat(dead.path("lastError").asString()).contains("no answer");

        Gateway b = start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Map.of());
        assertThat(a.post("/api/outbox/" + dead.path("id").asLong() + "/resend", null)
                        .status())
                .isEqualTo(202);
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        a.await(
                id,
                v -> v.path("timeline")
                        .get(0)
                        .path("delivery")
                        .path("status")
                        .asString()
                        .equals("DELIVERED"));
    }

    @Test
    void aNegativeTeqIsADeadLetterAtOnce() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Gateway a = start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Map.of());
        // B does not know DEU.AAAA: it answers every message from A with TEQ 0990
        start("DEU.BBBB", "D0BB", portB, "DEU.CCCC", portA, Map.of());
        a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"));
        JsonNode dead = a.awaitDeadLetter();
        assertThat(dead.path("attempts").asInt()).isEqualTo(1);
        assertThat(dead.path("lastTeqCode").asString()).isEqualTo("0990");
    }

    @Test
    void aMisconfiguredEndpointEndsInTheDeadLettersInsteadOfStayingLeased() {
        Gateway a = start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                Map.of("wbci.outbox.max-attempts", "2", "wbci.partners.[DEU.BBBB].endpoint", "ftp://nowhere/wbci"));
        a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"));

        JsonNode dead = a.awaitDeadLetter();
        assertThat(dead.path("attempts").asInt()).isEqualTo(2);
        assertThat(dead.path("lastError").asString()).contains("ftp://nowhere");
    }
}
