package org.wbcigateway.gateway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Idempotency-Key header on the POSTs that send messages: a repeat gets the first response and causes nothing;
 * the same key for another request is refused; a refused request does not use its key up; repeats racing the first
 * request still lead to one effect. The partner does not listen, so every message stays in the outbox, which is
 * where a doubled effect would show. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencyKeyFlows {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    final Gateway gateway;
    private final String base;
    private final String keyPrefix = "k-" + System.nanoTime() + "-";

    IdempotencyKeyFlows(Gateway.Database database, String dbName) {
        int port = Gateway.freePort();
        gateway = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                port,
                "DEU.BBBB",
                Gateway.freePort(),
                database,
                dbName,
                Map.of("wbci.outbox.poll-interval", "1h", "wbci.outbox.wake-on-commit", "false"));
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    record Answer(int status, String body, String location, boolean replayed) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static String va(String kwt) {
        return "{\"geschaeftsfall\":\"VA-KUE-ORN\",\"ekpAbg\":\"DEU.BBBB\",\"kundenwunschtermin\":\"" + kwt + "\","
                + "\"endkunde\":{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}},"
                + "\"standort\":{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\",\"postleitzahl\":\"80992\","
                + "\"ort\":\"München\"},\"anschlussidentifikation\":{\"onkz\":\"89\",\"rufnummer\":\"123456789\"}}";
    }

    Answer post(String path, String key, String json) {
        return post(path, key, json, TestAccess.OPERATOR_TOKEN);
    }

    Answer post(String path, String key, String json, String token) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccess.bearer(token))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            r.header(IdempotencyFilter.HEADER, key);
        }
        try {
            HttpResponse<String> res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    res.statusCode(),
                    res.body(),
                    res.headers().firstValue("Location").orElse(null),
                    res.headers().firstValue(IdempotencyFilter.REPLAYED).isPresent());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String key(String name) {
        return keyPrefix + name;
    }

    long vorabstimmungen() {
        return gateway.get("/api/vorabstimmungen?limit=500").body().size();
    }

    @Test
    void aRepeatedVaGetsTheFirstAnswerAndSendsNothing() {
        long before = vorabstimmungen();
        Answer first = post("/api/vorabstimmungen", key("va"), va("2026-12-16"));
        Answer again = post("/api/vorabstimmungen", key("va"), va("2026-12-16"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(vorabstimmungen()).isEqualTo(before + 1);
    }

    @Test
    void anActionRepeatedIsSentOnce() {
        String id = post("/api/vorabstimmungen", key("storno-va"), va("2026-12-16"))
                .json()
                .path("vorabstimmungsId")
                .asString();
        Answer storno = post("/api/vorabstimmungen/" + id + "/storno", key("storno"), "{\"art\":\"AUFHEBUNG\"}");
        Answer again = post("/api/vorabstimmungen/" + id + "/storno", key("storno"), "{\"art\":\"AUFHEBUNG\"}");
        assertThat(storno.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(storno.body());
        JsonNode view = gateway.vorabstimmung(id);
        assertThat(view.path("timeline").size()).as("VA and one Storno").isEqualTo(2);
        assertThat(view.path("changeRequest").asString()).isEqualTo("STR_AUFH_AUF");
    }

    @Test
    void keysBelongToTheCallerThatSentThem() {
        long before = vorabstimmungen();
        Answer operator = post("/api/vorabstimmungen", key("shared"), va("2026-12-16"));
        Answer admin = post("/api/vorabstimmungen", key("shared"), va("2026-12-17"), TestAccess.ADMIN_TOKEN);
        assertThat(operator.status()).isEqualTo(201);
        assertThat(admin.status())
                .as("another caller's key of the same name is not a repeat")
                .isEqualTo(201);
        assertThat(admin.replayed()).isFalse();
        assertThat(vorabstimmungen()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        Answer first = post("/api/vorabstimmungen", key("other"), va("2026-12-16"));
        long after = vorabstimmungen();
        Answer other = post("/api/vorabstimmungen", key("other"), va("2026-12-17"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("was used for another request");
        assertThat(vorabstimmungen()).isEqualTo(after);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFree() {
        long before = vorabstimmungen();
        Answer tooEarly = post("/api/vorabstimmungen", key("refused"), va("2026-11-26"));
        Answer again = post("/api/vorabstimmungen", key("refused"), va("2026-11-26"));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.replayed())
                .as("refusals are not stored, the request ran again")
                .isFalse();
        assertThat(vorabstimmungen()).isEqualTo(before);
        Answer fixed = post("/api/vorabstimmungen", key("refused-fixed"), va("2026-12-16"));
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(post(
                                "/api/vorabstimmungen/DEU.AAAA.V999999999/tv",
                                key("unknown"),
                                "{\"neuerKundenwunschtermin\":\"2026-12-29\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void withoutAKeyEveryPostActs() {
        long before = vorabstimmungen();
        assertThat(post("/api/vorabstimmungen", null, va("2026-12-16")).status())
                .isEqualTo(201);
        assertThat(post("/api/vorabstimmungen", null, va("2026-12-16")).status())
                .isEqualTo(201);
        assertThat(vorabstimmungen()).isEqualTo(before + 2);
    }

    @Test
    void theOpenApiDescriptionNamesTheHeader() {
        String docs = gateway.get("/api-docs").body().toString();
        assertThat(docs).contains("\"Idempotency-Key\"");
    }

    @Test
    void anInvalidKeyIsRefused() {
        assertThat(post("/api/vorabstimmungen", " ", va("2026-12-16")).status()).isEqualTo(400);
        assertThat(post("/api/vorabstimmungen", "x".repeat(201), va("2026-12-16"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void repeatsRacingTheFirstRequestLeadToOneVa() throws Exception {
        long before = vorabstimmungen();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post("/api/vorabstimmungen", key("race"), va("2026-12-16")));
            }
            Set<String> ids = new HashSet<>();
            int fresh = 0;
            for (Future<Answer> f : pool.invokeAll(calls)) {
                Answer a = f.get();
                assertThat(a.status()).as(a.body()).isEqualTo(201);
                ids.add(a.json().path("vorabstimmungsId").asString());
                fresh += a.replayed() ? 0 : 1;
            }
            assertThat(ids).hasSize(1);
            assertThat(fresh)
                    .as("one request acted, the others were answered from the store")
                    .isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(vorabstimmungen()).isEqualTo(before + 1);
    }
}
