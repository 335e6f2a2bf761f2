package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Storno;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 15: the gateway is EKPabg and sends a STR-AUFH-ABG on an agreed VA-KUE-MRN. The gateway
 * makes its StornoIds itself ({@code DEU.GWAY.S…}), not the catalogue's {@code DEU.GWAY.SKFT15…}.
 */
class Kft15Test extends KftAgreedVaSupport {

    @Test
    void TF_15_1_01() {
        String va = agreedByPartner("15.1.01");
        Storno storno = gatewaySendsStorno(va, "AUFHEBUNG");

        JsonNode view = stornoConfirmed(va, "STR-AUFH-ABG", storno.stornoId().value(), "CANCELLED");
        assertThat(noOpenDeadline(view)).isTrue();
        assertThat(contractStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void TF_15_2_01() {
        gatewayStornoRefused("15.2.01", "AUFHEBUNG", "STR-AUFH-ABG", Geschaeftsfall.STR_AUF, "8115");
    }

    @Test
    void TF_15_2_02() {
        gatewayStornoRefused("15.2.02", "AUFHEBUNG", "STR-AUFH-ABG", Geschaeftsfall.STR_AUF, "8142");
    }
}
