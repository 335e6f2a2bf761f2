package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.simulator.KftData;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 10: the gateway is EKPabg and answers the partner's VA-KUE-ORN from its contracts. */
class Kft10Test extends KftAbgTest {

    @Override
    Geschaeftsfall geschaeftsfall() {
        return Geschaeftsfall.VA_KUE_ORN;
    }

    @Test
    void TF_10_1_01() {
        contracts.load("10.1.01", Map.of());
        String vaId = agreed("10.1.01", Map.of(), "8001");
        RueckmeldungVorabstimmung ruem = ruemVa(vaId);
        assertThat(ruem.technologie()).isEqualTo(KftData.TECHNOLOGIE);
        assertThat(ruem.ressourcen()).isEqualTo(KftData.GATEWAY_RESSOURCEN);
        assertThat(ruem.rufnummernPortierung()).isNull();

        takeOverAccepted(vaId, "8001");
        assertThat(((UebernahmeRessource) receivedByGateway(vaId, "AKM-TR")).portierungskennungPKIauf())
                .isNull();
    }

    @Test
    void TF_10_1_02() {
        contracts.load("10.1.02", Map.of("ort", "Starnberg"));
        String vaId = agreed("10.1.02", Map.of(), "8001+8105");
        assertThat(ruemVa(vaId).positionen())
                .extracting(p -> p.adresseAbweichend())
                .containsExactly(null, new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, "Starnberg"));

        takeOverAccepted(vaId, "8001+8105");
    }

    @Test
    void TF_10_2_01() {
        contracts.load("10.2.01", Map.of());
        JsonNode view = vaRefused("10.2.01", Map.of("anschlussidentifikation", "89 12345678"), "8103");
        assertThat(rngNumbers(view.path("vorabstimmungsId").asString())).containsExactly("89 12345678");
    }

    @Test
    void TF_10_2_02() {
        contracts.load("10.2.02", Map.of());
        vaRefused("10.2.02", Map.of("postleitzahl", "80000"), "8108");
    }

    @Test
    void TF_10_2_03() {
        contracts.load("10.2.03", Map.of());
        vaRefused("10.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"), "8108", "8109");
    }

    @Test
    void TF_10_2_04() {
        contracts.load("10.2.04", Map.of());
        vaRefused("10.2.04", Map.of("endkunde", "John Mustermann"), "8112");
    }

    @Test
    void TF_10_2_05() {
        contracts.load("10.2.05", Map.of());
        reusedVaId("10.2.05");
    }

    @Test
    void TF_10_2_06() {
        contracts.load("10.2.06", Map.of());
        vaRefused("10.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_10_2_07() {
        contracts.load("10.2.07", Map.of());
        vaRefused("10.2.07", Map.of("projektkenner", UNKNOWN_PROJEKTKENNER), "8149");
    }

    @Test
    void TF_10_2_08() {
        contracts.load("10.2.08", Map.of());
        takeOverRefused("10.2.08", Map.of(), Map.of("vertragsnummer", "123456789"), "8143", Map.of());
    }

    @Test
    void TF_10_2_09() {
        contracts.load("10.2.09", Map.of());
        takeOverRefused("10.2.09", Map.of(), Map.of("lineId", "DEU.PRTN.123457"), "8144", Map.of());
    }

    @Test
    void TF_10_2_10() {
        contracts.load("10.2.10", Map.of());
        contracts.notTransferable(KftData.VERTRAGSNUMMER);
        // the corrected AKM-TR takes no line over
        takeOverRefused("10.2.10", Map.of(), Map.of(), "8147", Map.of("ressourcenuebernahme", "false"));
    }

    @Test
    void TF_10_2_11() {
        contracts.load("10.2.11", Map.of());
        secondTakeOverRefused("10.2.11", Map.of());
    }
}
