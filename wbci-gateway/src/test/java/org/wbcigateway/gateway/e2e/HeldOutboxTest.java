package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.outbox.OutboxSender;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * {@code wbci.outbox.enabled=false} holds the outbox (README "Backup and restore": after a restore from an earlier
 * moment, until the partners have been asked): messages are queued as always and nothing is sent, not even by a
 * round of the sender; started without it, the gateway sends what waited.
 */
class HeldOutboxTest {

    @Test
    void aHeldOutboxQueuesButSendsNothingUntilTheGatewayRunsWithoutTheHold() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        String database = "held_a_" + Long.toString(System.nanoTime(), 36);
        try (Gateway b = Gateway.start(
                "DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.H2, database + "_b", Map.of())) {
            String id;
            try (Gateway held = Gateway.start(
                    "DEU.AAAA",
                    "D0AA",
                    portA,
                    "DEU.BBBB",
                    portB,
                    Gateway.Database.H2,
                    database,
                    Map.of("wbci.outbox.enabled", "false"))) {
                id = held.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                        .path("vorabstimmungsId")
                        .asString();
                OutboxSender sender = held.context().getBean(OutboxSender.class);
                assertThat(held.inScope(sender::sendDue))
                        .as("messages attempted")
                        .isZero();
                JsonNode pending = held.get("/api/outbox?status=PENDING").body();
                assertThat(pending).hasSize(1);
                assertThat(pending.get(0).path("vorabstimmungsId").asString()).isEqualTo(id);
                assertThat(pending.get(0).path("attempts").asInt()).isZero();
                JsonNode outbox = held.as(TestAccess.ADMIN_TOKEN)
                        .get("/actuator/health")
                        .body()
                        .path("components")
                        .path("outbox")
                        .path("details");
                assertThat(outbox.path("held").asBoolean()).isTrue();
                assertThat(outbox.path("pending").asInt()).isEqualTo(1);
                assertThat(b.get("/api/vorabstimmungen/" + id).status())
                        .as("the partner has not heard of it")
                        .isEqualTo(404);
            }
            try (Gateway released = Gateway.start(
                    "DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Gateway.Database.H2, database, Map.of())) {
                Patience.awaiting("the queued VA at the partner")
                        .until(() -> b.get("/api/vorabstimmungen/" + id).status() == 200);
                Patience.awaiting("the VA delivered")
                        .until(() -> released.get("/api/outbox?status=PENDING")
                                .body()
                                .isEmpty());
            }
        }
    }
}
