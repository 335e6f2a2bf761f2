package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.scenario.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 5: the gateway is EKPauf of an agreed VA-KUE-MRN and sends a STR-AEN-AUF (StornoIds are
 * the gateway's own, {@code DEU.GWAY.S…}).
 */
class Kft05Test extends KftChangeRequestTest {

    @Test
    void TF_5_1_01() {
        JsonNode view = cr.gatewayStornoConfirmed("5.1.01", false, "NEW_VA");
        String id = view.path("vorabstimmungsId").asString();
        // VA void: the gateway owes a new VA with a new VA-ID before the old Wechseltermin − 7 AT
        cr.assertNewVaOwed(view, "NEW_VA_AFTER_STR_AEN_AUF");
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
        assertThat(cr.gatewayTries(id, "tv", "{\"neuerKundenwunschtermin\":\"" + kft.kwt() + "\"}"))
                .isEqualTo(409);
        assertThat(cr.gatewayTries(id, "storno", "{\"art\":\"AUFHEBUNG\"}")).isEqualTo(409);

        // the gateway's new VA for the same customer (new VA-ID) follows the voided one up in time (ADR 0003)
        String neu = kft.gatewaySendsVa(Geschaeftsfall.VA_KUE_MRN, "5.1.01", Map.of());
        kft.await(neu, v -> v.path("phase").asString().equals("AGREED"));
        kft.assertFollowedUp(id, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_AUF");
    }

    @Test
    void TF_5_2_01() {
        cr.gatewayStornoRefused("5.2.01", false, Answer.of("ABBM", "8115"));
    }

    @Test
    void TF_5_2_02() {
        cr.gatewayStornoRefused("5.2.02", false, Answer.of("ABBM", "8142"));
    }
}
