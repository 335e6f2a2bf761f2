package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.simulator.KftData;
import tools.jackson.databind.JsonNode;

/**
 * Interop catalogue group 11: the gateway is EKPabg and answers the partner's VA-RRNP from its contracts. An RRNP
 * VA has no Standort, so the fixture's address variations change nothing (11.1.02, 11.2.02, 11.2.03).
 */
class Kft11Test extends KftAbgTest {

    @Override
    Geschaeftsfall geschaeftsfall() {
        return Geschaeftsfall.VA_RRNP;
    }

    @Test
    void TF_11_1_01() {
        contracts.load("11.1.01", Map.of());
        numbersOnlyAgreed("11.1.01");
    }

    @Test
    void TF_11_1_02() {
        contracts.load("11.1.02", Map.of("ort", "Starnberg"));
        numbersOnlyAgreed("11.1.02");
    }

    @Test
    void TF_11_2_01() {
        contracts.load("11.2.01", Map.of());
        JsonNode view = vaRefused("11.2.01", Map.of("rufnummern", "89 12345678, 89 12345679"), "8103");
        assertThat(rngNumbers(view.path("vorabstimmungsId").asString())).containsExactly("89 12345678", "89 12345679");
    }

    @Test
    void TF_11_2_02() {
        contracts.load("11.2.02", Map.of("postleitzahl", "80000"));
        numbersOnlyAgreed("11.2.02");
    }

    @Test
    void TF_11_2_03() {
        contracts.load("11.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"));
        numbersOnlyAgreed("11.2.03");
    }

    @Test
    void TF_11_2_04() {
        contracts.load("11.2.04", Map.of());
        vaRefused("11.2.04", Map.of("endkunde", "John Mustermann"), "8112");
    }

    @Test
    void TF_11_2_05() {
        contracts.load("11.2.05", Map.of());
        reusedVaId("11.2.05");
    }

    @Test
    void TF_11_2_06() {
        contracts.load("11.2.06", Map.of());
        vaRefused("11.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_11_2_07() {
        contracts.load("11.2.07", Map.of());
        vaRefused("11.2.07", Map.of("projektkenner", UNKNOWN_PROJEKTKENNER), "8149");
    }

    /** ZWA only; the block echoed with PKIabg D000, no Technologie or Ressource; no AKM-TR is awaited. */
    private void numbersOnlyAgreed(String caseId) {
        String vaId = agreed(caseId, Map.of(), "8001");
        RueckmeldungVorabstimmung ruem = ruemVa(vaId);
        assertThat(ruem.technologie()).isNull();
        assertThat(ruem.ressourcen()).isEmpty();
        PortierteRufnummernbloecke block = (PortierteRufnummernbloecke) ruem.rufnummernPortierung();
        assertThat(block.onkz() + "/" + block.durchwahlnummer()).isEqualTo("89/123456");
        assertThat(block.bloecke())
                .extracting(b -> b.portierungskennungPKIabg())
                .containsExactly(KftData.PKI_GATEWAY);
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
        assertThat(view.path("akmTr").asString()).isNotEqualTo("AWAITED");
        kft.nothingMoreAfter(vaId, 2);
    }
}
