package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Step;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 14: the gateway is EKPabg and receives a TV on an agreed VA-KUE-MRN. */
class Kft14Test extends KftAgreedVaSupport {

    @Test
    void TF_14_1_01() {
        String va = agreedByPartner("14.1.01");
        String tvId = kft.partnerId('T', "14.1.01");
        LocalDate neu = KftData.datePlusAt(KftHarness.TODAY, 21);
        partnerSends(tv(va, tvId, 21));

        partnerAsked(va, "TV", "ERLM 8003");
        JsonNode view = kft.await(va, v -> v.path("wechseltermin").asString().equals(neu.toString()));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_TV")).isNull();
        assertThat(geschaeftsfallAt(view, 3)).isEqualTo("TVS-VA");
        Erledigtmeldung erlm = (Erledigtmeldung) lastMeldung(va);
        assertThat(erlm.geschaeftsfall()).isEqualTo(Geschaeftsfall.TVS_VA);
        assertThat(erlm.aenderungsIdRef().value()).isEqualTo(tvId);
        assertThat(erlm.wechseltermin()).isEqualTo(neu);
        assertThat(kft.partner.agreedDate(va)).isEqualTo(neu);
        assertThat(contractStatus()).isEqualTo("TERMINATION_PENDING");
    }

    @Test
    void TF_14_2_01() {
        String tvId = kft.partnerId('T', "14.2.01");
        usedOnAnotherVa("14.2.01", tv(null, tvId, 21));
        String va = agreedByPartner("14.2.01");
        partnerSends(tv(va, tvId, 21));

        refused(va, "8115", tvId);
    }

    @Test
    void TF_14_2_02() {
        String va = agreedByPartner("14.2.02");
        String tvId = kft.partnerId('T', "14.2.02");
        partnerSends(tv(va, tvId, 10));

        refused(va, "8141", tvId);
    }

    /** The partner's TV with NeuerKundenwunschtermin {@code workingDays} AT ahead (a working day, no holiday after). */
    private static Step tv(String va, String tvId, int workingDays) {
        return Step.send("TV").vaId(va).id(tvId).set("neuerKundenwunschtermin", "+" + workingDays);
    }

    /** ABBM (TVS-VA) with the AenderungsIdRef and the agreed, unchanged Wechseltermin; the agreement stands. */
    private void refused(String va, String code, String tvId) {
        partnerAsked(va, "TV", "ABBM " + code);
        JsonNode view = agreementUnchanged(va);
        assertThat(geschaeftsfallAt(view, 3)).isEqualTo("TVS-VA");
        Abbruchmeldung abbm = (Abbruchmeldung) lastMeldung(va);
        assertThat(abbm.geschaeftsfall()).isEqualTo(Geschaeftsfall.TVS_VA);
        assertThat(abbm.aenderungsIdRef().value()).isEqualTo(tvId);
        assertThat(abbm.wechseltermin()).isEqualTo(kft.kwt());
        assertThat(kft.partner.agreedDate(va)).isEqualTo(kft.kwt());
    }
}
