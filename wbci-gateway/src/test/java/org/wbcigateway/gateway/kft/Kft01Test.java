package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Match;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 1: the gateway is EKPauf and sends a VA-KUE-MRN. */
class Kft01Test extends KftTest {

    private static final Geschaeftsfall MRN = Geschaeftsfall.VA_KUE_MRN;
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
        UebernahmeRessource akmTr = (UebernahmeRessource) akmTrAtPartner(id).message();
        assertThat(akmTr.uebernahmeLeitungen()).extracting(l -> l.vertragsnummer()).containsExactly("V123456");
        assertThat(akmTr.portierungskennungPKIauf().value()).isEqualTo("D000");
        assertThat(akmTr.sichererHafen()).isTrue();
    }

    @Test
    void TF_1_1_02() {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("VA")
                .answer(Answer.of("RUEM-VA", "8001").ada("ORT", "Starnberg"))));
        String id = kft.gatewaySendsVa(MRN, "1.1.02", Map.of("ort", "Musterhausen"));
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        kft.gatewaySendsAkmTr(id, MRN, Map.of("ressourcenuebernahme", "false"));

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001+8105",
                "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001+8105",
                "IN AKM-TR 8010");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        // the correction is what the operator sees in the RUEM-VA of the timeline
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("Starnberg");
        UebernahmeRessource akmTr = (UebernahmeRessource) akmTrAtPartner(id).message();
        assertThat(akmTr.ressourcenuebernahme()).isFalse();
        assertThat(akmTr.uebernahmeLeitungen()).isEmpty();
        assertThat(akmTr.sichererHafen()).isTrue();
    }

    @Test
    void TF_1_2_01() {
        JsonNode view = vaRefused("1.2.01", Map.of(), "8103");
        // the listed number (the block's ONKZ and Durchwahl) reaches the operator with the code
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("123456").contains("8103");
    }

    @Test
    void TF_1_2_02() {
        vaRefused("1.2.02", Map.of("postleitzahl", "80000"), "8108");
    }

    @Test
    void TF_1_2_03() {
        vaRefused("1.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"), "8108", "8109");
    }

    @Test
    void TF_1_2_04() {
        vaRefused("1.2.04", Map.of("weitererInhaber", "Max Mustermann"), "8112");
    }

    @Test
    void TF_1_2_05() {
        vaRefused("1.2.05", Map.of(), "8115");
    }

    @Test
    void TF_1_2_06() {
        vaRefused("1.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_1_2_07() {
        vaRefused("1.2.07", Map.of(), "8149");
    }

    @Test
    void TF_1_2_08() {
        akmTrRefused("1.2.08", Map.of("vertragsnummer", "123456789"), "8143");
    }

    @Test
    void TF_1_2_09() {
        akmTrRefused("1.2.09", Map.of("lineId", "DEU.PRTN.1234567"), "8144");
    }

    @Test
    void TF_1_2_10() {
        akmTrRefused("1.2.10", Map.of(), "8147");
    }

    /**
     * The gateway refuses to send a second AKM-TR after a standing one (§3, HTTP 409), so the test forces it out:
     * the same AKM-TR with another vertragsnummer, signed with the gateway's key, posted to the partner.
     */
    @Test
    void TF_1_2_11() {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when(Match.type("AKM-TR").nth(2))
                .answer(Answer.of("ABBM-TR", "8148"))));
        String id = agreed("1.2.11");
        kft.gatewaySendsAkmTr(id, MRN, Map.of());
        kft.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(kft.gateway.post("/api/vorabstimmungen/" + id + "/akm-tr", "{\"ressourcenuebernahme\":true,"
                + "\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"V123457\"}],\"sichererHafen\":true}").status())
                .isEqualTo(409);
        assertThat(kft.forceFromGateway(KftData.akmTr(new Endkundenvertragspartner(KftData.GATEWAY, KftData.PARTNER),
                VorabstimmungsId.of(id), MRN, KftData.PKI_GATEWAY, Map.of("vertragsnummer", "V123457"))))
                .isEqualTo(TeqCode.OK);

        assertThat(kft.partnerExchange(id, 5)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010",
                "IN AKM-TR 8010", "OUT ABBM-TR 8148");
        // the forced AKM-TR went around the gateway, so its timeline has the answer only
        assertThat(kft.gatewayExchange(id, 4)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001", "OUT AKM-TR 8010",
                "IN ABBM-TR 8148");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertThat(view.path("akmTr").asString()).isEqualTo("CONFIRMED");
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
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

    /** Standard VA → partner's standard RUEM-VA (ZWA): agreed at the gateway. */
    private String agreed(String caseId) {
        String id = kft.gatewaySendsVa(MRN, caseId, Map.of());
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        return id;
    }

    /** The partner answers the VA with an ABBM of these codes: the Vorabstimmung ends, the operator sees why. */
    private JsonNode vaRefused(String caseId, Map<String, String> overrides, String... codes) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("VA").answer(Answer.of("ABBM", codes))));
        String id = kft.gatewaySendsVa(MRN, caseId, overrides);
        String abbm = "ABBM " + String.join("+", codes);

        assertThat(kft.gatewayExchange(id, 2)).containsExactly("OUT VA-KUE-MRN", "IN " + abbm);
        assertThat(kft.partnerExchange(id, 2)).containsExactly("IN VA-KUE-MRN", "OUT " + abbm);
        JsonNode view = kft.await(id, v -> v.path("phase").asString().equals("REJECTED"));
        assertThat(view.path("wechseltermin").isNull() || view.path("wechseltermin").isMissingNode()).isTrue();
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
        String parsed = view.path("timeline").get(1).path("parsed").toString();
        for (String code : codes) {
            assertThat(parsed).contains(code);
        }
        // an operator finds it among the ended Vorabstimmungen
        assertThat(kft.gateway.get("/api/vorabstimmungen?phase=REJECTED").body().toString()).contains(id);
        return view;
    }

    /** Agreed, the gateway's AKM-TR is answered with ABBM-TR: agreement stands, VA open for a new AKM-TR. */
    private void akmTrRefused(String caseId, Map<String, String> akmTr, String code) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("AKM-TR")
                .answer(Answer.of("ABBM-TR", code))));
        String id = agreed(caseId);
        kft.gatewaySendsAkmTr(id, MRN, akmTr);

        assertThat(kft.gatewayExchange(id, 4)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001", "OUT AKM-TR 8010",
                "IN ABBM-TR " + code);
        assertThat(kft.partnerExchange(id, 4)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010",
                "OUT ABBM-TR " + code);
        JsonNode view = kft.await(id, v -> v.path("akmTr").asString().equals("REJECTED"));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("klaerfall").asBoolean()).as("clarification").isTrue();
        // a corrected AKM-TR may follow
        kft.gatewaySendsAkmTr(id, MRN, Map.of());
        kft.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
    }

    /** Agreed, the partner refuses the AKM-TR technically: not delivered, not re-sent, operator sees it. */
    private void akmTrTechnicallyRefused(String caseId, TeqCode teq) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("AKM-TR").teq(teq.code())));
        String id = agreed(caseId);
        kft.gatewaySendsAkmTr(id, MRN, Map.of());

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN VA-KUE-MRN", "OUT RUEM-VA 8001", "IN AKM-TR 8010");
        assertThat(akmTrAtPartner(id).teq()).isEqualTo(teq);
        JsonNode view = kft.gateway.vorabstimmung(id);
        JsonNode delivery = view.path("timeline").get(2).path("delivery");
        assertThat(delivery.path("status").asString()).isEqualTo("DEAD");
        assertThat(delivery.path("lastTeqCode").asString()).isEqualTo(teq.code());
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(kft.gateway.get("/api/outbox?status=DEAD").body().toString()).contains(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("akmTr").asString()).as("a refused AKM-TR takes nothing over").isEqualTo("AWAITED");
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).as("the AKM-TR deadline keeps running").isNotNull();
        assertThat(view.path("klaerfall").asBoolean()).as("an operator sees it").isTrue();
        assertThat(view.path("klaerfallReason").asString()).contains("AKM-TR technically refused").contains(teq.code());
        // no automatic re-send
        sleep(1500);
        assertThat(kft.partner.journal().of(id)).hasSize(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JournalEntry akmTrAtPartner(String id) {
        return kft.partner.journal().last(e -> id.equals(e.vaId()) && e.type().equals("AKM-TR")).orElseThrow();
    }
}
