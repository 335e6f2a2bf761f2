package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.Step;
import tools.jackson.databind.JsonNode;

/**
 * Groups 12–16 (gateway EKPabg, change requests on an agreed VA-KUE-MRN issued by the partner): the precondition of
 * catalogue §4.5 run as the standard exchange, and what the cases observe on both sides.
 *
 * <p>The gateway answers a VA whose Projektkenner it does not know with UPK 8149; the harness configures none, so
 * this class starts the gateway with the Projektkenner of groups 12–16.
 *
 * <p>The contract fixture has one customer, and the gateway answers a second open VA on the same contract with VAE
 * 8118; so after every case a Vorabstimmung that is still agreed is cancelled by the partner (STR-AUFH-AUF, ERLM),
 * and the gateway's business clock is put back.
 */
abstract class KftAgreedVaSupport extends KftTest {

    private String caseVa;

    @Override
    Map<String, String> gatewaySettings() {
        return knownProjektkenner(projektkennerOfGroups12To16());
    }

    private static List<String> projektkennerOfGroups12To16() {
        List<String> all = new ArrayList<>();
        for (int group = 12; group <= 16; group++) {
            for (int kind = 1; kind <= 2; kind++) {
                for (int n = 1; n <= 3; n++) {
                    all.add(KftData.projektkenner(group + "." + kind + ".0" + n));
                }
            }
        }
        return all;
    }

    /**
     * The precondition: the partner's standard VA-KUE-MRN {@code DEU.PRTN.VKFT<case>}, answered automatically with
     * RUEM-VA ZWA 8001, Wechseltermin = KWT; agreed, no AKM-TR yet, no change request. Returns the VA-ID.
     */
    String agreedByPartner(String caseId) {
        String vaId = kft.partnerId('V', caseId);
        caseVa = vaId;
        agree(vaId, caseId);
        return vaId;
    }

    /**
     * Seeds a used ID (cases x.2.01): on another agreed VA of the partner (same standard data) the partner sends
     * {@code request} (a TV or Storno with the ID), the gateway confirms it with ERLM; that VA is then ended.
     */
    void usedOnAnotherVa(String caseId, Step request) {
        String other = kft.partner.newId('V');
        agree(other, caseId);
        partnerSends(request.vaId(other));
        assertThat(kft.partnerExchange(other, 4).get(3)).startsWith("IN ERLM");
        endIfAgreed(other);
    }

    private void agree(String vaId, String caseId) {
        JournalEntry va = kft.partner.run(Step.send("VA-KUE-MRN").vaId(vaId).set("case", caseId));
        assertThat(va.teq()).isEqualTo(TeqCode.OK);
        kft.partner.run(Step.await("RUEM-VA").vaId(vaId));
        JsonNode view = kft.await(vaId, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("akmTr").asString()).isNotEqualTo("CONFIRMED");
        assertThat(kft.partnerExchange(vaId, 2)).containsExactly("OUT VA-KUE-MRN", "IN RUEM-VA 8001");
    }

    /**
     * The partner's new VA for the same customer (standard data, a new VA-ID), e.g. after a Storno-Aenderung; returns
     * its VA-ID once the partner has the gateway's automatic answer ({@code RUEM-VA 8001}, {@code ABBM 8116}).
     */
    String partnerSendsNewVa(String caseId, String answer) {
        String vaId = kft.partner.newId('V');
        JournalEntry va = kft.partner.run(Step.send("VA-KUE-MRN").vaId(vaId).set("case", caseId));
        assertThat(va.teq()).isEqualTo(TeqCode.OK);
        assertThat(kft.partnerExchange(vaId, 2)).containsExactly("OUT VA-KUE-MRN", "IN " + answer);
        return vaId;
    }

    /** The partner sends a TV or Storno (e.g. {@code STR-AUFH-AUF}) with this ID on the VA; the TEQ must be OK. */
    JournalEntry partnerSends(String type, String vaId, String requestId) {
        return partnerSends(Step.send(type).vaId(vaId).id(requestId));
    }

    JournalEntry partnerSends(Step step) {
        JournalEntry sent = kft.partner.run(step);
        assertThat(sent.teq()).as("TEQ to the partner's " + sent.type()).isEqualTo(TeqCode.OK);
        return sent;
    }

    /** The gateway's view once the partner has the answer to its request: {@code count} entries on both sides. */
    JsonNode settled(String vaId, int count) {
        kft.partnerExchange(vaId, count);
        kft.gatewayExchange(vaId, count);
        return kft.gateway.vorabstimmung(vaId);
    }

    /**
     * Both sides saw the precondition (VA, RUEM-VA 8001), then the partner's requests each with the gateway's answer,
     * e.g. {@code partnerAsked(va, "STR-AUFH-AUF", "ERLM 8004")}.
     */
    void partnerAsked(String vaId, String... requestThenAnswer) {
        exchanged(vaId, false, requestThenAnswer);
    }

    /** As {@link #partnerAsked}, for the gateway's requests and the partner's answers. */
    void gatewayAsked(String vaId, String... requestThenAnswer) {
        exchanged(vaId, true, requestThenAnswer);
    }

    private void exchanged(String vaId, boolean gatewayAsks, String... requestThenAnswer) {
        List<String> atPartner = new ArrayList<>(List.of("OUT VA-KUE-MRN", "IN RUEM-VA 8001"));
        List<String> atGateway = new ArrayList<>(List.of("IN VA-KUE-MRN", "OUT RUEM-VA 8001"));
        for (int i = 0; i < requestThenAnswer.length; i++) {
            boolean fromGateway = gatewayAsks == (i % 2 == 0);
            atPartner.add((fromGateway ? "IN " : "OUT ") + requestThenAnswer[i]);
            atGateway.add((fromGateway ? "OUT " : "IN ") + requestThenAnswer[i]);
        }
        assertThat(kft.partnerExchange(vaId, atPartner.size())).containsExactlyElementsOf(atPartner);
        assertThat(kft.gatewayExchange(vaId, atGateway.size())).containsExactlyElementsOf(atGateway);
    }

    /**
     * The gateway's operator sends a Storno of the EKPabg ({@code AUFHEBUNG} or {@code AENDERUNG}) with the standard
     * Stornogrund; returns the Storno as the partner received it. The gateway makes the StornoId itself, so it cannot
     * be the catalogue's {@code DEU.GWAY.SKFT…}; it must carry the gateway's prefix.
     */
    Storno gatewaySendsStorno(String vaId, String art) {
        kft.gateway.ok(
                "/api/vorabstimmungen/" + vaId + "/storno",
                "{\"art\":\"" + art + "\",\"stornogrund\":\"" + KftData.STORNOGRUND + "\"}");
        Storno storno = (Storno) kft.partner
                .journal()
                .await(e -> vaId.equals(e.vaId()) && e.message() instanceof Storno, KftHarness.WAIT)
                .message();
        assertThat(storno.absender()).isEqualTo(kft.gw());
        assertThat(storno.stornoId().value()).startsWith(kft.gw().value() + ".S");
        assertThat(storno.stornogrund()).isEqualTo(KftData.STORNOGRUND);
        return storno;
    }

    /**
     * Cases 15.2.x / 16.2.x: the partner refuses the gateway's Storno with an ABBM of this code; the Storno is closed,
     * agreement and Wechseltermin are unchanged.
     */
    void gatewayStornoRefused(String caseId, String art, String type, Geschaeftsfall answered, String code) {
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when(type).answer(Answer.of("ABBM", code))));
        String va = agreedByPartner(caseId);
        Storno storno = gatewaySendsStorno(va, art);

        gatewayAsked(va, type, "ABBM " + code);
        JsonNode view = agreementUnchanged(va);
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_STORNO")).isNull();
        assertThat(geschaeftsfallAt(view, 3)).isEqualTo(answered.code());
        assertThat(view.path("timeline")
                        .get(3)
                        .path("parsed")
                        .path("stornoIdRef")
                        .toString())
                .contains(storno.stornoId().value());
        assertThat(contractStatus()).isEqualTo("TERMINATION_PENDING");
        stornoRefusedAtPartner(va, answered, storno.stornoId().value());
    }

    /**
     * A Storno of {@code type} with {@code stornoId} was confirmed: both sides saw it and the ERLM 8004 (STR-AUF or
     * STR-AEN, StornoIdRef, no Wechseltermin), the Vorabstimmung ended in {@code phase}, no change request is left
     * and no Klaerfall raised. Returns the gateway's view.
     */
    JsonNode stornoConfirmed(String vaId, String type, String stornoId, String phase) {
        Geschaeftsfall answered = type.startsWith("STR-AUFH") ? Geschaeftsfall.STR_AUF : Geschaeftsfall.STR_AEN;
        exchanged(vaId, type.endsWith("-ABG"), type, "ERLM 8004");
        JsonNode view = kft.await(vaId, v -> v.path("phase").asString().equals(phase));
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        assertThat(geschaeftsfallAt(view, 3)).isEqualTo(answered.code());
        Erledigtmeldung erlm = (Erledigtmeldung) lastMeldung(vaId);
        assertThat(erlm.geschaeftsfall()).isEqualTo(answered);
        assertThat(erlm.stornoIdRef().value()).isEqualTo(stornoId);
        assertThat(erlm.wechseltermin()).isNull();
        return view;
    }

    /** The last Meldung of the VA in the partner's journal: the answer to the last TV or Storno, whoever sent it. */
    Meldung lastMeldung(String vaId) {
        return (Meldung) kft.partner
                .journal()
                .last(e -> vaId.equals(e.vaId()) && e.message() instanceof Meldung)
                .orElseThrow()
                .message();
    }

    /** Agreed as before: Wechseltermin = KWT, no change request active; returns the view. */
    JsonNode agreementUnchanged(String vaId) {
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        return view;
    }

    /** The ABBM to the Storno in the partner's journal: the Geschaeftsfall, StornoIdRef, a Begruendung, no Wechseltermin. */
    void stornoRefusedAtPartner(String vaId, Geschaeftsfall answered, String stornoId) {
        Abbruchmeldung abbm = (Abbruchmeldung) lastMeldung(vaId);
        assertThat(abbm.geschaeftsfall()).isEqualTo(answered);
        assertThat(abbm.stornoIdRef().value()).isEqualTo(stornoId);
        assertThat(abbm.begruendung()).isNotBlank();
        assertThat(abbm.wechseltermin()).isNull();
    }

    /** The gateway's timeline entry at {@code index}: its Geschaeftsfall as the gateway recorded it. */
    static String geschaeftsfallAt(JsonNode view, int index) {
        return view.path("timeline").get(index).path("geschaeftsfall").asString();
    }

    /** No deadline of the Vorabstimmung is open any more. */
    static boolean noOpenDeadline(JsonNode view) {
        return view.path("deadlines").findValues("open").stream().noneMatch(JsonNode::asBoolean);
    }

    /** {@code n} working days (Bavaria) from the date, negative: before. */
    static LocalDate workingDays(LocalDate from, int n) {
        return KftData.CALENDAR.plusWorkingDays(from, n);
    }

    /** The status the gateway wrote back to the contract fixture the standard VA names (KFT-ANLAGE). */
    String contractStatus() {
        return kft.gateway
                .get("/api/crm/contracts/KFT-ANLAGE")
                .body()
                .path("contract")
                .path("status")
                .asString();
    }

    /** Moves the gateway's business clock to 10:00 on that day (put back after every case). */
    void gatewayToday(LocalDate day) {
        kft.gatewayToday(day);
    }

    @AfterEach
    void endCaseVa() {
        kft.dayBackToToday();
        if (caseVa == null) {
            return;
        }
        String vaId = caseVa;
        caseVa = null;
        endIfAgreed(vaId);
    }

    /** The partner cancels the Vorabstimmung (STR-AUFH-AUF, ERLM) if it is still agreed without a change request. */
    void endIfAgreed(String vaId) {
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        if (view != null
                && view.path("phase").asString().equals("AGREED")
                && view.path("changeRequest").asString().equals("NONE")) {
            kft.partner.run(Step.send("STR-AUFH-AUF").vaId(vaId).id(kft.partner.newId('S')));
            kft.await(vaId, v -> v.path("phase").asString().equals("CANCELLED"));
        }
    }
}
