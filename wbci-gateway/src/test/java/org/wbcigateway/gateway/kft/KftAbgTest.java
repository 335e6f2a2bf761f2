package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.support.PrometheusText;
import org.wbcigateway.simulator.Direction;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.wire.WbciCodec;
import tools.jackson.databind.JsonNode;

/**
 * Base of the catalogue groups in which the gateway is EKPabg and answers the partner's VA on its own (groups 9–11):
 * the gateway knows the Projektkenner of the class's cases ({@code KFT-9.1.01} for {@code TF_9_1_01}, catalogue
 * §4.3), each case gets fresh fixture contracts ({@link KftAbgContracts}), and the shared steps of the cases.
 */
abstract class KftAbgTest extends KftTest {

    /** A Projektkenner the gateway was never told of (9.2.07, 10.2.07, 11.2.07). */
    static final String UNKNOWN_PROJEKTKENNER = "KFT-UNKNOWN";

    KftAbgContracts contracts;

    abstract Geschaeftsfall geschaeftsfall();

    /** The gateway knows the Projektkenner of the class's cases. */
    @Override
    Map<String, String> gatewaySettings() {
        return knownProjektkenner(projektkenner());
    }

    @BeforeAll
    void freshContracts() {
        contracts = new KftAbgContracts(kft);
    }

    /** {@code KFT-9.1.01} for every {@code TF_9_1_01} of the class. */
    private List<String> projektkenner() {
        return Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(m -> KftData.projektkenner(m.getName().substring(3).replace('_', '.')))
                .collect(Collectors.toList());
    }

    // --- the partner's messages

    /** The partner sends the case's VA ({@code DEU.PRTN.VKFT<case>}) with {@code KftData.va} overrides. */
    JournalEntry partnerSendsVa(String caseId, Map<String, String> overrides) {
        Step step = Step.send(geschaeftsfall().code())
                .vaId(kft.partnerId('V', caseId))
                .set("case", caseId);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            step = step.set(o.getKey(), o.getValue());
        }
        return kft.partner.run(step);
    }

    /** The partner sends the standard AKM-TR with {@code KftData.akmTr} overrides. */
    JournalEntry partnerSendsAkmTr(String vaId, Map<String, String> overrides) {
        Step step = Step.send("AKM-TR").vaId(vaId);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            step = step.set(o.getKey(), o.getValue());
        }
        return kft.partner.run(step);
    }

    // --- the cases' shapes

    /** Fresh fixture, the partner's VA, the gateway's RUEM-VA: agreed at the gateway with Wechseltermin = KWT. */
    String agreed(String caseId, Map<String, String> vaOverrides, String ruemCodes) {
        String vaId = partnerSendsVa(caseId, vaOverrides).vaId();
        kft.partner.run(Step.await("RUEM-VA").vaId(vaId));
        assertThat(kft.gatewayExchange(vaId, 2))
                .containsExactly("IN " + geschaeftsfall().code(), "OUT RUEM-VA " + ruemCodes);
        assertThat(kft.partnerExchange(vaId, 2))
                .containsExactly("OUT " + geschaeftsfall().code(), "IN RUEM-VA " + ruemCodes);
        JsonNode view = kft.await(vaId, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertAnsweredAutomatically(vaId);
        return vaId;
    }

    /** Fresh fixture, the partner's VA, the gateway's ABBM of these codes: the Vorabstimmung ends. */
    JsonNode vaRefused(String caseId, Map<String, String> vaOverrides, String... codes) {
        String vaId = partnerSendsVa(caseId, vaOverrides).vaId();
        kft.partner.run(Step.await("ABBM").vaId(vaId));
        String abbm = "ABBM " + String.join("+", codes);
        assertThat(kft.gatewayExchange(vaId, 2))
                .containsExactly("IN " + geschaeftsfall().code(), "OUT " + abbm);
        assertThat(kft.partnerExchange(vaId, 2))
                .containsExactly("OUT " + geschaeftsfall().code(), "IN " + abbm);
        JsonNode view = kft.await(vaId, v -> v.path("phase").asString().equals("REJECTED"));
        assertThat(view.path("ownRole").asString()).isEqualTo("EKP_ABG");
        assertThat(view.path("deadlines").findValues("open")).allMatch(open -> !open.asBoolean());
        assertAnsweredAutomatically(vaId);
        return view;
    }

    /** The partner's standard AKM-TR is accepted silently: take-over recorded, nothing sent back. */
    void takeOverAccepted(String vaId, String ruemCodes) {
        assertThat(partnerSendsAkmTr(vaId, Map.of()).teq()).isEqualTo(TeqCode.OK);
        JsonNode view = kft.await(vaId, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(KftHarness.openDeadline(view, "AKM_TR")).isNull();
        kft.nothingMoreAfter(vaId, 3);
        assertThat(kft.gatewayExchange(vaId, 3))
                .containsExactly("IN " + geschaeftsfall().code(), "OUT RUEM-VA " + ruemCodes, "IN AKM-TR 8010");
        assertThat(kft.partnerExchange(vaId, 3))
                .containsExactly("OUT " + geschaeftsfall().code(), "IN RUEM-VA " + ruemCodes, "OUT AKM-TR 8010");
    }

    /**
     * Agreed; the partner's AKM-TR is answered with ABBM-TR {@code code}: the agreement stands and a corrected AKM-TR
     * ({@code corrected} overrides) is taken without an answer.
     */
    void takeOverRefused(
            String caseId,
            Map<String, String> va,
            Map<String, String> akmTr,
            String code,
            Map<String, String> corrected) {
        String vaId = agreed(caseId, va, "8001");
        partnerSendsAkmTr(vaId, akmTr);
        kft.partner.run(Step.await("ABBM-TR").vaId(vaId));
        String gf = geschaeftsfall().code();
        assertThat(kft.gatewayExchange(vaId, 4))
                .containsExactly("IN " + gf, "OUT RUEM-VA 8001", "IN AKM-TR 8010", "OUT ABBM-TR " + code);
        assertThat(kft.partnerExchange(vaId, 4))
                .containsExactly("OUT " + gf, "IN RUEM-VA 8001", "OUT AKM-TR 8010", "IN ABBM-TR " + code);
        JsonNode view = kft.await(vaId, v -> v.path("akmTr").asString().equals("REJECTED"));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertAnsweredAutomatically(vaId);

        assertThat(partnerSendsAkmTr(vaId, corrected).teq()).isEqualTo(TeqCode.OK);
        view = kft.await(vaId, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        kft.nothingMoreAfter(vaId, 5);
    }

    /** Agreed, take-over confirmed; a second, non-identical AKM-TR gets ABBM-TR 8148, a byte-identical one nothing. */
    void secondTakeOverRefused(String caseId, Map<String, String> va) {
        String vaId = agreed(caseId, va, "8001");
        partnerSendsAkmTr(vaId, Map.of());
        kft.await(vaId, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        // the same AKM-TR again: a new Control zeitstempel makes it another message
        assertThat(partnerSendsAkmTr(vaId, Map.of()).teq()).isEqualTo(TeqCode.OK);
        kft.partner.run(Step.await("ABBM-TR").vaId(vaId));
        String gf = geschaeftsfall().code();
        assertThat(kft.gatewayExchange(vaId, 5))
                .containsExactly(
                        "IN " + gf, "OUT RUEM-VA 8001", "IN AKM-TR 8010", "IN AKM-TR 8010", "OUT ABBM-TR 8148");
        assertThat(kft.partnerExchange(vaId, 5))
                .containsExactly(
                        "OUT " + gf, "IN RUEM-VA 8001", "OUT AKM-TR 8010", "OUT AKM-TR 8010", "IN ABBM-TR 8148");
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        assertThat(view.path("akmTr").asString()).isEqualTo("CONFIRMED");
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();

        // a byte-identical copy of the second one is a transport retry: TEQ OK, nothing else
        assertThat(kft.partner.resendLast().teq()).isEqualTo(TeqCode.OK);
        kft.nothingMoreAfter(vaId, 6);
        assertThat(kft.gateway.vorabstimmung(vaId).path("timeline").size()).isEqualTo(5);
    }

    /**
     * Agreed; the partner's AKM-TR is refused with TEQ {@code teq} (0993: majorRelease 03; 0995: SichererHafen
     * missing): only an audit record (listed by {@code GET /api/refusals}), the gateway still waits for an AKM-TR,
     * the TEQ counter shows it.
     */
    void takeOverTechnicallyRefused(String caseId, TeqCode teq) {
        String vaId = agreed(caseId, Map.of(), "8001");
        double before = refusedTeqs(teq);
        JournalEntry akmTr = teq == TeqCode.VERSION_FALSCH
                ? kft.partner.run(Step.send("AKM-TR").vaId(vaId).set("majorRelease", "03"))
                : kft.partner.sendRaw(withoutSichererHafen(vaId), true);
        assertThat(akmTr.teq()).isEqualTo(teq);
        String gf = geschaeftsfall().code();
        if (teq == TeqCode.VERSION_FALSCH) {
            assertThat(kft.partner.journal().exchange(vaId))
                    .containsExactly("OUT " + gf, "IN RUEM-VA 8001", "OUT AKM-TR 8010");
        } else {
            // the simulator's own reader refuses the broken message too: journalled as unreadable, with the TEQ
            assertThat(akmTr.describe()).isEqualTo("OUT ?");
            assertThat(new String(akmTr.raw(), StandardCharsets.UTF_8))
                    .contains("UebernahmeRessourceMeldungType")
                    .contains(vaId);
        }
        assertThat(kft.gatewayExchange(vaId, 2)).containsExactly("IN " + gf, "OUT RUEM-VA 8001");
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("akmTr").asString()).isEqualTo("AWAITED");
        assertThat(KftHarness.openDeadline(view, "AKM_TR"))
                .as("still waiting for an AKM-TR")
                .isNotNull();
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(refusedTeqs(teq)).isEqualTo(before + 1);
        // an operator sees it among the refused inbound messages, with the reason
        JsonNode refused = kft.gateway.get("/api/refusals?limit=1").body().get(0);
        assertThat(refused.path("teqCode").asString()).isEqualTo(teq.code());
        assertThat(refused.path("detail").asString()).isNotBlank();
    }

    private double refusedTeqs(TeqCode teq) {
        // no sample until the first such TEQ; this tenant's only, where the gateway serves two
        return PrometheusText.parse(kft.gateway.text("/actuator/prometheus"))
                .samples(
                        "wbci_teq_total",
                        "direction",
                        "sent",
                        "code",
                        teq.code(),
                        "tenant",
                        kft.gw().value())
                .stream()
                .mapToDouble(PrometheusText.Sample::value)
                .sum();
    }

    /** The standard AKM-TR as SOAP without its mandatory SichererHafen (a schema violation). */
    private byte[] withoutSichererHafen(String vaId) {
        UebernahmeRessource akmTr = KftData.akmTr(
                new Endkundenvertragspartner(kft.prtn(), kft.gw()),
                VorabstimmungsId.of(vaId),
                geschaeftsfall(),
                KftData.PKI_PARTNER,
                Map.of());
        String soap = new String(
                new WbciCodec()
                        .writeMessageSoap(new Envelope<>(
                                Control.v200(
                                        OffsetDateTime.now(),
                                        new Control.SignaturId("CN=" + kft.prtn() + " test", "01")),
                                akmTr)),
                StandardCharsets.UTF_8);
        String broken = soap.replaceAll("<SichererHafen>[^<]*</SichererHafen>", "");
        assertThat(broken).isNotEqualTo(soap);
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    /** The partner reuses the case's VA-ID for a second, different VA: ABBM 8115, the first VA untouched. */
    void reusedVaId(String caseId) {
        String earlierDate = KftData.datePlusAt(KftHarness.TODAY, 15).toString();
        String vaId = partnerSendsVa(caseId, Map.of("kundenwunschtermin", earlierDate))
                .vaId();
        kft.partner.run(Step.await("RUEM-VA").vaId(vaId));
        JsonNode earlier = kft.await(vaId, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(earlier.path("wechseltermin").asString()).isEqualTo(earlierDate);

        assertThat(partnerSendsVa(caseId, Map.of()).teq()).isEqualTo(TeqCode.OK);
        kft.partner.run(Step.await("ABBM").vaId(vaId));
        String gf = geschaeftsfall().code();
        assertThat(kft.partnerExchange(vaId, 4))
                .containsExactly("OUT " + gf, "IN RUEM-VA 8001", "OUT " + gf, "IN ABBM 8115");
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(earlierDate);
        assertThat(view.path("kundenwunschtermin").asString()).isEqualTo(earlierDate);
        assertAnsweredAutomatically(vaId);

        // a byte-identical re-send of the reused VA is a transport retry: TEQ OK, no second ABBM
        assertThat(kft.partner.resendLast().teq()).isEqualTo(TeqCode.OK);
        kft.nothingMoreAfter(vaId, 5);
    }

    /** The numbers of the RNG position in the ABBM the partner received, as {@code "89 12345678"}. */
    List<String> rngNumbers(String vaId) {
        Meldungsposition rng = ((Meldung) receivedByPartner(vaId, "ABBM").message())
                .positionen()
                .get(0);
        return rng.rufnummern().stream().map(r -> r.onkz() + " " + r.nummer()).toList();
    }

    /** No operator step: the VA is not waiting in the review queue. */
    void assertAnsweredAutomatically(String vaId) {
        assertThat(kft.gateway.get("/api/review").body().toString()).doesNotContain(vaId);
    }

    /** The message of this type the partner received last for the VA. */
    JournalEntry receivedByPartner(String vaId, String type) {
        return partnerJournal(vaId, Direction.IN, type);
    }

    /** The message of this type the partner sent the gateway last for the VA. */
    WbciMessage receivedByGateway(String vaId, String type) {
        return partnerJournal(vaId, Direction.OUT, type).message();
    }

    /** The gateway's RUEM-VA as the partner received it. */
    RueckmeldungVorabstimmung ruemVa(String vaId) {
        return (RueckmeldungVorabstimmung) receivedByPartner(vaId, "RUEM-VA").message();
    }

    private JournalEntry partnerJournal(String vaId, Direction direction, String type) {
        return kft.partner
                .journal()
                .last(e -> vaId.equals(e.vaId()) && e.type().equals(type) && e.direction() == direction)
                .orElseThrow();
    }
}
