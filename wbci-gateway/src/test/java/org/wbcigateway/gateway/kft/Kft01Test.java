package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.simulator.JournalEntry;
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

    private JournalEntry akmTrAtPartner(String id) {
        return kft.partner.journal().last(e -> id.equals(e.vaId()) && e.type().equals("AKM-TR")).orElseThrow();
    }
}
