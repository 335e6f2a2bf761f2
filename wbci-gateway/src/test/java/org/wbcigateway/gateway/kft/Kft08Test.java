package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 8: the gateway is EKPauf of an agreed VA-KUE-MRN; the partner sends a STR-AEN-ABG and the
 * gateway answers it automatically.
 */
class Kft08Test extends KftChangeRequestTest {

    private static final String STR_AEN_ABG = "STR-AEN-ABG";

    @Test
    void TF_8_1_01() {
        JsonNode view = cr.partnerStornoConfirmed("8.1.01", STR_AEN_ABG, "NEW_VA");
        // VA void: the gateway owes the new VA before the old Wechseltermin − 7 AT, at the earliest 5 AT after the ERLM
        JsonNode newVa = cr.assertNewVaOwed(view, "NEW_VA_AFTER_STR_AEN_ABG");
        LocalDate notBefore = KftData.CALENDAR.plusWorkingDays(KftHarness.TODAY, 5);
        assertThat(newVa.path("notBefore").asString()).isEqualTo(notBefore.toString());
        String voided = view.path("vorabstimmungsId").asString();

        // the new VA for the same customer may not come before: the gateway refuses to send it (ADR 0003)
        Gateway.Reply early = kft.gateway.post(
                "/api/vorabstimmungen", KftRequests.va(kft.standardVa(Geschaeftsfall.VA_KUE_MRN, "8.1.01", Map.of())));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().path("violations").toString()).contains("NEW-VA.arrival-too-early");
        assertThat(KftHarness.openDeadline(kft.gateway.vorabstimmung(voided), "NEW_VA_AFTER_STR_AEN_ABG"))
                .isNotNull();
        // from 5 AT after the ERLM it follows the voided one up in time
        try {
            cr.gatewayToday(notBefore);
            String neu = kft.gatewaySendsVa(Geschaeftsfall.VA_KUE_MRN, "8.1.01", Map.of());
            kft.await(neu, v -> v.path("phase").asString().equals("AGREED"));
            kft.assertFollowedUp(voided, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_ABG");
        } finally {
            cr.gatewayToday(KftHarness.TODAY);
        }
    }

    /** The partner used the StornoId before for a Storno on another Vorabstimmung (seeded). */
    @Test
    void TF_8_2_01() {
        cr.partnerReusesStornoId("8.2.01", STR_AEN_ABG);
    }

    /** The gateway's own TV is still unanswered (the partner holds its answer): one change request at a time (§3). */
    @Test
    void TF_8_2_02() {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("TV")));
        String id = cr.agreed("8.2.02");
        cr.gatewaySendsTv(id, KftData.datePlusAt(KftHarness.TODAY, 21));
        kft.await(id, v -> v.path("changeRequest").asString().equals("TV"));
        kft.gatewayExchange(id, 3); // the TV has reached the partner before its Storno goes out
        JsonNode view = cr.partnerStornoAnswered(id, STR_AEN_ABG, kft.partnerId('S', "8.2.02"), "ABBM 8142", "OUT TV");
        assertThat(KftChangeRequests.refusalReason(view, 3)).contains(StateRule.ONE_CHANGE_REQUEST.id());

        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("changeRequest").asString())
                .as("the TV stays open")
                .isEqualTo("TV");
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_TV")).isNotNull();
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
    }
}
