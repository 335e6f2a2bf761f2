package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.scenario.Step;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 12: the gateway is EKPabg and receives a STR-AUFH-AUF on an agreed VA-KUE-MRN. */
class Kft12Test extends KftAgreedVaSupport {

    @Test
    void TF_12_1_01() {
        String va = agreedByPartner("12.1.01");
        assertThat(contractStatus()).isEqualTo("TERMINATION_PENDING");
        String stornoId = kft.partnerId('S', "12.1.01");
        partnerSends("STR-AUFH-AUF", va, stornoId);

        JsonNode view = stornoConfirmed(va, "STR-AUFH-AUF", stornoId, "CANCELLED");
        assertThat(noOpenDeadline(view)).isTrue();
        // the contract's pending termination is withdrawn
        assertThat(contractStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void TF_12_2_01() {
        String stornoId = kft.partnerId('S', "12.2.01");
        usedOnAnotherVa("12.2.01", Step.send("STR-AUFH-AUF").id(stornoId));
        String va = agreedByPartner("12.2.01");
        partnerSends("STR-AUFH-AUF", va, stornoId);

        refused(va, "8115", stornoId);
    }

    @Test
    void TF_12_2_02() {
        String va = agreedByPartner("12.2.02");
        gatewayToday(workingDays(kft.kwt(), -2));
        String stornoId = kft.partnerId('S', "12.2.02");
        partnerSends("STR-AUFH-AUF", va, stornoId);

        refused(va, "8142", stornoId);
    }

    /** The gateway refused the STR-AUFH-AUF automatically with an ABBM (STR-AUF): the agreement stands. */
    private void refused(String va, String code, String stornoId) {
        partnerAsked(va, "STR-AUFH-AUF", "ABBM " + code);
        JsonNode view = agreementUnchanged(va);
        assertThat(geschaeftsfallAt(view, 3)).isEqualTo("STR-AUF");
        assertThat(contractStatus()).isEqualTo("TERMINATION_PENDING");
        stornoRefusedAtPartner(va, Geschaeftsfall.STR_AUF, stornoId);
    }
}
