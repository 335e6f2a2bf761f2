package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 6: the gateway is EKPauf of an agreed VA-KUE-MRN (Wechseltermin = KWT, 14 AT) and sends a
 * TV for 21 AT ahead. The gateway issues its AenderungsIds itself ({@code DEU.GWAY.T…}).
 */
class Kft06Test extends KftChangeRequestTest {

    /** NeuerKundenwunschtermin 21 AT ahead (a working day whose next day is no holiday): 2026-12-28. */
    private static LocalDate tvDate() {
        return KftData.datePlusAt(KftHarness.TODAY, 21);
    }

    @Test
    void TF_6_1_01() {
        String id = cr.agreed("6.1.01");
        cr.gatewaySendsTv(id, tvDate());

        cr.assertExchange(id, "OUT TV", "IN ERLM 8003");
        JsonNode view = kft.await(id, v -> v.path("wechseltermin").asString().equals(tvDate().toString()));
        String aenderungsId = KftChangeRequests.requestId(view, 2);
        cr.assertGatewayIssued(aenderungsId, 'T');
        JsonNode erlm = tvAnswer(id, view, "8003", aenderungsId);
        assertThat(erlm.path("wechseltermin").asString()).isEqualTo(tvDate().toString());
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_TV"))
                .as("TV deadline cleared")
                .isNull();
        assertThat(view.path("deadlines").findValues("awaited").stream().map(JsonNode::asString))
                .contains("ERLM_OR_ABBM_TO_TV");
    }

    @Test
    void TF_6_2_01() {
        tvRefused("6.2.01", "8115");
    }

    @Test
    void TF_6_2_02() {
        tvRefused("6.2.02", "8141");
    }

    /** The partner answers the TV with an ABBM carrying the agreed date: the old Wechseltermin is kept. */
    private void tvRefused(String caseId, String code) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("TV").answer(Answer.of("ABBM", code))));
        String id = cr.agreed(caseId);
        cr.gatewaySendsTv(id, tvDate());

        cr.assertExchange(id, "OUT TV", "IN ABBM " + code);
        JsonNode view = cr.settledChangeRequest(id);
        JsonNode abbm = tvAnswer(id, view, code, KftChangeRequests.requestId(view, 2));
        assertThat(abbm.path("wechseltermin").asString())
                .as("the ABBM carries the agreed date")
                .isEqualTo(kft.kwt().toString());
        cr.assertAgreementUnchanged(view);
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_TV")).isNull();
    }

    /** The answer to the TV (timeline entry 3): TVS-VA, the code, the AenderungsIdRef; returns its parsed content. */
    private JsonNode tvAnswer(String vaId, JsonNode view, String code, String aenderungsId) {
        JsonNode answer = KftChangeRequests.entry(view, 3);
        assertThat(answer.path("geschaeftsfall").asString()).isEqualTo("TVS-VA");
        JsonNode parsed = answer.path("parsed");
        assertThat(KftChangeRequests.codes(parsed)).containsExactly(code);
        assertThat(parsed.path("aenderungsIdRef").asString()).isEqualTo(aenderungsId);
        assertThat(kft.partner.agreedDate(vaId).toString())
                .isEqualTo(view.path("wechseltermin").asString());
        return parsed;
    }
}
