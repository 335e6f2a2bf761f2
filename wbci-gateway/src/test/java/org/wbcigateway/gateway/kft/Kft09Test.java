package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.PortierteRufnummernbloecke;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.simulator.KftData;
import tools.jackson.databind.JsonNode;

/** Interop catalogue group 9: the gateway is EKPabg and answers the partner's VA-KUE-MRN from its contracts. */
class Kft09Test extends KftAbgTest {

    @Override
    Geschaeftsfall geschaeftsfall() {
        return Geschaeftsfall.VA_KUE_MRN;
    }

    @Test
    void TF_9_1_01() {
        contracts.load("9.1.01", Map.of());
        String vaId = agreed("9.1.01", Map.of(), "8001");
        RueckmeldungVorabstimmung ruem = ruemVa(vaId);
        assertThat(ruem.wechseltermin()).isEqualTo(kft.kwt());
        assertThat(ruem.technologie()).isEqualTo(KftData.TECHNOLOGIE);
        assertThat(ruem.ressourcen()).isEqualTo(KftData.GATEWAY_RESSOURCEN);
        PortierteRufnummernbloecke block = (PortierteRufnummernbloecke) ruem.rufnummernPortierung();
        assertThat(block.onkz() + "/" + block.durchwahlnummer()).isEqualTo("89/123456");
        assertThat(block.bloecke()).singleElement().satisfies(b -> {
            assertThat(b.block().von() + "-" + b.block().bis()).isEqualTo("00-99");
            assertThat(b.portierungskennungPKIabg()).isEqualTo(KftData.PKI_GATEWAY);
        });

        takeOverAccepted(vaId, "8001");
    }

    @Test
    void TF_9_1_02() {
        contracts.load("9.1.02", Map.of("ort", "Starnberg"));
        String vaId = agreed("9.1.02", Map.of(), "8001+8105");
        RueckmeldungVorabstimmung ruem = ruemVa(vaId);
        assertThat(ruem.positionen())
                .extracting(p -> p.adresseAbweichend())
                .containsExactly(null, new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, "Starnberg"));

        takeOverAccepted(vaId, "8001+8105");
    }

    @Test
    void TF_9_2_01() {
        contracts.load("9.2.01", Map.of());
        JsonNode view = vaRefused("9.2.01", Map.of("rufnummern", "89 12345678, 89 12345679"), "8103");
        assertThat(rngNumbers(view.path("vorabstimmungsId").asString())).containsExactly("89 12345678", "89 12345679");
    }

    @Test
    void TF_9_2_02() {
        contracts.load("9.2.02", Map.of());
        vaRefused("9.2.02", Map.of("postleitzahl", "80000"), "8108");
    }

    @Test
    void TF_9_2_03() {
        contracts.load("9.2.03", Map.of());
        vaRefused("9.2.03", Map.of("postleitzahl", "80000", "ort", "Musterhausen"), "8108", "8109");
    }

    @Test
    void TF_9_2_04() {
        contracts.load("9.2.04", Map.of());
        vaRefused("9.2.04", Map.of("endkunde", "John Mustermann"), "8112");
    }

    @Test
    void TF_9_2_05() {
        contracts.load("9.2.05", Map.of());
        reusedVaId("9.2.05");
    }

    @Test
    void TF_9_2_06() {
        contracts.load("9.2.06", Map.of());
        vaRefused("9.2.06", Map.of("endkunde", "Max Mustermann"), "8117");
    }

    @Test
    void TF_9_2_07() {
        contracts.load("9.2.07", Map.of());
        vaRefused("9.2.07", Map.of("projektkenner", UNKNOWN_PROJEKTKENNER), "8149");
    }

    @Test
    void TF_9_2_08() {
        contracts.load("9.2.08", Map.of());
        takeOverRefused("9.2.08", Map.of("datensatz", "A"), Map.of("vertragsnummer", "123456789"), "8143", Map.of());
    }

    @Test
    void TF_9_2_09() {
        contracts.load("9.2.09", Map.of());
        takeOverRefused("9.2.09", Map.of("datensatz", "A"), Map.of("lineId", "DEU.PRTN.123457"), "8144", Map.of());
    }

    @Test
    void TF_9_2_10() {
        contracts.load("9.2.10", Map.of());
        contracts.notTransferable(KftData.VERTRAGSNUMMER);
        // the corrected AKM-TR takes no line over
        takeOverRefused("9.2.10", Map.of("datensatz", "A"), Map.of(), "8147", Map.of("ressourcenuebernahme", "false"));
    }

    @Test
    void TF_9_2_11() {
        contracts.load("9.2.11", Map.of());
        secondTakeOverRefused("9.2.11", Map.of("datensatz", "A"));
    }

    @Test
    void TF_9_2_12() {
        contracts.load("9.2.12", Map.of());
        takeOverTechnicallyRefused("9.2.12", TeqCode.VERSION_FALSCH);
    }

    @Test
    void TF_9_2_13() {
        contracts.load("9.2.13", Map.of());
        takeOverTechnicallyRefused("9.2.13", TeqCode.STRUKTUR_UNGUELTIG);
    }
}
