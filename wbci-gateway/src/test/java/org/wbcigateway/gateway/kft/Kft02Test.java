package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 2: the gateway is EKPauf and sends a VA-KUE-ORN. */
class Kft02Test extends KftTest {

    private static final Geschaeftsfall ORN = Geschaeftsfall.VA_KUE_ORN;

    private KftEkpAufSupport cases() {
        return new KftEkpAufSupport(kft, ORN);
    }

    @Test
    void TF_2_1_01() {
        KftEkpAufSupport cases = cases();
        String id = cases.agreed("2.1.01");
        kft.gatewaySendsAkmTr(id, ORN, Map.of());

        assertThat(kft.gatewayExchange(id, 3)).containsExactly("OUT VA-KUE-ORN", "IN RUEM-VA 8001", "OUT AKM-TR 8010");
        assertThat(kft.partnerExchange(id, 3)).containsExactly("IN VA-KUE-ORN", "OUT RUEM-VA 8001", "IN AKM-TR 8010");
        Vorabstimmungsanfrage va =
                (Vorabstimmungsanfrage) cases.atPartner(id, "VA-KUE-ORN").message();
        assertThat(va.anschlussidentifikation().onkz()).isEqualTo("89");
        assertThat(va.anschlussidentifikation().nummer()).isEqualTo("123456789");
        assertThat(va.rufnummernPortierung()).isNull();
        JsonNode view = kft.gateway.vorabstimmung(id);
        cases.assertAgreed(view, "CONFIRMED");
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
        // the RUEM-VA as the gateway stored it: two Ressourcen, no RufnummernPortierung
        JsonNode ruemVa = view.path("timeline").get(1).path("parsed");
        assertThat(ruemVa.path("ressourcen")).hasSize(2);
        assertThat(ruemVa.path("ressourcen").toString()).contains("V123456", "I123456", "V123457", "I123457", "D001");
        assertThat(ruemVa.path("technologie").asString()).isEqualTo("001 TAL ISDN");
        assertThat(ruemVa.path("rufnummernPortierung").isNull()).isTrue();
        RueckmeldungVorabstimmung sent =
                (RueckmeldungVorabstimmung) cases.atPartner(id, "RUEM-VA").message();
        assertThat(sent.ressourcen()).hasSize(2);
        UebernahmeRessource akmTr =
                (UebernahmeRessource) cases.atPartner(id, "AKM-TR").message();
        assertThat(akmTr.uebernahmeLeitungen())
                .extracting(l -> l.vertragsnummer())
                .containsExactly("V123456");
        assertThat(akmTr.portierungskennungPKIauf())
                .as("no PKIauf in an ORN AKM-TR")
                .isNull();
        assertThat(akmTr.sichererHafen()).isTrue();
        assertThat(akmTr.ressourcenuebernahme()).isTrue();
    }

    @Test
    void TF_2_1_02() {
        KftEkpAufSupport cases = cases();
        String id = cases.correctedOrtWithoutTakeOver("2.1.02");
        UebernahmeRessource akmTr =
                (UebernahmeRessource) cases.atPartner(id, "AKM-TR").message();
        assertThat(akmTr.portierungskennungPKIauf())
                .as("no PKIauf in an ORN AKM-TR")
                .isNull();
    }

    @Test
    void TF_2_2_01() {
        JsonNode view = cases().vaRefused("2.2.01", Map.of("anschlussidentifikation", "111 999999999"), "8103");
        // the listed number reaches the operator with the code
        assertThat(view.path("timeline").get(1).path("parsed").toString()).contains("999999999");
    }

    @Test
    void TF_2_2_02() {
        cases().vaRefused("2.2.02", Map.of("postleitzahl", "80000"), "8108");
    }

    @Test
    void TF_2_2_03() {
        cases().vaRefused("2.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"), "8108", "8109");
    }

    @Test
    void TF_2_2_04() {
        cases().vaRefused("2.2.04", Map.of("weitererInhaber", "Max Mustermann"), "8112");
    }

    @Test
    void TF_2_2_05() {
        cases().vaRefused("2.2.05", Map.of(), "8115");
    }

    @Test
    void TF_2_2_06() {
        cases().vaRefused("2.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_2_2_07() {
        cases().vaRefused("2.2.07", Map.of(), "8149");
    }

    @Test
    void TF_2_2_08() {
        cases().akmTrRefused("2.2.08", Map.of("vertragsnummer", "123456789"), "8143");
    }

    @Test
    void TF_2_2_09() {
        cases().akmTrRefused("2.2.09", Map.of("lineId", "DEU.PRTN.1234567"), "8144");
    }

    @Test
    void TF_2_2_10() {
        cases().akmTrRefused("2.2.10", Map.of(), "8147");
    }

    @Test
    void TF_2_2_11() {
        cases().secondAkmTrRefused("2.2.11");
    }
}
