package org.wbcigateway.gateway.kft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.Step;
import tools.jackson.databind.JsonNode;

/**
 * What the catalogue groups 4–8 share (the gateway is EKPauf of an agreed VA-KUE-MRN and a TV or Storno is
 * exchanged): the precondition of §4.5, the gateway's and the partner's change requests, and the checks of their
 * outcome on the gateway's view.
 */
final class KftChangeRequests {

    static final Geschaeftsfall MRN = Geschaeftsfall.VA_KUE_MRN;
    /** The agreed exchange every case starts from. */
    static final String[] AGREED_AT_GATEWAY = {"OUT VA-KUE-MRN", "IN RUEM-VA 8001"};

    static final String[] AGREED_AT_PARTNER = {"IN VA-KUE-MRN", "OUT RUEM-VA 8001"};

    private final KftHarness kft;

    KftChangeRequests(KftHarness kft) {
        this.kft = kft;
    }

    /**
     * Catalogue §4.5, groups 4–8: the gateway's standard VA-KUE-MRN, the partner's RUEM-VA ZWA with the KWT; no
     * AKM-TR yet, no change request. Returns the VorabstimmungsId.
     */
    String agreed(String caseId) {
        String id = kft.gatewaySendsVa(MRN, caseId, Map.of());
        JsonNode view = kft.await(id, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("akmTr").asString()).isEqualTo("AWAITED");
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        return id;
    }

    // --- the gateway's change requests (groups 4–6)

    /** The gateway's operator sends a Storno of the EKPauf: Aufhebung (STR-AUFH-AUF) or Aenderung (STR-AEN-AUF). */
    void gatewaySendsStorno(String vaId, boolean aufhebung) {
        kft.gateway.ok(
                "/api/vorabstimmungen/" + vaId + "/storno",
                "{\"art\":\"" + (aufhebung ? "AUFHEBUNG" : "AENDERUNG") + "\"}");
    }

    void gatewaySendsTv(String vaId, LocalDate neuerKundenwunschtermin) {
        kft.gateway.ok(
                "/api/vorabstimmungen/" + vaId + "/tv",
                "{\"neuerKundenwunschtermin\":\"" + neuerKundenwunschtermin + "\"}");
    }

    /**
     * The gateway's Storno (STR-AUFH-AUF or STR-AEN-AUF) on an agreed VA, confirmed by the partner's standard ERLM 8004
     * ({@code STR-AUF} / {@code STR-AEN}, StornoIdRef = the gateway's own StornoId); returns the view once the phase
     * is reached.
     */
    JsonNode gatewayStornoConfirmed(String caseId, boolean aufhebung, String phase) {
        String id = agreed(caseId);
        gatewaySendsStorno(id, aufhebung);

        assertExchange(id, "OUT " + stornoType(aufhebung), "IN ERLM 8004");
        JsonNode view = kft.await(id, v -> v.path("phase").asString().equals(phase));
        String stornoId = requestId(view, 2);
        assertGatewayIssued(stornoId, 'S');
        assertThat(entry(view, 2).path("parsed").path("stornogrund").isNull())
                .as("a Storno of the EKPauf carries no Stornogrund")
                .isTrue();
        assertStornoAnswer(id, view, 3, aufhebung ? "STR-AUF" : "STR-AEN", "8004", stornoId);
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        return view;
    }

    /**
     * The partner answers the gateway's Storno with this ABBM: the Storno is refused, agreement and Wechseltermin
     * stand, the change request and its deadline are closed, and the operator finds the ABBM with its code, StornoIdRef
     * and Begruendung in the timeline. Returns the ABBM's timeline entry.
     */
    JsonNode gatewayStornoRefused(String caseId, boolean aufhebung, Answer abbm) {
        String type = stornoType(aufhebung);
        kft.partner.scenario(KftHarness.standardScenario().first(Rule.when(type).answer(abbm)));
        String id = agreed(caseId);
        gatewaySendsStorno(id, aufhebung);

        String code = String.join("+", abbm.codes());
        assertExchange(id, "OUT " + type, "IN ABBM " + code);
        JsonNode view = settledChangeRequest(id);
        assertAgreementUnchanged(view);
        assertStornoAnswer(id, view, 3, aufhebung ? "STR-AUF" : "STR-AEN", code, requestId(view, 2));
        assertThat(KftHarness.openDeadline(view, "ERLM_OR_ABBM_TO_STORNO"))
                .as("the Storno's deadline")
                .isNull();
        assertThat(KftHarness.openDeadline(view, "NEW_VA_AFTER_STR_AEN_AUF")).isNull();
        return entry(view, 3);
    }

    private static String stornoType(boolean aufhebung) {
        return aufhebung ? "STR-AUFH-AUF" : "STR-AEN-AUF";
    }

    /** The gateway's refusal (HTTP 409/422) of a further action on the Vorabstimmung. */
    int gatewayTries(String vaId, String action, String json) {
        return kft.gateway
                .post("/api/vorabstimmungen/" + vaId + "/" + action, json)
                .status();
    }

    // --- the partner's Stornos (groups 7–8)

    /** The partner (EKPabg) sends a Storno of its role on the gateway's VA, with the standard Stornogrund. */
    JournalEntry partnerSendsStorno(String type, String vaId, String stornoId) {
        return kft.partner.run(Step.send(type).vaId(vaId).id(stornoId));
    }

    /**
     * The partner sends a Storno of the EKPabg ({@code STR-AUFH-ABG} / {@code STR-AEN-ABG}) with this StornoId and the
     * standard Stornogrund, and the gateway answers it on its own ({@code ERLM 8004} or {@code ABBM <code>}): checks
     * the exchange on both sides (after the agreement and the gateway lines {@code before}), the TEQ, and the
     * answer's Geschaeftsfall, code and StornoIdRef. Returns the gateway's view once the answer is delivered.
     */
    JsonNode partnerStornoAnswered(String vaId, String type, String stornoId, String answer, String... before) {
        JournalEntry sent = partnerSendsStorno(type, vaId, stornoId);
        assertThat(sent.teq()).isEqualTo(TeqCode.OK);

        assertExchange(vaId, concat(before, "IN " + type, "OUT " + answer));
        JsonNode view = kft.gateway.vorabstimmung(vaId);
        int index = AGREED_AT_GATEWAY.length + before.length;
        assertThat(entry(view, index).path("parsed").path("stornogrund").asString())
                .isEqualTo(KftData.STORNOGRUND);
        assertStornoAnswer(
                vaId,
                view,
                index + 1,
                type.startsWith("STR-AUFH") ? "STR-AUF" : "STR-AEN",
                answer.substring(answer.indexOf(' ') + 1),
                stornoId);
        return view;
    }

    /**
     * Seeds a used StornoId: the partner sends a STR-AUFH-ABG with it on another agreed VA of the gateway (which the
     * gateway confirms, ending that one), so that a later, different Storno with the ID is a reuse (BVID).
     */
    void seedStornoId(String seedCaseId, String stornoId) {
        String other = agreed(seedCaseId);
        partnerSendsStorno("STR-AUFH-ABG", other, stornoId);
        kft.await(other, v -> v.path("phase").asString().equals("CANCELLED"));
    }

    /**
     * Groups 7.1.01 / 8.1.01: the partner's Storno of this type with the case's StornoId, confirmed by the gateway on
     * its own with ERLM 8004; returns the view once the phase is reached (no change request, no clarification).
     */
    JsonNode partnerStornoConfirmed(String caseId, String type, String phase) {
        String id = agreed(caseId);
        partnerStornoAnswered(id, type, kft.partnerId('S', caseId), "ERLM 8004");

        JsonNode view = kft.await(id, v -> v.path("phase").asString().equals(phase));
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
        return view;
    }

    /**
     * Groups 7.2.01 / 8.2.01: the partner sends a Storno of this type with a StornoId it already used for a different
     * Storno (seeded on another VA); the gateway answers ABBM 8115 on its own and the agreement stands.
     */
    void partnerReusesStornoId(String caseId, String type) {
        String stornoId = kft.partnerId('S', caseId);
        seedStornoId(caseId, stornoId);
        String id = agreed(caseId);
        JsonNode view = partnerStornoAnswered(id, type, stornoId, "ABBM 8115");

        assertThat(refusalReason(view, 2))
                .contains(StateRule.ID_ALREADY_USED.id())
                .contains(stornoId);
        assertAgreementUnchanged(view);
        assertThat(view.path("klaerfall").asBoolean()).isFalse();
    }

    /** Moves the gateway's business clock to 10:00 (Berlin) on the day. */
    void gatewayToday(LocalDate day) {
        kft.gatewayToday(day);
    }

    // --- outcome

    /** The agreement of §4.5 stands: AGREED on the KWT, no change request active, no clarification. */
    void assertAgreementUnchanged(JsonNode view) {
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(kft.kwt().toString());
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("akmTr").asString()).isEqualTo("AWAITED");
        assertThat(KftHarness.openDeadline(view, "AKM_TR"))
                .as("AKM-TR still owed")
                .isNotNull();
    }

    /**
     * The exchange on both sides: the agreement of §4.5, then these lines as the gateway sees them (e.g.
     * {@code OUT STR-AUFH-AUF}, {@code IN ERLM 8004}); the partner's journal has them mirrored.
     */
    void assertExchange(String vaId, String... gatewayLines) {
        String[] gateway = concat(AGREED_AT_GATEWAY, gatewayLines);
        String[] partner = new String[gateway.length];
        for (int i = 0; i < gateway.length; i++) {
            partner[i] =
                    gateway[i].startsWith("OUT ") ? "IN " + gateway[i].substring(4) : "OUT " + gateway[i].substring(3);
        }
        assertThat(kft.gatewayExchange(vaId, gateway.length)).containsExactly(gateway);
        assertThat(kft.partnerExchange(vaId, partner.length)).containsExactly(partner);
    }

    /**
     * An ERLM or ABBM answering a Storno, as the gateway recorded it (timeline entry {@code index}) and as the
     * partner's journal has it: Geschaeftsfall {@code STR-AUF} / {@code STR-AEN}, the code, the StornoIdRef, no
     * Wechseltermin; an ABBM with a Begruendung (spec §5.3).
     */
    void assertStornoAnswer(
            String vaId, JsonNode view, int index, String geschaeftsfall, String code, String stornoId) {
        JsonNode answer = entry(view, index);
        assertThat(answer.path("geschaeftsfall").asString()).isEqualTo(geschaeftsfall);
        JsonNode parsed = answer.path("parsed");
        assertThat(codes(parsed)).containsExactly(code);
        assertThat(parsed.path("stornoIdRef").asString()).isEqualTo(stornoId);
        assertThat(parsed.path("wechseltermin").isNull()).as("no Wechseltermin").isTrue();
        if (answer.path("type").asString().equals("ABBM")) {
            assertThat(parsed.path("begruendung").asString()).isNotBlank();
        }
        Meldung atPartner = (Meldung) kft.partner
                .journal()
                .last(e -> vaId.equals(e.vaId())
                        && e.type().equals(answer.path("type").asString()))
                .orElseThrow()
                .message();
        assertThat(atPartner.geschaeftsfall().code()).isEqualTo(geschaeftsfall);
    }

    /** The open deadline for a new VA after a Storno-ERLM: owed by us, due the old Wechseltermin − 7 AT (§6). */
    JsonNode assertNewVaOwed(JsonNode view, String awaited) {
        assertThat(view.path("phase").asString()).isEqualTo("NEW_VA");
        JsonNode newVa = KftHarness.openDeadline(view, awaited);
        assertThat(newVa).as("deadline " + awaited).isNotNull();
        assertThat(newVa.path("owedBy").asString()).isEqualTo("US");
        assertThat(newVa.path("due").asString())
                .isEqualTo(KftData.CALENDAR.plusWorkingDays(kft.kwt(), -7).toString());
        return newVa;
    }

    /** The view once the gateway has no change request active any more. */
    JsonNode settledChangeRequest(String vaId) {
        return kft.await(vaId, v -> v.path("changeRequest").asString().equals("NONE"));
    }

    /** The timeline entry {@code index} (0-based) as the operator sees it: type, Geschaeftsfall and parsed content. */
    static JsonNode entry(JsonNode view, int index) {
        return view.path("timeline").get(index);
    }

    /** Why the gateway refused the request it received at timeline {@code index}: the rules it names. */
    static String refusalReason(JsonNode view, int index) {
        assertThat(entry(view, index).path("outcome").asString()).isEqualTo("ANSWERED_ABBM");
        return entry(view, index).path("outcomeDetail").asString();
    }

    /** The request ID (AenderungsId / StornoId) the gateway gave its change request at timeline {@code index}. */
    static String requestId(JsonNode view, int index) {
        return entry(view, index).path("requestId").asString();
    }

    /** The ID the gateway issued itself: its carrier code, the letter, nine characters (spec §3). */
    void assertGatewayIssued(String id, char letter) {
        assertThat(id).matches(kft.gw().value().replace(".", "\\.") + "\\." + letter + "[0-9A-Z]{9}");
    }

    /** The Meldungscodes of a parsed Meldung, in order. */
    static List<String> codes(JsonNode parsed) {
        List<String> codes = new ArrayList<>();
        parsed.path("positionen").forEach(p -> codes.add(p.path("meldungscode").asString()));
        return codes;
    }

    static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
