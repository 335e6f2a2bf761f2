package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Beyond catalogue 1.2.12: an AKM-TR the partner refused technically once (TEQ 0990, e.g. while it still lacked our
 * new certificate) and that an operator re-sends from the dead letters, is taken over after all when the partner
 * accepts it.
 */
class TechnicalRejectionTest extends KftTest {

    @Test
    void aRefusedAkmTrReSentAndAcceptedConfirmsTheTakeOver() {
        kft.partner.scenario(KftHarness.standardScenario()
                .first(Rule.when("AKM-TR").teq("0990").times(1)));
        String id = kft.gatewaySendsVa(Geschaeftsfall.VA_KUE_MRN, "1.2.12", Map.of());
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        kft.gatewaySendsAkmTr(id, Geschaeftsfall.VA_KUE_MRN, Map.of());
        JsonNode refused = kft.await(
                id,
                v -> v.path("akmTr").asString().equals("TEQ_REFUSED")
                        && v.path("klaerfall").asBoolean());
        assertThat(refused.path("klaerfallKind").asString()).isEqualTo("AKM_TR_TECHNICALLY_REFUSED");
        assertThat(KftHarness.openDeadline(refused, "AKM_TR")).isNotNull();

        java.util.List<JsonNode> dead = new java.util.ArrayList<>();
        kft.gateway.get("/api/outbox?status=DEAD").body().forEach(e -> {
            if (e.path("vorabstimmungsId").asString().equals(id)) {
                dead.add(e);
            }
        });
        assertThat(dead).hasSize(1);
        kft.gateway.ok("/api/outbox/" + dead.get(0).path("id").asLong() + "/resend", null);
        JsonNode confirmed = kft.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(KftHarness.openDeadline(confirmed, "AKM_TR"))
                .as("nothing owed any more")
                .isNull();
        assertThat(confirmed.path("klaerfall").asBoolean()).as("resolved").isFalse();
        assertThat(kft.partnerExchange(id, 4))
                .containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010", "IN AKM-TR 8010");
    }
}
