package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.simulator.scenario.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 4: the gateway is EKPauf of an agreed VA-KUE-MRN and sends a STR-AUFH-AUF. The gateway
 * issues its StornoIds itself ({@code DEU.GWAY.S…}), so they cannot be the catalogue's {@code …SKFT04….}.
 */
class Kft04Test extends KftChangeRequestTest {

    @Test
    void TF_4_1_01() {
        JsonNode view = cr.gatewayStornoConfirmed("4.1.01", true, "CANCELLED");
        String id = view.path("vorabstimmungsId").asString();
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
        // the Vorabstimmung has ended: no further AKM-TR, TV or Storno on it
        assertThat(cr.gatewayTries(
                        id,
                        "akm-tr",
                        "{\"ressourcenuebernahme\":true,"
                                + "\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"V123456\"}],\"sichererHafen\":true}"))
                .isEqualTo(409);
        assertThat(cr.gatewayTries(id, "tv", "{\"neuerKundenwunschtermin\":\"" + kft.kwt() + "\"}"))
                .isEqualTo(409);
        assertThat(cr.gatewayTries(id, "storno", "{\"art\":\"AENDERUNG\"}")).isEqualTo(409);
        assertThat(kft.partner.journal().of(id)).hasSize(4);
    }

    @Test
    void TF_4_2_01() {
        cr.gatewayStornoRefused("4.2.01", true, Answer.of("ABBM", "8115"));
    }

    @Test
    void TF_4_2_02() {
        JsonNode abbm = cr.gatewayStornoRefused(
                "4.2.02", true, Answer.of("ABBM", "8142").begruendung("Storno abgelehnt"));
        assertThat(abbm.path("parsed").path("begruendung").asString()).isEqualTo("Storno abgelehnt");
    }
}
