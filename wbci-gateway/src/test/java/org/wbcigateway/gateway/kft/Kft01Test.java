package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 1: the gateway is EKPauf and sends a VA-KUE-MRN. */
class Kft01Test extends KftTest {

    private static final Geschaeftsfall MRN = Geschaeftsfall.VA_KUE_MRN;

    private KftEkpAufSupport cases;

    @BeforeAll
    void cases() {
        cases = new KftEkpAufSupport(kft, MRN);
    }

    @Test
    void TF_1_1_01() {
        String id = kft.gatewaySendsVa(MRN, "1.1.01", Map.of());
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        kft.gatewaySendsAkmTr(id, MRN, Map.of());

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("akmTr").asString()).isEqualTo("CONFIRMED");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
        UebernahmeRessource akmTr =
                (UebernahmeRessource) cases.atPartner(id, "AKM-TR").message();
        assertThat(akmTr.uebernahmeLeitungen())
                .extracting(l -> l.vertragsnummer())
                .containsExactly("V123456");
        assertThat(akmTr.portierungskennungPKIauf().value()).isEqualTo("D000");
        assertThat(akmTr.sichererHafen()).isTrue();
    }

    @Test
    void TF_1_1_02() {
        kft.partner.scenario(KftHarness.standardScenario()
                .first(Rule.when("VA").answer(Answer.of("RUEM-VA", "8001").ada("ORT", "Starnberg"))));
        String id = kft.gatewaySendsVa(MRN, "1.1.02", Map.of("ort", "Musterhausen"));
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        kft.gatewaySendsAkmTr(id, MRN, Map.of("ressourcenuebernahme", "false"));

        assertThat(kft.gatewayExchange(id, 3))
                .containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001+8105", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3))
                .containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001+8105", "IN AKM-TR 8010");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        // the correction is what the operator sees in the RUEM-VA of the timeline
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("Starnberg");
        UebernahmeRessource akmTr =
                (UebernahmeRessource) cases.atPartner(id, "AKM-TR").message();
        assertThat(akmTr.ressourcenuebernahme()).isFalse();
        assertThat(akmTr.uebernahmeLeitungen()).isEmpty();
        assertThat(akmTr.sichererHafen()).isTrue();
    }

    @Test
    void TF_1_2_01() {
        JsonNode view = cases.vaRefused("1.2.01", Map.of(), "8103");
        // the listed number (the block's ONKZ and Durchwahl) reaches the operator with the code
        assertThat(view.path("timeline").get(1).path("parsed").toString())
                .contains("123456")
                .contains("8103");
    }

    @Test
    void TF_1_2_02() {
        cases.vaRefused("1.2.02", Map.of("postleitzahl", "80000"), "8108");
    }

    @Test
    void TF_1_2_03() {
        cases.vaRefused("1.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"), "8108", "8109");
    }

    @Test
    void TF_1_2_04() {
        cases.vaRefused("1.2.04", Map.of("weitererInhaber", "Max Mustermann"), "8112");
    }

    @Test
    void TF_1_2_05() {
        cases.vaRefused("1.2.05", Map.of(), "8115");
    }

    @Test
    void TF_1_2_06() {
        cases.vaRefused("1.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_1_2_07() {
        cases.vaRefused("1.2.07", Map.of(), "8149");
    }

    @Test
    void TF_1_2_08() {
        cases.akmTrRefused("1.2.08", Map.of("vertragsnummer", "123456789"), "8143");
    }

    @Test
    void TF_1_2_09() {
        cases.akmTrRefused("1.2.09", Map.of("lineId", "DEU.PRTN.1234567"), "8144");
    }

    @Test
    void TF_1_2_10() {
        cases.akmTrRefused("1.2.10", Map.of(), "8147");
    }

    /**
     * The gateway refuses to send a second AKM-TR after a standing one (§3, HTTP 409), so the test forces it out:
     * the same AKM-TR with another vertragsnummer, signed with the gateway's key, posted to the partner.
     */
    @Test
    void TF_1_2_11() {
        cases.secondAkmTrRefused("1.2.11");
    }

    @Test
    void TF_1_2_12() {
        akmTrTechnicallyRefused("1.2.12", TeqCode.VERSION_FALSCH);
    }

    @Test
    void TF_1_2_13() {
        akmTrTechnicallyRefused("1.2.13", TeqCode.STRUKTUR_UNGUELTIG);
    }

    // --- shared by the cases

    /** Agreed, the partner refuses the AKM-TR technically: not delivered, not re-sent, operator sees it. */
    private void akmTrTechnicallyRefused(String caseId, TeqCode teq) {
        kft.partner.scenario(
                KftHarness.standardScenario().first(Rule.when("AKM-TR").teq(teq.code())));
        String id = cases.agreed(caseId);
        kft.gatewaySendsAkmTr(id, MRN, Map.of());

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010");
        assertThat(cases.atPartner(id, "AKM-TR").teq()).isEqualTo(teq);
        JsonNode view = kft.gateway.vorabstimmung(id);
        JsonNode delivery = view.path("timeline").get(2).path("delivery");
        assertThat(delivery.path("status").asString()).isEqualTo("DEAD");
        assertThat(delivery.path("lastTeqCode").asString()).isEqualTo(teq.code());
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(kft.gateway.get("/api/outbox?status=DEAD").body().toString()).contains(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("akmTr").asString())
                .as("a refused AKM-TR takes nothing over: owed again")
                .isEqualTo("TEQ_REFUSED");
        assertThat(KftHarness.openDeadline(view, "AKM_TR"))
                .as("the AKM-TR deadline keeps running")
                .isNotNull();
        assertThat(view.path("klaerfall").asBoolean()).as("an operator sees it").isTrue();
        assertThat(view.path("klaerfallKind").asString()).isEqualTo("AKM_TR_TECHNICALLY_REFUSED");
        assertThat(view.path("klaerfallReason").asString())
                .contains("AKM-TR technically refused")
                .contains(teq.code());
        kft.nothingMoreAfter(id, 3); // no automatic re-send
    }
}
