package org.wbcigateway.gateway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.actions.ConfirmVorabstimmung;
import org.wbcigateway.gateway.inbound.InboxService;
import org.wbcigateway.gateway.support.OpenApiContract;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.StoredMessages;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;
import org.wbcigateway.wire.WbciCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real loopback HTTP against one shared application context. The partner's endpoint does not
 * listen, so outgoing messages stay queued in the outbox. VAs of the partner (for our EKPabg actions) are fed to the
 * inbox directly.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.AAAA",
            "wbci.portierungskennung=D0AA",
            "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.fixed-clock=2026-11-25T10:00:00+01:00",
            "spring.main.banner-mode=off",
            "wbci.decision.mode=REVIEW"
        })
class RestApiTest {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.settings("DEU.AAAA", "DEU.BBBB").forEach((k, v) -> registry.add(k, () -> v));
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final CarrierCode US = CarrierCode.of("DEU.AAAA");
    private static final CarrierCode PARTNER = CarrierCode.of("DEU.BBBB");
    private static final AtomicInteger INBOUND = new AtomicInteger();

    static final String KWT = "2026-12-16";
    static final String PERSON = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    static final String FIRMA = "{\"firma\":{\"anrede\":\"4\",\"firmenname\":\"McFly GmbH\"}}";
    static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"hausnummernZusatz\":\"a\",\"postleitzahl\":\"80992\",\"ort\":\"München\"}";
    static final String ANLAGE = "{\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"123456\","
            + "\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]},\"portierungszeitfenster\":\"ZF2\"}";
    static final String EINZEL = "{\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\"99999999\"},"
            + "{\"onkz\":\"30\",\"rufnummer\":\"99999998\"}]},\"portierungszeitfenster\":\"ZF1\"}";

    @LocalServerPort
    int port;

    @Autowired
    InboxService inbox;

    @Autowired
    WbciCodec codec;

    @Autowired
    StoredMessages storedMessages;

    @Autowired
    Vorabstimmungen vorabstimmungen;

    @Autowired
    ConfirmVorabstimmung confirmVorabstimmung;

    @Autowired
    TransactionTemplate tx;

    record Reply(int status, String contentType, String location, JsonNode body) {}

    /** Every answer the tests below got, held against the OpenAPI document once they are done. */
    private static final List<OpenApiContract.Exchange> EXCHANGES =
            java.util.Collections.synchronizedList(new ArrayList<>());

    private static final java.util.concurrent.atomic.AtomicReference<String> BASE =
            new java.util.concurrent.atomic.AtomicReference<>();

    @AfterAll
    static void everyAnswerIsAsTheOpenApiDocumentSays() throws Exception {
        HttpResponse<String> docs = HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE.get() + "api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        OpenApiContract contract = OpenApiContract.of(docs.body());
        List<String> violations = new ArrayList<>();
        List.copyOf(EXCHANGES).forEach(e -> violations.addAll(contract.violations(e)));
        assertThat(violations).as("answers that differ from /api-docs").isEmpty();
        assertThat(contract.covered()).as("operations checked").isNotEmpty();
    }

    // --- starting a VA

    @ParameterizedTest
    @ValueSource(strings = {"VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP"})
    void startsAVorabstimmungForEachGeschaeftsfall(String gf) {
        Reply created = post("/api/vorabstimmungen", va(gf, KWT, true, "80992"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("vorabstimmungsId").asString();
        assertThat(id).matches("DEU\\.AAAA\\.V\\d{9}");
        assertThat(created.body().path("messageId").asLong()).isPositive();
        assertThat(created.body().path("warnings").isArray()).isTrue();
        assertThat(created.location()).endsWith("/api/vorabstimmungen/" + id);

        JsonNode view = get("/api/vorabstimmungen/" + id).body();
        assertThat(view.path("vorabstimmungsId").asString()).isEqualTo(id);
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo(gf);
        assertThat(view.path("ownRole").asString()).isEqualTo("EKP_AUF");
        assertThat(view.path("partner").asString()).isEqualTo("DEU.BBBB");
        assertThat(view.path("phase").asString()).isEqualTo("VA_PENDING");
        assertThat(view.path("changeRequest").asString()).isEqualTo("NONE");
        assertThat(view.path("kundenwunschtermin").asString()).isEqualTo(KWT);
        assertThat(view.path("klaerfall").asBoolean()).isFalse();

        JsonNode deadline = single(view.path("deadlines"), "RUEM_VA_OR_ABBM");
        assertThat(deadline.path("owedBy").asString()).isEqualTo("PARTNER");
        assertThat(deadline.path("owedByRole").asString()).isEqualTo("EKP_ABG");
        assertThat(deadline.path("startedOn").asString()).isEqualTo("2026-11-25");
        assertThat(deadline.path("due").asString()).isEqualTo("2026-11-30");
        assertThat(deadline.path("open").asBoolean()).isTrue();
        assertThat(deadline.path("overdue").asBoolean()).isFalse();

        assertThat(view.path("timeline").size()).isEqualTo(1);
        JsonNode va = view.path("timeline").get(0);
        assertThat(va.path("messageId").asLong())
                .isEqualTo(created.body().path("messageId").asLong());
        assertThat(va.path("direction").asString()).isEqualTo("OUT");
        assertThat(va.path("type").asString()).isEqualTo(gf.replace('-', '_'));
        assertThat(va.path("requestId").asString()).isEqualTo(id);
        assertThat(va.path("outcome").asString()).isEqualTo("QUEUED");
        assertThat(va.path("delivery").path("status").asString()).isIn("PENDING", "DEAD");
        assertThat(va.path("raw").asString()).contains("<VorabstimmungsId>" + id + "</VorabstimmungsId>");
        JsonNode parsed = va.path("parsed");
        assertThat(parsed.path("vorabstimmungsId").toString()).contains(id);
        assertThat(parsed.path("kundenwunschtermin").asString()).isEqualTo(KWT);
        assertThat(parsed.path("endkunde").path("nachname").asString()).isEqualTo("McFly");
        assertThat(parsed.path("weitereAnschlussinhaber")
                        .get(0)
                        .path("firmenname")
                        .asString())
                .isEqualTo("McFly GmbH");
        if (gf.equals("VA-RRNP")) {
            assertThat(parsed.path("rufnummernPortierung").toString())
                    .as("PKIauf filled in")
                    .contains("D0AA");
            assertThat(parsed.path("standort").isNull()).isTrue();
        } else {
            assertThat(parsed.path("standort").path("ort").asString()).isEqualTo("München");
        }

        JsonNode listed = get("/api/vorabstimmungen?phase=VA_PENDING&geschaeftsfall=" + gf
                        + "&partner=DEU.BBBB&limit=500")
                .body();
        assertThat(ids(listed)).contains(id);
        assertThat(ids(get("/api/vorabstimmungen?phase=AGREED&limit=500").body()))
                .doesNotContain(id);
    }

    @Test
    void aKundenwunschterminTooEarlyIsRefusedWith422AndNothingIsStored() {
        int vorabstimmungen = get("/api/vorabstimmungen?limit=500").body().size();
        int outbox = get("/api/outbox?limit=500").body().size();

        Reply refused = post("/api/vorabstimmungen", va("VA-KUE-MRN", "2026-11-27", true, "80992"));

        assertProblem(refused, 422);
        assertThat(refused.body().path("title").asString()).contains("KWT.lead-time");
        assertThat(refused.body().path("kind").asString()).isEqualTo("CONTENT");
        assertThat(rules(refused)).contains("KWT.lead-time");
        assertThat(refused.body().path("violations").get(0).path("description").asString())
                .isNotBlank();
        assertThat(get("/api/vorabstimmungen?limit=500").body().size()).isEqualTo(vorabstimmungen);
        assertThat(get("/api/outbox?limit=500").body().size()).isEqualTo(outbox);
    }

    @Test
    void aVaKueMrnWithoutStandortIsRefusedWith422() {
        int vorabstimmungen = get("/api/vorabstimmungen?limit=500").body().size();

        Reply refused = post("/api/vorabstimmungen", va("VA-KUE-MRN", KWT, false, "80992"));

        assertProblem(refused, 422);
        assertThat(rules(refused)).containsExactly("VA.Standort.required");
        assertThat(refused.body().path("title").asString()).contains("VA.Standort.required");
        assertThat(get("/api/vorabstimmungen?limit=500").body().size()).isEqualTo(vorabstimmungen);
    }

    @Test
    void anInvalidPostleitzahlIsA400NamingTheSimpleType() {
        Reply refused = post("/api/vorabstimmungen", va("VA-KUE-ORN", KWT, true, "8063"));

        assertProblem(refused, 400);
        assertThat(refused.body().path("rule").asString()).isEqualTo("POSTLEITZAHL");
        assertThat(refused.body().path("detail").asString()).contains("8063");
    }

    @Test
    void unreadableOrIncompleteBodiesAre400Problems() {
        Reply badJson = post("/api/vorabstimmungen", "{\"geschaeftsfall\": ");
        assertProblem(badJson, 400);
        assertThat(badJson.body().path("rule").asString()).isEqualTo("structure");

        Reply noBody = post("/api/vorabstimmungen", "");
        assertProblem(noBody, 400);

        Reply unknownEnum =
                post("/api/vorabstimmungen", va("VA-RRNP", KWT, false, "80992").replace("ZF1", "ZF9"));
        assertProblem(unknownEnum, 400);
        assertThat(unknownEnum.body().path("detail").asString())
                .contains("rufnummernPortierung.portierungszeitfenster")
                .contains("ZF9");

        Reply badDate = post("/api/vorabstimmungen", va("VA-RRNP", "16.12.2026", false, "80992"));
        assertProblem(badDate, 400);
        assertThat(badDate.body().path("detail").asString()).contains("kundenwunschtermin");

        Reply missing = post("/api/vorabstimmungen", "{\"geschaeftsfall\":\"VA-RRNP\",\"ekpAbg\":\"DEU.BBBB\"}");
        assertProblem(missing, 400);
        assertThat(missing.body().path("detail").asString()).contains("kundenwunschtermin is required");

        Reply unknownGf =
                post("/api/vorabstimmungen", va("VA-RRNP", KWT, false, "80992").replace("VA-RRNP", "VA-XYZ"));
        assertProblem(unknownGf, 400);
        assertThat(unknownGf.body().path("detail").asString()).contains("VA-XYZ");

        Reply badFilter = get("/api/vorabstimmungen?phase=SOMEWHERE");
        assertProblem(badFilter, 400);
        assertThat(badFilter.body().path("detail").asString()).contains("phase");

        Reply bothOrNone = post(
                "/api/vorabstimmungen",
                va("VA-RRNP", KWT, false, "80992")
                        .replace(
                                PERSON,
                                "{\"person\":{\"anrede\":\"1\",\"nachname\":\"X\"},\"firma\":{\"anrede\":\"4\",\"firmenname\":\"Y\"}}"));
        assertProblem(bothOrNone, 400);
        assertThat(bothOrNone.body().path("detail").asString()).contains("exactly one of person or firma");
    }

    @Test
    void anUnregisteredPartnerIsRefused() {
        Reply refused =
                post("/api/vorabstimmungen", va("VA-RRNP", KWT, false, "80992").replace("DEU.BBBB", "DEU.CCCC"));
        assertProblem(refused, 422);
        assertThat(refused.body().path("violations").get(0).path("rule").asString())
                .isEqualTo("GATEWAY.partner-unknown");
        assertThat(refused.body().path("violations").get(0).path("detail").asString())
                .contains("DEU.CCCC");
    }

    // --- actions

    @Test
    void aTvWhileTheVaIsPendingIsA409NamingTheStateRule() {
        String id = start("VA-KUE-MRN");

        Reply refused = post("/api/vorabstimmungen/" + id + "/tv", "{\"neuerKundenwunschtermin\":\"2026-12-29\"}");

        assertProblem(refused, 409);
        assertThat(refused.body().path("kind").asString()).isEqualTo("STATE");
        assertThat(rules(refused)).containsExactly("STATE.phase");
        assertThat(get("/api/vorabstimmungen/" + id).body().path("timeline").size())
                .isEqualTo(1);
    }

    @Test
    void aStornoOfOurOwnIsQueuedAndWeCannotAnswerIt() {
        String id = start("VA-KUE-ORN");

        Reply storno = post("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AUFHEBUNG\"}");
        assertThat(storno.status()).as(storno.toString()).isEqualTo(202);
        assertThat(storno.body().path("vorabstimmungsId").asString()).isEqualTo(id);

        JsonNode view = get("/api/vorabstimmungen/" + id).body();
        assertThat(view.path("changeRequest").asString()).isEqualTo("STR_AUFH_AUF");
        assertThat(view.path("timeline").get(1).path("type").asString()).isEqualTo("STR_AUFH_AUF");
        assertThat(view.path("timeline").get(1).path("requestId").asString()).matches("DEU\\.AAAA\\.S\\d{9}");
        assertThat(single(view.path("deadlines"), "ERLM_OR_ABBM_TO_STORNO")
                        .path("owedBy")
                        .asString())
                .isEqualTo("PARTNER");

        assertProblem(post("/api/vorabstimmungen/" + id + "/change-request/erlm", null), 409);
        assertProblem(post("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AENDERUNG\"}"), 409);
        assertProblem(post("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"WEG\"}"), 400);
    }

    @Test
    void asEkpAbgWeAnswerAVaWithARuemVaConfirmingItsNumbers() {
        String id = receiveVa(Geschaeftsfall.VA_KUE_MRN);
        JsonNode pending = get("/api/vorabstimmungen/" + id).body();
        assertThat(pending.path("ownRole").asString()).isEqualTo("EKP_ABG");
        assertThat(single(pending.path("deadlines"), "RUEM_VA_OR_ABBM")
                        .path("owedBy")
                        .asString())
                .isEqualTo("US");

        Reply ruem = post("/api/vorabstimmungen/" + id + "/ruem-va", """
                {"positionen":[{"meldungscode":"8001"},
                               {"meldungscode":"8105","adresseAbweichend":{"attribut":"ORT","wert":"Starnberg"}}],
                 "wechseltermin":"2026-12-16","technologie":"001 TAL ISDN",
                 "ressourcen":[{"vertragsnummer":"V123456","lineId":"DEU.AAAA.1754639821"}]}""");

        assertThat(ruem.status()).as(ruem.toString()).isEqualTo(202);
        JsonNode view = get("/api/vorabstimmungen/" + id).body();
        assertThat(view.path("phase").asString()).isEqualTo("AGREED");
        assertThat(view.path("akmTr").asString()).isEqualTo("AWAITED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(KWT);
        JsonNode timeline = view.path("timeline");
        assertThat(timeline.get(0).path("direction").asString()).isEqualTo("IN");
        assertThat(timeline.get(0).path("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(timeline.get(0).has("delivery")).isTrue();
        assertThat(timeline.get(0).path("delivery").isNull()).isTrue();
        assertThat(timeline.get(1).path("type").asString()).isEqualTo("RUEM_VA");
        assertThat(timeline.get(1).path("raw").asString())
                .contains("D0AA")
                .contains("Starnberg")
                .contains("Zustimmung zum Wunschtermin");
        assertThat(single(view.path("deadlines"), "RUEM_VA_OR_ABBM")
                        .path("open")
                        .asBoolean())
                .isFalse();
        assertThat(single(view.path("deadlines"), "AKM_TR").path("owedBy").asString())
                .isEqualTo("PARTNER");

        Reply again = post(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"2026-12-16\"}");
        assertProblem(again, 409);
    }

    @Test
    void aRuemVaWithADateTooEarlyIs422AndAWrongCodeIs400() {
        String id = receiveVa(Geschaeftsfall.VA_RRNP);

        Reply early = post(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"2026-11-25\"}");
        assertProblem(early, 422);
        assertThat(rules(early)).contains("WT.lead-time");

        Reply wrongCode = post(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8103\"}],\"wechseltermin\":\"2026-12-16\"}");
        assertProblem(wrongCode, 400);
        assertThat(wrongCode.body().path("detail").asString()).contains("8103");

        Reply unknownCode = post(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"9999\"}],\"wechseltermin\":\"2026-12-16\"}");
        assertProblem(unknownCode, 400);

        assertThat(get("/api/vorabstimmungen/" + id).body().path("timeline").size())
                .isEqualTo(1);
    }

    @Test
    void asEkpAbgWeRejectAVaWithAnAbbmListingNumbers() {
        String id = receiveVa(Geschaeftsfall.VA_KUE_ORN);

        Reply abbm = post("/api/vorabstimmungen/" + id + "/abbm", """
                {"positionen":[{"meldungscode":"8103","rufnummern":[{"onkz":"89","rufnummer":"123456789"}]}]}""");

        assertThat(abbm.status()).as(abbm.toString()).isEqualTo(202);
        JsonNode view = get("/api/vorabstimmungen/" + id).body();
        assertThat(view.path("phase").asString()).isEqualTo("REJECTED");
        assertThat(view.path("timeline").get(1).path("type").asString()).isEqualTo("ABBM");
        assertThat(view.path("timeline")
                        .get(1)
                        .path("parsed")
                        .path("positionen")
                        .get(0)
                        .path("rufnummern")
                        .get(0)
                        .path("nummer")
                        .asString())
                .isEqualTo("123456789");
        view.path("deadlines")
                .forEach(d ->
                        assertThat(d.path("open").asBoolean()).as(d.toString()).isFalse());

        assertProblem(
                post("/api/vorabstimmungen/" + id + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}"), 409);
    }

    /**
     * A unit of work reads a stored message from its bytes once, however often it loads the Vorabstimmung: here as
     * the decision worker does, which reads it, decides, and answers through an action that locks it again.
     */
    @Test
    void aUnitOfWorkReadsTheStoredVaOnce() {
        VorabstimmungsId id = VorabstimmungsId.of(receiveVa(Geschaeftsfall.VA_RRNP));
        storedMessages.forget(); // as on a node that did not receive the VA itself
        long before = storedMessages.parses();

        tx.executeWithoutResult(status -> {
            Vorabstimmung pending = vorabstimmungen.find(id).orElseThrow().aggregate();
            confirmVorabstimmung.confirm(
                    pending.id(),
                    List.of(Meldungsposition.of(Meldungscode.ZWA)),
                    pending.kundenwunschtermin(),
                    null,
                    List.of(),
                    null);
            assertThat(vorabstimmungen.find(id).orElseThrow().aggregate().va()).isEqualTo(pending.va());
        });

        assertThat(storedMessages.parses() - before).isEqualTo(1);
        assertThat(get("/api/vorabstimmungen/" + id.value())
                        .body()
                        .path("phase")
                        .asString())
                .isEqualTo("AGREED");
    }

    /** 8141 is an ABBM code, but it refuses a TV, not a VA: refused naming the codes that fit; nothing is stored. */
    @Test
    void anAbbmCodeThatDoesNotFitTheRequestIs422NamingTheAllowedCodes() {
        String id = receiveVa(Geschaeftsfall.VA_KUE_ORN);

        Reply refused = post("/api/vorabstimmungen/" + id + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8141\"}]}");

        assertProblem(refused, 422);
        assertThat(refused.body().path("kind").asString()).isEqualTo("CONTENT");
        assertThat(rules(refused)).containsExactly(ContentRule.ANSWER_CODE.id());
        assertThat(refused.body().path("violations").get(0).path("detail").asString())
                .contains("8141")
                .contains("allowed")
                .contains("8117")
                .doesNotContain("8142");
        JsonNode view = get("/api/vorabstimmungen/" + id).body();
        assertThat(view.path("phase").asString()).isEqualTo("VA_PENDING");
        assertThat(view.path("timeline").size()).isEqualTo(1);
    }

    @Test
    void unknownVorabstimmungenAre404AndMalformedIdsAre400() {
        assertProblem(get("/api/vorabstimmungen/DEU.AAAA.V999999999"), 404);
        assertProblem(
                post("/api/vorabstimmungen/DEU.AAAA.V999999999/tv", "{\"neuerKundenwunschtermin\":\"2026-12-29\"}"),
                404);
        assertProblem(post("/api/vorabstimmungen/DEU.AAAA.V999999999/change-request/erlm", null), 404);
        Reply malformed = get("/api/vorabstimmungen/not-an-id");
        assertProblem(malformed, 400);
        assertThat(malformed.body().path("rule").asString()).isEqualTo("VORABSTIMMUNGS_ID");
    }

    // --- outbox

    @Test
    void theOutboxListsTheQueuedVaAndResendsOnlyDeadLetters() {
        String id = start("VA-RRNP");
        long messageId = get("/api/vorabstimmungen/" + id)
                .body()
                .path("timeline")
                .get(0)
                .path("messageId")
                .asLong();

        JsonNode entries = get("/api/outbox?limit=500").body();
        JsonNode entry = null;
        for (JsonNode e : entries) {
            if (e.path("vorabstimmungsId").asString().equals(id)) {
                entry = e;
            }
        }
        assertThat(entry).as("outbox entry of " + id + " in " + entries).isNotNull();
        assertThat(entry.path("messageId").asLong()).isEqualTo(messageId);
        assertThat(entry.path("partner").asString()).isEqualTo("DEU.BBBB");
        assertThat(entry.path("status").asString()).isEqualTo("PENDING");
        assertThat(ids(get("/api/outbox?status=PENDING&limit=500").body(), "vorabstimmungsId"))
                .contains(id);
        assertThat(ids(get("/api/outbox?status=DELIVERED").body(), "vorabstimmungsId"))
                .doesNotContain(id);

        Reply notDead = post("/api/outbox/" + entry.path("id").asLong() + "/resend", null);
        assertProblem(notDead, 409);
        assertThat(notDead.body().path("detail").asString()).contains("PENDING");
        assertProblem(post("/api/outbox/987654321/resend", null), 404);
        assertProblem(get("/api/outbox?status=LOST"), 400);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Reply docs = get("/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/vorabstimmungen")).isTrue();
        assertThat(docs.body().path("paths").has("/api/vorabstimmungen/{id}/ruem-va"))
                .isTrue();
        assertThat(docs.body().path("paths").has("/api/outbox/{id}/resend")).isTrue();
        JsonNode schemas = docs.body().path("components").path("schemas");
        assertThat(ids(schemas.path("FeedEvent").path("properties").path("type").path("enum"), null))
                .as("the feed's event types, as the feed writes them")
                .contains("RECEIVED_RUEM-VA", "STATE_AGREED", "TECHNICAL_REJECTION", "ESCALATION_L3")
                .hasSize(CrmEventType.values().length);
        assertThat(schemas.path("VorabstimmungView")
                        .path("properties")
                        .path("akmTr")
                        .toString())
                .contains("TEQ_REFUSED");
        assertThat(schemas.path("VorabstimmungView")
                        .path("properties")
                        .path("klaerfallKind")
                        .toString())
                .contains("TAKE_OVER_REFUSED");
    }

    // --- helpers

    static String va(String gf, String kwt, boolean withStandort, String plz) {
        StringBuilder json = new StringBuilder("{\"geschaeftsfall\":\"" + gf + "\",\"ekpAbg\":\"DEU.BBBB\","
                + "\"kundenwunschtermin\":\"" + kwt + "\",\"endkunde\":" + PERSON
                + ",\"weitereAnschlussinhaber\":[" + FIRMA + "],\"projektId\":{\"projektkenner\":\"P-4711\"}");
        if (withStandort && !gf.equals("VA-RRNP")) {
            json.append(",\"standort\":").append(STANDORT.replace("80992", plz));
        }
        switch (gf) {
            case "VA-KUE-MRN" -> json.append(",\"rufnummernPortierung\":").append(ANLAGE);
            case "VA-KUE-ORN" ->
                json.append(",\"anschlussidentifikation\":{\"onkz\":\"89\",\"rufnummer\":\"123456789\"}");
            default -> json.append(",\"rufnummernPortierung\":").append(EINZEL);
        }
        return json.append('}').toString();
    }

    private String start(String gf) {
        Reply created = post("/api/vorabstimmungen", va(gf, KWT, true, "80992"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().path("vorabstimmungsId").asString();
    }

    /** A VA of the partner, received as if through the SOAP endpoint; we are its EKPabg. */
    private String receiveVa(Geschaeftsfall gf) {
        Vorabstimmungsanfrage kft = KftMessages.va(gf);
        VorabstimmungsId id = VorabstimmungsId.of(String.format("DEU.BBBB.VAPI%06d", INBOUND.incrementAndGet()));
        Vorabstimmungsanfrage va = new Vorabstimmungsanfrage(
                gf,
                PARTNER,
                new Endkundenvertragspartner(PARTNER, US),
                id,
                kft.kundenwunschtermin(),
                kft.endkunde(),
                kft.weitereAnschlussinhaber(),
                kft.projektId(),
                kft.standort(),
                kft.anschlussidentifikation(),
                kft.rufnummernPortierung());
        Control now = Control.v200(
                java.time.OffsetDateTime.now(), KftMessages.control().signaturId());
        InboxService.Receipt receipt =
                inbox.receive(TestKeys.sign(PARTNER.value(), codec.writeMessageSoap(new Envelope<>(now, va))), null);
        assertThat(receipt.positive()).as("inbound VA accepted").isTrue();
        return id.value();
    }

    private static JsonNode single(JsonNode deadlines, String awaited) {
        List<JsonNode> found = new ArrayList<>();
        deadlines.forEach(d -> {
            if (d.path("awaited").asString().equals(awaited)) {
                found.add(d);
            }
        });
        assertThat(found).as(awaited + " in " + deadlines).hasSize(1);
        return found.get(0);
    }

    private static List<String> ids(JsonNode list) {
        return ids(list, "vorabstimmungsId");
    }

    /** The field of every element; {@code null}: the elements themselves. */
    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add((field == null ? n : n.path(field)).asString()));
        return ids;
    }

    private static List<String> rules(Reply problem) {
        return ids(problem.body().path("violations"), "rule");
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body().path("status").asInt()).isEqualTo(status);
        assertThat(reply.body().path("title").asString()).isNotBlank();
        assertThat(reply.body().path("detail").asString()).isNotBlank();
        assertThat(reply.body().toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WithOrWithoutContentLength() {
        String huge = "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        long before = jdbcCount();

        Reply declared = post("/api/vorabstimmungen", huge);
        Reply chunked = send(HttpRequest.newBuilder(uri("/api/vorabstimmungen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        for (Reply r : List.of(declared, chunked)) {
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().path("detail").asString()).contains("larger than 1048576 bytes");
        }
        assertThat(jdbcCount()).isEqualTo(before);
    }

    private long jdbcCount() {
        return get("/api/vorabstimmungen").body().size();
    }

    private Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(
                    request.timeout(Duration.ofSeconds(20))
                            .header(
                                    "Authorization",
                                    org.wbcigateway.gateway.support.TestAccess.bearer(
                                            org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            EXCHANGES.add(new OpenApiContract.Exchange(
                    r.request().method(),
                    r.request().uri().getRawPath()
                            + (r.request().uri().getRawQuery() == null
                                    ? ""
                                    : "?" + r.request().uri().getRawQuery()),
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body()));
            BASE.compareAndSet(null, r.request().uri().resolve("/").toString());
            JsonNode body = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null),
                    body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
