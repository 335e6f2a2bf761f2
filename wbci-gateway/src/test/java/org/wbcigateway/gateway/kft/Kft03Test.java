package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 3: the gateway is EKPauf and sends a VA-RRNP (no Standort, no AKM-TR step). Every bad
 * case is scripted at the partner; the gateway always sends the standard VA.
 */
class Kft03Test extends KftTest {

    private KftEkpAufSupport cases() {
        return new KftEkpAufSupport(kft, Geschaeftsfall.VA_RRNP);
    }

    @Test
    void TF_3_1_01() {
        agreedWithoutAkmTr("3.1.01");
    }

    /** The source scripted ZWA + ADAORT; RRNP has no address, so the partner answers ZWA alone (catalogue note). */
    @Test
    void TF_3_1_02() {
        kft.partner.scenario(
                KftHarness.standardScenario().first(Rule.when("VA-RRNP").answer(Answer.of("RUEM-VA", "8001"))));
        String id = agreedWithoutAkmTr("3.1.02");
        JsonNode positions = kft.gateway
                .vorabstimmung(id)
                .path("timeline")
                .get(1)
                .path("parsed")
                .path("positionen");
        assertThat(positions).hasSize(1);
        assertThat(positions.toString()).contains("8001").doesNotContain("8105");
    }

    @Test
    void TF_3_2_01() {
        JsonNode view = cases().vaRefused("3.2.01", Map.of(), "8103");
        // the listed number (the block's ONKZ and Durchwahl) reaches the operator with the code
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("123456");
    }

    @Test
    void TF_3_2_02() {
        cases().vaRefused("3.2.02", Map.of(), "8108");
    }

    @Test
    void TF_3_2_03() {
        cases().vaRefused("3.2.03", Map.of(), "8108", "8109");
    }

    @Test
    void TF_3_2_04() {
        cases().vaRefused("3.2.04", Map.of(), "8112");
    }

    @Test
    void TF_3_2_05() {
        cases().vaRefused("3.2.05", Map.of(), "8115");
    }

    @Test
    void TF_3_2_06() {
        cases().vaRefused("3.2.06", Map.of(), "8117");
    }

    @Test
    void TF_3_2_07() {
        cases().vaRefused("3.2.07", Map.of(), "8149");
    }

    /** Standard RRNP VA, RUEM-VA ZWA: agreed on the KWT, the block echoed with PKIabg D123, no AKM-TR due. */
    private String agreedWithoutAkmTr(String caseId) {
        KftEkpAufSupport cases = cases();
        String id = cases.agreed(caseId);

        assertThat(kft.gatewayExchange(id, 2)).containsExactly("OUT VA-RRNP", "IN RUEM-VA 8001");
        assertThat(kft.partnerExchange(id, 2)).containsExactly("IN VA-RRNP", "OUT RUEM-VA 8001");
        Vorabstimmungsanfrage va =
                (Vorabstimmungsanfrage) cases.atPartner(id, "VA-RRNP").message();
        assertThat(va.rufnummernPortierung().portierungskennungPKIauf().value()).isEqualTo("D000");
        assertThat(va.standort()).isNull();
        JsonNode view = kft.gateway.vorabstimmung(id);
        cases.assertAgreed(view, "NOT_APPLICABLE");
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
        // the RUEM-VA as the gateway stored it: the block with the partner's PKIabg, no Technologie, no Ressource
        JsonNode ruemVa = view.path("timeline").get(1).path("parsed");
        assertThat(ruemVa.path("technologie").isNull()).isTrue();
        assertThat(ruemVa.path("ressourcen")).isEmpty();
        assertThat(ruemVa.path("rufnummernPortierung").toString()).contains("89", "123456", "D123");
        PortierteRufnummernbloecke echo = (PortierteRufnummernbloecke)
                ((RueckmeldungVorabstimmung) cases.atPartner(id, "RUEM-VA").message()).rufnummernPortierung();
        assertThat(echo.bloecke()).singleElement().satisfies(b -> {
            assertThat(b.block().von()).isEqualTo("00");
            assertThat(b.block().bis()).isEqualTo("99");
            assertThat(b.portierungskennungPKIabg().value()).isEqualTo("D123");
        });
        // no AKM-TR belongs to an RRNP (§5.3, a content rule): the gateway will not send one
        assertThat(kft.gateway
                        .post(
                                "/api/vorabstimmungen/" + id + "/akm-tr",
                                "{\"ressourcenuebernahme\":true,"
                                        + "\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"V123456\"}],\"sichererHafen\":true}")
                        .status())
                .isEqualTo(422);
        assertThat(kft.partner.journal().of(id)).hasSize(2);
        return id;
    }
}
