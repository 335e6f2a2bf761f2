package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.deadline.DateRule;
import org.wbcigateway.simulator.KftData;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 7: the gateway is EKPauf of an agreed VA-KUE-MRN; the partner sends a STR-AUFH-ABG and the
 * gateway answers it automatically.
 */
class Kft07Test extends KftChangeRequestTest {

    private static final String STR_AUFH_ABG = "STR-AUFH-ABG";

    @Test
    void TF_7_1_01() {
        JsonNode view = cr.partnerStornoConfirmed("7.1.01", STR_AUFH_ABG, "CANCELLED");
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
    }

    /** The partner used the StornoId before for a Storno on another Vorabstimmung (seeded). */
    @Test
    void TF_7_2_01() {
        cr.partnerReusesStornoId("7.2.01", STR_AUFH_ABG);
    }

    /** The Storno arrives 2 AT before the Wechseltermin: too late for a Storno-Aufhebung (3 AT, spec §6). */
    @Test
    void TF_7_2_02() {
        String id = cr.agreed("7.2.02");
        LocalDate twoAtBefore = KftData.CALENDAR.plusWorkingDays(kft.kwt(), -2);
        cr.gatewayToday(twoAtBefore);
        try {
            JsonNode view = cr.partnerStornoAnswered(id, STR_AUFH_ABG, kft.partnerId('S', "7.2.02"), "ABBM 8142");
            assertThat(KftChangeRequests.refusalReason(view, 2)).contains(DateRule.STR_AUFH_ARRIVAL_TOO_LATE.id());
            cr.assertAgreementUnchanged(view);
            assertThat(view.path("klaerfall").asBoolean()).isFalse();
        } finally {
            cr.gatewayToday(KftHarness.TODAY);
        }
    }
}
