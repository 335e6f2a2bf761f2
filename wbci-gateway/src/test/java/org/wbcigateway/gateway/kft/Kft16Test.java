package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Storno;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 16: the gateway is EKPabg and sends a STR-AEN-ABG on an agreed VA-KUE-MRN. The gateway
 * makes its StornoIds itself ({@code DEU.GWAY.S…}), not the catalogue's {@code DEU.GWAY.SKFT16…}.
 */
class Kft16Test extends KftAgreedVaSupport {

    @Test
    void TF_16_1_01() {
        String va = agreedByPartner("16.1.01");
        Storno storno = gatewaySendsStorno(va, "AENDERUNG");

        JsonNode view = stornoConfirmed(va, "STR-AEN-ABG", storno.stornoId().value(), "NEW_VA");
        // VA void: the partner owes the new VA until the old Wechseltermin − 7 AT (and not before 5 AT after the ERLM)
        JsonNode newVa = KftHarness.openDeadline(view, "NEW_VA_AFTER_STR_AEN_ABG");
        assertThat(newVa).as("deadline for the partner's new VA").isNotNull();
        assertThat(newVa.path("owedBy").asString()).isEqualTo("PARTNER");
        assertThat(newVa.path("due").asString())
                .isEqualTo(workingDays(kft.kwt(), -7).toString());
        assertThat(newVa.path("notBefore").asString())
                .isEqualTo(workingDays(KftHarness.TODAY, 5).toString());
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();

        // the partner's new VA for the same customer comes too early: ABBM 8116 naming the rule (ADR 0003)
        String early = partnerSendsNewVa("16.1.01", "ABBM 8116");
        JsonNode refused = kft.gateway.vorabstimmung(early);
        assertThat(refused.path("phase").asString()).isEqualTo("REJECTED");
        assertThat(refused.path("vorgaengerVa").asString()).isEqualTo(va);
        assertThat(refused.path("newVaArrival").asString()).isEqualTo("TOO_EARLY");
        assertThat(((Abbruchmeldung) lastMeldung(early)).begruendung()).contains("NEW-VA.arrival-too-early");
        assertThat(KftHarness.openDeadline(kft.gateway.vorabstimmung(va), "NEW_VA_AFTER_STR_AEN_ABG"))
                .isNotNull();
        // 5 AT after the ERLM the next one follows the voided VA up in time and is agreed
        gatewayToday(workingDays(KftHarness.TODAY, 5));
        String neu = partnerSendsNewVa("16.1.01", "RUEM-VA 8001");
        kft.assertFollowedUp(va, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_ABG");
        endIfAgreed(neu);
    }

    @Test
    void TF_16_2_01() {
        gatewayStornoRefused("16.2.01", "AENDERUNG", "STR-AEN-ABG", Geschaeftsfall.STR_AEN, "8115");
    }

    @Test
    void TF_16_2_02() {
        gatewayStornoRefused("16.2.02", "AENDERUNG", "STR-AEN-ABG", Geschaeftsfall.STR_AEN, "8142");
    }
}
