package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/**
 * The case shapes the catalogue repeats while the gateway is EKPauf and sends the VA (groups 2 and 3, the same as
 * group 1's): refused VA, refused AKM-TR, forced second AKM-TR. One instance per Geschäftsfall.
 */
final class KftEkpAufSupport {

    private final KftHarness kft;
    private final Geschaeftsfall gf;
    private final String va;

    KftEkpAufSupport(KftHarness kft, Geschaeftsfall gf) {
        this.kft = kft;
        this.gf = gf;
        this.va = gf.code();
    }

    /** The VA's line in an exchange, e.g. {@code VA-KUE-ORN}. */
    String va() {
        return va;
    }

    /** Standard VA → partner's standard RUEM-VA (ZWA): agreed at the gateway. */
    String agreed(String caseId) {
        return agreed(caseId, Map.of());
    }

    String agreed(String caseId, Map<String, String> overrides) {
        String id = kft.gatewaySendsVa(gf, caseId, overrides);
        kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        return id;
    }

    /**
     * VA with ort {@code Musterhausen}, the partner agrees with ZWA + ADAORT {@code Starnberg}, the gateway's AKM-TR
     * takes nothing over (as 1.1.02); returns the VA-ID.
     */
    String correctedOrtWithoutTakeOver(String caseId) {
        kft.partner.scenario(KftHarness.standardScenario()
                .first(Rule.when("VA").answer(Answer.of("RUEM-VA", "8001").ada("ORT", "Starnberg"))));
        String id = agreed(caseId, Map.of("ort", "Musterhausen"));
        kft.gatewaySendsAkmTr(id, gf, Map.of("ressourcenuebernahme", "false"));

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT " + va, "IN RUEM-VA 8001+8105", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN " + va, "OUT RUEM-VA 8001+8105", "IN AKM-TR 8010");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertAgreed(view, "CONFIRMED");
        // the correction is what the operator sees in the RUEM-VA of the timeline
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("Starnberg");
        UebernahmeRessource akmTr =
                (UebernahmeRessource) atPartner(id, "AKM-TR").message();
        assertThat(akmTr.ressourcenuebernahme()).isFalse();
        assertThat(akmTr.uebernahmeLeitungen()).isEmpty();
        assertThat(akmTr.sichererHafen()).isTrue();
        return id;
    }

    /** The partner answers the VA with an ABBM of these codes: the Vorabstimmung ends, the operator sees why. */
    JsonNode vaRefused(String caseId, Map<String, String> overrides, String... codes) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when("VA").answer(Answer.of("ABBM", codes))));
        String id = kft.gatewaySendsVa(gf, caseId, overrides);
        String abbm = "ABBM " + String.join("+", codes);

        assertThat(kft.gatewayExchange(id, 2)).containsExactly("OUT " + va, "IN " + abbm);
        assertThat(kft.partnerExchange(id, 2)).containsExactly("IN " + va, "OUT " + abbm);
        JsonNode view = kft.await(id, v -> v.path("phase").asString().equals("REJECTED"));
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo(va);
        assertThat(view.path("wechseltermin").isNull()
                        || view.path("wechseltermin").isMissingNode())
                .isTrue();
        assertThat(view.path("akmTr").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
        String parsed = view.path("timeline").get(1).path("parsed").toString();
        for (String code : codes) {
            assertThat(parsed).contains(code);
        }
        // an operator finds it among the ended Vorabstimmungen
        assertThat(kft.gateway.get("/api/vorabstimmungen?phase=REJECTED").body().toString())
                .contains(id);
        return view;
    }

    /** Agreed, the gateway's AKM-TR is answered with ABBM-TR: agreement stands, VA open for a new AKM-TR. */
    void akmTrRefused(String caseId, Map<String, String> akmTr, String code) {
        // the partner refuses the first AKM-TR only: the corrected one stands
        kft.partner.scenario(KftHarness.standardScenario()
                .first(Rule.when("AKM-TR").answer(Answer.of("ABBM-TR", code)).times(1)));
        String id = agreed(caseId);
        kft.gatewaySendsAkmTr(id, gf, akmTr);

        assertThat(kft.gatewayExchange(id, 4))
                .containsExactly("OUT " + va, "IN RUEM-VA 8001", "OUT AKM-TR 8010", "IN ABBM-TR " + code);
        assertThat(kft.partnerExchange(id, 4))
                .containsExactly("IN " + va, "OUT RUEM-VA 8001", "IN AKM-TR 8010", "OUT ABBM-TR " + code);
        JsonNode view = kft.await(id, v -> v.path("akmTr").asString().equals("REJECTED"));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).as("clarification").isTrue();
        // a corrected AKM-TR may follow
        kft.gatewaySendsAkmTr(id, gf, Map.of());
        assertThat(kft.partnerExchange(id, 5)).last().isEqualTo("IN AKM-TR 8010");
        JsonNode corrected = kft.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(corrected.path("klaerfall").asBoolean())
                .as("the correction resolves the clarification")
                .isFalse();
        assertThat(kft.partnerExchange(id, 5))
                .as("nothing answers a fitting AKM-TR")
                .hasSize(5);
    }

    /**
     * The gateway refuses to send a second AKM-TR after a standing one (§3, HTTP 409), so the test forces it out:
     * the same AKM-TR with another vertragsnummer, signed with the gateway's key, posted to the partner.
     */
    void secondAkmTrRefused(String caseId) {
        kft.partner.scenario(KftHarness.standardScenario()
                .first(Rule.when(Match.type("AKM-TR").nth(2)).answer(Answer.of("ABBM-TR", "8148"))));
        String id = agreed(caseId);
        kft.gatewaySendsAkmTr(id, gf, Map.of());
        kft.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(kft.gateway
                        .post(
                                "/api/vorabstimmungen/" + id + "/akm-tr",
                                "{\"ressourcenuebernahme\":true,"
                                        + "\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"V123457\"}],\"sichererHafen\":true}")
                        .status())
                .isEqualTo(409);
        assertThat(kft.forceFromGateway(KftData.akmTr(
                        new Endkundenvertragspartner(kft.gw(), kft.prtn()),
                        VorabstimmungsId.of(id),
                        gf,
                        KftData.PKI_GATEWAY,
                        Map.of("vertragsnummer", "V123457"))))
                .isEqualTo(TeqCode.OK);

        assertThat(kft.partnerExchange(id, 5))
                .containsExactly(
                        "IN " + va, "OUT RUEM-VA 8001", "IN AKM-TR 8010", "IN AKM-TR 8010", "OUT ABBM-TR 8148");
        // the forced AKM-TR went around the gateway, so its timeline has the answer only
        assertThat(kft.gatewayExchange(id, 4))
                .containsExactly("OUT " + va, "IN RUEM-VA 8001", "OUT AKM-TR 8010", "IN ABBM-TR 8148");
        JsonNode view = kft.gateway.vorabstimmung(id);
        assertAgreed(view, "CONFIRMED");
    }

    /** Agreed on the KWT, the take-over in this state, no change request, no clarification. */
    void assertAgreed(JsonNode view, String akmTr) {
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo(va);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("akmTr").asString()).isEqualTo(akmTr);
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).as("clarification").isFalse();
    }

    /** The message of this type the partner last received or sent for the Vorabstimmung. */
    JournalEntry atPartner(String id, String type) {
        return kft.partner
                .journal()
                .last(e -> id.equals(e.vaId()) && e.type().equals(type))
                .orElseThrow();
    }
}
