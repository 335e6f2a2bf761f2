package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.scenario.Step;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 13: the gateway is EKPabg and receives a STR-AEN-AUF on an agreed VA-KUE-MRN. */
class Kft13Test extends KftAgreedVaSupport {

    @Test
    void TF_13_1_01() {
        String va = agreedByPartner("13.1.01");
        String stornoId = kft.partnerId('S', "13.1.01");
        partnerSends("STR-AEN-AUF", va, stornoId);

        waitsForNewVa(stornoConfirmed(va, "STR-AEN-AUF", stornoId, "NEW_VA"));

        // the partner's new VA for the same customer follows the voided one up in time and is agreed (ADR 0003)
        String neu = partnerSendsNewVa("13.1.01", "RUEM-VA 8001");
        kft.assertFollowedUp(va, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_AUF");
        endIfAgreed(neu);
    }

    @Test
    void TF_13_2_01() {
        String stornoId = kft.partnerId('S', "13.2.01");
        usedOnAnotherVa("13.2.01", Step.send("STR-AEN-AUF").id(stornoId));
        String va = agreedByPartner("13.2.01");
        partnerSends("STR-AEN-AUF", va, stornoId);

        partnerAsked(va, "STR-AEN-AUF", "ABBM 8115");
        agreementUnchanged(va);
        stornoRefusedAtPartner(va, Geschaeftsfall.STR_AEN, stornoId);
    }

    @Test
    void TF_13_2_02() {
        String va = agreedByPartner("13.2.02");
        partnerSends("STR-AEN-AUF", va, kft.partner.newId('S'));
        kft.await(va, v -> v.path("phase").asString().equals("NEW_VA"));
        kft.gatewayExchange(va, 4); // the ERLM has reached the partner before its second Storno goes out
        String second = kft.partnerId('S', "13.2.02");
        partnerSends("STR-AEN-AUF", va, second);

        partnerAsked(va, "STR-AEN-AUF", "ERLM 8004", "STR-AEN-AUF", "ABBM 8142");
        JsonNode view = kft.gateway.vorabstimmung(va);
        assertThat(view.path("phase").asString()).as("still NEW_VA").isEqualTo("NEW_VA");
        stornoRefusedAtPartner(va, Geschaeftsfall.STR_AEN, second);
        waitsForNewVa(view);
    }

    /** VA void: the partner owes a new VA (new VA-ID) until the old Wechseltermin − 7 AT. */
    private void waitsForNewVa(JsonNode view) {
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        JsonNode newVa = KftHarness.openDeadline(view, "NEW_VA_AFTER_STR_AEN_AUF");
        assertThat(newVa).as("deadline for the partner's new VA").isNotNull();
        assertThat(newVa.path("owedBy").asString()).isEqualTo("PARTNER");
        assertThat(newVa.path("due").asString())
                .isEqualTo(workingDays(kft.kwt(), -7).toString());
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
    }
}
