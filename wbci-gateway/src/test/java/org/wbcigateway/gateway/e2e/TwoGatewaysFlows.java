package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wbcigateway.gateway.platform.config.AdjustableClock;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Two gateways, DEU.AAAA and DEU.BBBB, on loopback HTTP, driven only through their REST APIs: every flow of issue 3
 * for each Geschaeftsfall where it applies. After each flow both instances agree on state and timeline. Subclasses
 * choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoGatewaysFlows {

    static final String KWT = "2026-12-16";
    static final String NEW_DATE = "2026-12-29";

    final Gateway a;
    final Gateway b;

    /** Two gateways, or two sides of one (the first as DEU.AAAA, the second as DEU.BBBB). */
    TwoGatewaysFlows(Gateway[] sides) {
        a = sides[0];
        b = sides[1];
    }

    TwoGatewaysFlows(Gateway.Database database, String dbPrefix) {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, database, dbPrefix + "a", Map.of());
        b = Gateway.start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, database, dbPrefix + "b", Map.of());
    }

    @AfterAll
    void stop() {
        a.close();
        b.close();
    }

    // --- the flows

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
    void vaRuemVaZwaAndForKueTheAkmTr(String gf) {
        String id = agreed(gf);
        if (!gf.equals("VA-RRNP")) {
            a.ok("/api/vorabstimmungen/" + id + "/akm-tr", AKM_TR);
            b.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        }
        JsonNode view = settled(id);
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(KWT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
    void vaRuemVaNatWithAda(String gf) {
        String id = start(gf);
        boolean kue = !gf.equals("VA-RRNP");
        String ada = kue
                ? ", {\"meldungscode\":\"8105\",\"adresseAbweichend\":{\"attribut\":\"ORT\",\"wert\":\"Starnberg\"}}"
                : "";
        b.ok(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8002\"}" + ada + "],\"wechseltermin\":\"" + NEW_DATE + "\""
                        + (kue ? LINE : "") + "}");
        JsonNode view = a.await(id, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(NEW_DATE);
        settled(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
    void vaAbbm(String gf) {
        String id = start(gf);
        b.ok("/api/vorabstimmungen/" + id + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}");
        a.await(id, v -> v.path("phase").asString().equals("REJECTED"));
        settled(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN"})
    void akmTrAbbmTrAkmTr(String gf) {
        String id = agreed(gf);
        a.ok("/api/vorabstimmungen/" + id + "/akm-tr", AKM_TR);
        b.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        b.ok("/api/vorabstimmungen/" + id + "/abbm-tr", "{\"positionen\":[{\"meldungscode\":\"8147\"}]}");
        a.await(id, v -> v.path("akmTr").asString().equals("REJECTED"));
        a.ok("/api/vorabstimmungen/" + id + "/akm-tr", AKM_TR);
        b.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        settled(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
    void tvErlmMovesTheDate(String gf) {
        String id = agreed(gf);
        a.ok("/api/vorabstimmungen/" + id + "/tv", "{\"neuerKundenwunschtermin\":\"" + NEW_DATE + "\"}");
        b.await(id, v -> v.path("changeRequest").asString().equals("TV"));
        b.ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
        JsonNode view = a.await(id, v -> v.path("changeRequest").asString().equals("NONE"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(NEW_DATE);
        settled(id);
    }

    @Test
    void tvAbbmKeepsTheDate() {
        String id = agreed("VA-KUE-MRN");
        a.ok("/api/vorabstimmungen/" + id + "/tv", "{\"neuerKundenwunschtermin\":\"" + NEW_DATE + "\"}");
        b.await(id, v -> v.path("changeRequest").asString().equals("TV"));
        b.ok("/api/vorabstimmungen/" + id + "/change-request/abbm", "{\"positionen\":[{\"meldungscode\":\"8141\"}]}");
        JsonNode view = a.await(id, v -> v.path("changeRequest").asString().equals("NONE"));
        assertThat(view.path("wechseltermin").asString()).isEqualTo(KWT);
        settled(id);
    }

    static Stream<String[]> stornos() {
        List<String[]> all = new ArrayList<>();
        for (String sender : List.of("AUF", "ABG")) {
            for (String art : List.of("AUFHEBUNG", "AENDERUNG")) {
                for (String answer : List.of("ERLM", "ABBM")) {
                    all.add(new String[] {sender, art, answer});
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @org.junit.jupiter.params.provider.MethodSource("stornos")
    void eachStornoAnsweredWithErlmOrAbbm(String sender, String art, String answer) {
        // a number block of its own: a Storno-Aenderung confirmed here leaves a VA waiting for its new VA, and a later
        // VA of another flow for the same numbers would follow it up (ADR 0003)
        String id = agreed("VA-KUE-MRN", kopfnummer());
        Gateway requester = sender.equals("AUF") ? a : b;
        Gateway answerer = sender.equals("AUF") ? b : a;
        String grund = sender.equals("ABG") ? ",\"stornogrund\":\"Sag ich nicht\"" : "";
        requester.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"" + art + "\"" + grund + "}");
        answerer.await(id, v -> v.path("changeRequest").asString().startsWith("STR_"));
        if (answer.equals("ERLM")) {
            answerer.ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
            String phase = art.equals("AUFHEBUNG") ? "CANCELLED" : "NEW_VA";
            requester.await(id, v -> v.path("phase").asString().equals(phase));
        } else {
            answerer.ok(
                    "/api/vorabstimmungen/" + id + "/change-request/abbm",
                    "{\"positionen\":[{\"meldungscode\":\"8142\"}],\"begruendung\":\"Storno abgelehnt\"}");
            requester.await(id, v -> v.path("changeRequest").asString().equals("NONE"));
        }
        settled(id);
    }

    @Test
    void strAenErlmThenANewVa() {
        String id = agreed("VA-KUE-MRN");
        a.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AENDERUNG\"}");
        b.await(id, v -> v.path("changeRequest").asString().equals("STR_AEN_AUF"));
        b.ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
        JsonNode voided = a.await(id, v -> v.path("phase").asString().equals("NEW_VA"));
        assertThat(voided.path("deadlines").toString()).contains("NEW_VA_AFTER_STR_AEN_AUF");
        settled(id);
        String second = agreed("VA-KUE-MRN");
        assertThat(second).isNotEqualTo(id);
        settled(second);
        // the same customer's numbers: the second VA is the follow-up of the voided one on both sides
        for (Gateway g : List.of(a, b)) {
            assertFollowedUp(g, id, second, "IN_TIME", "NEW_VA_AFTER_STR_AEN_AUF");
        }
    }

    // --- the new VA after the ERLM to a Storno-Aenderung (spec §3, §6; ADR 0003): in time, too early, too late

    /** Original Wechseltermin 2026-12-16 − 7 AT: the new VA is due by this day. */
    static final String NEW_VA_DUE = "2026-12-07";
    /** 5 AT after the ERLM of 2026-11-25: a new VA after a STR-AEN-ABG may come from this day on. */
    static final String NEW_VA_NOT_BEFORE = "2026-12-02";

    @Test
    void aNewVaInTimeFollowsUpTheVoidedVaOnBothSides() {
        String kopf = kopfnummer();
        String old = voided(kopf, "AUF");
        JsonNode sent = a.ok("/api/vorabstimmungen", va("VA-KUE-MRN", kopf, KWT));
        String neu = sent.path("vorabstimmungsId").asString();
        assertThat(sent.path("warnings").toString()).doesNotContain("NEW-VA");
        b.await(neu, v -> v.path("phase").asString().equals("VA_PENDING"));
        for (Gateway g : List.of(a, b)) {
            assertFollowedUp(g, old, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_AUF");
        }
        settled(neu);
        // the console's detail pages link the two both ways
        ConsoleClient console = new ConsoleClient(b.baseUrl());
        console.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER));
        assertThat(console.get("/console/vorabstimmungen/" + old).body())
                .contains("data-testid=\"folge-va\"", "/console/vorabstimmungen/" + neu);
        assertThat(console.get("/console/vorabstimmungen/" + neu).body())
                .contains("data-testid=\"vorgaenger-va\"", "/console/vorabstimmungen/" + old, "rechtzeitig");
    }

    @Test
    void aNewVaTooEarlyAfterAStrAenAbgIsRefusedThenFollowsUpInTime() {
        String kopf = kopfnummer();
        String old = voided(kopf, "ABG");
        // we are the EKPauf: the REST API refuses to send it before 5 AT after the ERLM, nothing is sent
        Gateway.Reply early = a.post("/api/vorabstimmungen", va("VA-KUE-MRN", kopf, KWT));
        assertThat(early.status()).as(early.body().toString()).isEqualTo(422);
        assertThat(early.body().path("violations").toString()).contains("NEW-VA.arrival-too-early");
        // we are the EKPabg: a partner that sends it anyway gets ABBM 8116 naming the rule (spec §5.3)
        String sentEarly = "DEU.AAAA.VE"
                + String.valueOf(System.nanoTime() % 100_000_000L + 100_000_000L)
                        .substring(1);
        crafted.post(b, crafted.va(sentEarly, kopf, KWT));
        assertThat(answerOf(b, sentEarly)).isEqualTo("8116");
        JsonNode refused = b.vorabstimmung(sentEarly);
        assertThat(refused.path("phase").asString()).isEqualTo("REJECTED");
        assertThat(refused.path("vorgaengerVa").asString()).isEqualTo(old);
        assertThat(refused.path("newVaArrival").asString()).isEqualTo("TOO_EARLY");
        assertThat(refused.path("timeline")
                        .get(1)
                        .path("parsed")
                        .path("begruendung")
                        .asString())
                .contains("NEW-VA.arrival-too-early");
        for (Gateway g : List.of(a, b)) {
            JsonNode stillVoid = g.vorabstimmung(old);
            assertThat(absent(stillVoid.path("folgeVa")))
                    .as(g.carrier() + ": no follow-up yet")
                    .isTrue();
            assertThat(deadline(stillVoid, "NEW_VA_AFTER_STR_AEN_ABG")
                            .path("open")
                            .asBoolean())
                    .isTrue();
            assertThat(deadline(stillVoid, "NEW_VA_AFTER_STR_AEN_ABG")
                            .path("notBefore")
                            .asString())
                    .isEqualTo(NEW_VA_NOT_BEFORE);
        }

        businessDay(a, NEW_VA_NOT_BEFORE);
        businessDay(b, NEW_VA_NOT_BEFORE);
        String neu = a.ok("/api/vorabstimmungen", va("VA-KUE-MRN", kopf, KWT))
                .path("vorabstimmungsId")
                .asString();
        b.await(neu, v -> v.path("phase").asString().equals("VA_PENDING"));
        for (Gateway g : List.of(a, b)) {
            assertFollowedUp(g, old, neu, "IN_TIME", "NEW_VA_AFTER_STR_AEN_ABG");
        }
        settled(neu);
    }

    @Test
    void aNewVaAfterItsDeadlineIsAcceptedLateAndProcessed() {
        String kopf = kopfnummer();
        String old = voided(kopf, "AUF");
        String late = "2026-12-08";
        businessDay(a, late);
        businessDay(b, late);
        assertThat(deadline(a.vorabstimmung(old), "NEW_VA_AFTER_STR_AEN_AUF")
                        .path("due")
                        .asString())
                .isEqualTo(NEW_VA_DUE);
        assertThat(deadline(a.vorabstimmung(old), "NEW_VA_AFTER_STR_AEN_AUF")
                        .path("overdue")
                        .asBoolean())
                .isTrue();

        JsonNode sent = a.ok("/api/vorabstimmungen", va("VA-KUE-MRN", kopf, "2026-12-22"));
        String neu = sent.path("vorabstimmungsId").asString();
        assertThat(sent.path("warnings").toString()).contains("NEW-VA.arrival-too-late");
        JsonNode atB = b.await(neu, v -> v.path("phase").asString().equals("VA_PENDING"));
        assertThat(atB.path("timeline").get(0).path("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(atB.path("timeline").get(0).path("outcomeDetail").asString()).contains("NEW-VA.arrival-too-late");
        for (Gateway g : List.of(a, b)) {
            assertFollowedUp(g, old, neu, "TOO_LATE", "NEW_VA_AFTER_STR_AEN_AUF");
        }
        // processed as any VA: the EKPabg agrees to it
        b.ok(
                "/api/vorabstimmungen/" + neu + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}]," + "\"wechseltermin\":\"2026-12-22\"" + LINE + "}");
        a.await(neu, v -> v.path("phase").asString().equals("AGREED"));
        settled(neu);
    }

    @AfterEach
    void backToTheFixedBusinessDay() {
        businessDay(a, "2026-11-25");
        businessDay(b, "2026-11-25");
    }

    /** An agreed VA-KUE-MRN for this Kopfnummer, voided by a Storno-Aenderung of A ("AUF") or B ("ABG") and its ERLM. */
    String voided(String kopf, String sender) {
        String id = agreed("VA-KUE-MRN", kopf);
        Gateway requester = sender.equals("AUF") ? a : b;
        Gateway answerer = sender.equals("AUF") ? b : a;
        String grund = sender.equals("ABG") ? ",\"stornogrund\":\"Termin vorziehen\"" : "";
        requester.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AENDERUNG\"" + grund + "}");
        answerer.await(id, v -> v.path("changeRequest").asString().startsWith("STR_AEN"));
        answerer.ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
        requester.await(id, v -> v.path("phase").asString().equals("NEW_VA"));
        JsonNode view = settled(id);
        assertThat(view.path("akmTr").asString())
                .as("a voided VA owes no AKM-TR")
                .isEqualTo("NOT_APPLICABLE");
        return id;
    }

    /**
     * On this gateway: the voided VA names its follow-up, its NEW_VA deadline is closed and it owes no AKM-TR; the
     * follow-up names the voided VA and how it arrived.
     */
    static void assertFollowedUp(Gateway g, String old, String neu, String arrival, String awaited) {
        JsonNode voided = g.await(old, v -> v.path("folgeVa").asString().equals(neu));
        assertThat(voided.path("phase").asString()).isEqualTo("NEW_VA");
        assertThat(voided.path("akmTr").asString()).as(g.carrier()).isEqualTo("NOT_APPLICABLE");
        JsonNode d = deadline(voided, awaited);
        assertThat(d.path("open").asBoolean())
                .as(g.carrier() + ": " + awaited + " closed")
                .isFalse();
        assertThat(d.path("overdue").asBoolean()).isFalse();
        JsonNode followUp = g.vorabstimmung(neu);
        assertThat(followUp.path("vorgaengerVa").asString()).as(g.carrier()).isEqualTo(old);
        assertThat(followUp.path("newVaArrival").asString()).as(g.carrier()).isEqualTo(arrival);
        assertThat(absent(followUp.path("folgeVa"))).isTrue();
        assertThat(absent(voided.path("vorgaengerVa"))).isTrue();
    }

    /** The deadline row awaiting this answer (open or closed); fails if there is none. */
    static JsonNode deadline(JsonNode view, String awaited) {
        for (JsonNode d : view.path("deadlines")) {
            if (d.path("awaited").asString().equals(awaited)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + awaited + " in " + view.path("deadlines"));
    }

    static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static final java.util.concurrent.atomic.AtomicInteger KOPFNUMMER =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A Kopfnummer under ONKZ 89 that no other flow uses (the standard one is 123456). */
    static String kopfnummer() {
        return String.valueOf(700000 + KOPFNUMMER.incrementAndGet());
    }

    // --- automatic answers (spec §7): a partner that misbehaves is played by posting crafted SOAP to B as DEU.AAAA

    @Test
    void tvForAnUnknownVaIsAnswered8140() {
        String unknown = "DEU.AAAA.V9"
                + Long.toString(System.nanoTime() % 100_000_000L + 100_000_000L).substring(1);
        crafted.post(b, crafted.tv(unknown, "DEU.AAAA.T900000001", NEW_DATE));
        assertThat(answerOf(b, unknown)).isEqualTo("8140");
    }

    @Test
    void tvBeforeTheAgreedDateIsAnswered8141() {
        String id = agreed("VA-KUE-MRN");
        crafted.post(b, crafted.tv(id, "DEU.AAAA.T900000002", "2026-12-09"));
        assertThat(answerOf(b, id)).isEqualTo("8141");
        assertThat(b.vorabstimmung(id).path("changeRequest").asString()).isEqualTo("NONE");
        a.await(id, v -> v.path("klaerfall").asBoolean());
    }

    @Test
    void aReusedAenderungsIdIsAnswered8115() {
        String id = agreed("VA-KUE-ORN");
        a.ok("/api/vorabstimmungen/" + id + "/tv", "{\"neuerKundenwunschtermin\":\"" + NEW_DATE + "\"}");
        b.await(id, v -> v.path("changeRequest").asString().equals("TV"));
        b.ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
        JsonNode view = settled(id);
        String tvId = view.path("timeline").get(2).path("requestId").asString();
        crafted.post(b, crafted.tv(id, tvId, "2027-01-12"));
        assertThat(answerOf(b, id)).isEqualTo("8115");
    }

    @Test
    void aSecondChangeRequestIsAnswered8142() {
        String id = agreed("VA-KUE-MRN");
        a.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AENDERUNG\"}");
        b.await(id, v -> v.path("changeRequest").asString().equals("STR_AEN_AUF"));
        crafted.post(b, crafted.stornoAufhebung(id, "DEU.AAAA.S900000003"));
        assertThat(answerOf(b, id)).isEqualTo("8142");
        assertThat(b.vorabstimmung(id).path("changeRequest").asString()).isEqualTo("STR_AEN_AUF");
    }

    @Test
    void aDuplicateAkmTrIsAnsweredAbbmTr8148AndTheTakeOverStands() {
        String id = agreed("VA-KUE-MRN");
        a.ok("/api/vorabstimmungen/" + id + "/akm-tr", AKM_TR);
        b.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
        crafted.post(b, crafted.akmTr(id));
        assertThat(answerOf(b, id)).isEqualTo("8148");
        JsonNode atA = a.await(id, v -> v.path("timeline").size() == 4);
        assertThat(atA.path("akmTr").asString()).isEqualTo("CONFIRMED");
        assertThat(atA.path("klaerfall").asBoolean()).isFalse();
    }

    final CraftedMessages crafted = new CraftedMessages("DEU.AAAA", "DEU.BBBB");

    /** The Meldungscode of the last message B sent for this VA, once it was delivered. */
    String answerOf(Gateway gateway, String vaId) {
        return crafted.lastAnswerCode(gateway, vaId);
    }

    // --- building blocks

    static final String PERSON = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"hausnummernZusatz\":\"a\",\"postleitzahl\":\"80992\",\"ort\":\"München\"}";
    static final String ANLAGE = "{\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"123456\","
            + "\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]},\"portierungszeitfenster\":\"ZF2\"}";
    static final String LINE = ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V123456\","
            + "\"identifizierer\":\"I12345\",\"kennungTNBabg\":\"D001\"}]";
    static final String AKM_TR =
            "{\"ressourcenuebernahme\":true,\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"V123456\"}],"
                    + "\"sichererHafen\":true}";

    static String va(String gf) {
        return va(gf, "123456", KWT);
    }

    /** The standard VA, for a VA-KUE-MRN or VA-RRNP with the block under this Kopfnummer. */
    static String va(String gf, String kopf, String kwt) {
        StringBuilder json = new StringBuilder(
                "{\"geschaeftsfall\":\"" + gf + "\",\"ekpAbg\":\"DEU.BBBB\","
                        + "\"kundenwunschtermin\":\"" + kwt + "\",\"endkunde\":" + PERSON
                        + ",\"weitereAnschlussinhaber\":[{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}]");
        if (!gf.equals("VA-RRNP")) {
            json.append(",\"standort\":").append(STANDORT);
        }
        if (gf.equals("VA-KUE-ORN")) {
            json.append(",\"anschlussidentifikation\":{\"onkz\":\"89\",\"rufnummer\":\"123456789\"}");
        } else {
            json.append(",\"rufnummernPortierung\":").append(ANLAGE.replace("123456", kopf));
        }
        return json.append('}').toString();
    }

    /** Moves the gateway's business clock to 10:00 (Berlin) on the day; deadlines count from it. */
    static void businessDay(Gateway gateway, String date) {
        gateway.context()
                .getBean(AdjustableClock.class)
                .set(LocalDate.parse(date)
                        .atTime(10, 0)
                        .atZone(ZoneId.of("Europe/Berlin"))
                        .toInstant());
    }

    /** A starts a VA with the catalogue's standard data; B has it. */
    String start(String gf) {
        return start(gf, "123456");
    }

    String start(String gf, String kopf) {
        String id = a.ok("/api/vorabstimmungen", va(gf, kopf, KWT))
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        return id;
    }

    /** VA → RUEM-VA (ZWA, Wechseltermin = KWT): agreed on both sides. */
    String agreed(String gf) {
        return agreed(gf, "123456");
    }

    String agreed(String gf, String kopf) {
        String id = start(gf, kopf);
        boolean kue = !gf.equals("VA-RRNP");
        b.ok(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}]," + "\"wechseltermin\":\"" + KWT + "\""
                        + (kue ? LINE : "") + "}");
        a.await(id, v -> v.path("phase").asString().equals("AGREED"));
        return id;
    }

    /**
     * Waits until every message of the Vorabstimmung was delivered both ways, then asserts that both instances
     * agree on the state and on the timeline (same messages in the same order, directions mirrored).
     */
    JsonNode settled(String id) {
        JsonNode viewA = a.await(id, v -> allDelivered(v));
        JsonNode viewB = b.await(
                id,
                v -> allDelivered(v)
                        && v.path("timeline").size()
                                == a.vorabstimmung(id).path("timeline").size());
        viewA = a.vorabstimmung(id);
        for (String field :
                List.of("geschaeftsfall", "phase", "akmTr", "changeRequest", "kundenwunschtermin", "wechseltermin")) {
            assertThat(viewB.path(field).toString())
                    .as(field)
                    .isEqualTo(viewA.path(field).toString());
        }
        assertThat(viewA.path("ownRole").asString()).isEqualTo("EKP_AUF");
        assertThat(viewB.path("ownRole").asString()).isEqualTo("EKP_ABG");
        assertThat(timeline(viewB))
                .isEqualTo(
                        timeline(viewA).stream().map(TwoGatewaysFlows::mirror).toList());
        return viewA;
    }

    private static boolean allDelivered(JsonNode view) {
        for (JsonNode m : view.path("timeline")) {
            if (m.path("direction").asString().equals("OUT")
                    && !m.path("delivery").path("status").asString().equals("DELIVERED")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> timeline(JsonNode view) {
        List<String> entries = new ArrayList<>();
        for (JsonNode m : view.path("timeline")) {
            entries.add(m.path("direction").asString() + " " + m.path("type").asString() + " "
                    + m.path("geschaeftsfall").asString() + " "
                    + m.path("requestId").asString());
        }
        return entries;
    }

    private static String mirror(String entry) {
        return entry.startsWith("IN ") ? "OUT " + entry.substring(3) : "IN " + entry.substring(4);
    }
}
