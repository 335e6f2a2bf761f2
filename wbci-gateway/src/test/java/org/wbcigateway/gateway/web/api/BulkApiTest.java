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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/bulk} over real loopback HTTP: each line is its single endpoint's action with the same answer, a
 * refused line changes nothing and stops nothing, results come in order once committed, and the messages of one
 * Vorabstimmung are queued in the order of their lines. The partner does not listen, so everything stays queued.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:bulk-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.AAAA",
            "wbci.portierungskennung=D0AA",
            "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.fixed-clock=2026-11-25T10:00:00+01:00",
            "spring.main.banner-mode=off",
            "wbci.decision.mode=REVIEW"
        })
class BulkApiTest {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.settings("DEU.AAAA", "DEU.BBBB").forEach((k, v) -> registry.add(k, () -> v));
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MessageRepository messages;

    @Autowired
    OutboxRepository outbox;

    @Test
    void eachLineIsItsEndpointsActionAndARefusedLineChangesNothingAndStopsNothing() {
        int before = count();
        List<JsonNode> results = bulk(String.join(
                "\n",
                start("a", "VA-KUE-MRN"),
                "",
                "{\"ref\":\"b\",\"action\":\"START_VORABSTIMMUNG\",\"body\":"
                        + RestApiTest.va("VA-KUE-MRN", RestApiTest.KWT, true, "80992")
                                .replace("VA-KUE-MRN", "VA-XYZ")
                        + "}",
                "{not json",
                start("c", "VA-RRNP"),
                "{\"ref\":\"d\",\"action\":\"TV\",\"body\":{\"neuerKundenwunschtermin\":\"2026-12-18\"}}",
                "{\"ref\":\"e\",\"action\":\"STORNO\",\"vorabstimmungsId\":\"DEU.AAAA.V999999999\","
                        + "\"body\":{\"art\":\"AUFHEBUNG\"}}",
                start("f", "VA-KUE-ORN")));

        assertThat(results).extracting(r -> r.path("line").asInt()).containsExactly(1, 3, 4, 5, 6, 7, 8);
        assertThat(results)
                .extracting(r -> r.path("ref").asString(null))
                .containsExactly("a", "b", null, "c", "d", "e", "f");
        assertThat(results)
                .extracting(r -> r.path("status").asInt())
                .containsExactly(201, 400, 400, 201, 400, 404, 201);
        assertThat(results.get(1).path("problem").path("rule").asString()).isNotBlank();
        assertThat(results.get(4).path("problem").path("detail").asString()).contains("vorabstimmungsId");
        assertThat(results.get(5).path("problem").path("title").asString()).isEqualTo("Not found");
        List<String> created = List.of(id(results.get(0)), id(results.get(3)), id(results.get(6)));
        assertThat(created).doesNotHaveDuplicates().allMatch(id -> id.startsWith("DEU.AAAA.V"));
        assertThat(count()).isEqualTo(before + 3);
        for (String id : created) {
            assertThat(get("/api/vorabstimmungen/" + id).path("phase").asString())
                    .isEqualTo("VA_PENDING");
        }
    }

    @Test
    void aRefusedActionInTheMiddleOfATransactionLeavesItsNeighboursCommittedAndOrderPerVorabstimmungIsKept() {
        List<JsonNode> started = bulk(IntStream.range(0, 3)
                .mapToObj(i -> start("s" + i, "VA-KUE-MRN"))
                .collect(Collectors.joining("\n")));
        List<String> ids = started.stream().map(BulkApiTest::id).toList();

        List<JsonNode> results = bulk(String.join(
                "\n",
                storno("x0", ids.get(0)),
                // a TV before the RUEM-VA breaks a state rule (409) inside the use case
                "{\"ref\":\"tv\",\"action\":\"TV\",\"vorabstimmungsId\":\"" + ids.get(1)
                        + "\",\"body\":{\"neuerKundenwunschtermin\":\"2026-12-18\"}}",
                storno("x1", ids.get(1)),
                storno("unknown", "DEU.AAAA.V999999998"),
                storno("x2", ids.get(2)),
                storno("again", ids.get(2))));

        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(202, 409, 202, 404, 202, 409);
        for (String id : ids) {
            List<MessageRecord> out = messages.timeline(id).stream()
                    .filter(m -> m.direction() == MessageRecord.Direction.OUT)
                    .toList();
            assertThat(out)
                    .extracting(MessageRecord::type)
                    .containsExactly(MessageType.VA_KUE_MRN, MessageType.STR_AUFH_AUF);
            assertThat(outbox.findByMessage(out.get(0).id()).orElseThrow().id())
                    .isLessThan(
                            outbox.findByMessage(out.get(1).id()).orElseThrow().id());
        }
    }

    @Test
    void moreLinesThanOneTransactionTakesAreAllAnsweredInOrder() {
        int lines = BulkController.CHUNK * 2 + 17;
        List<JsonNode> results = bulk(IntStream.range(0, lines)
                .mapToObj(i -> start("n" + i, "VA-KUE-ORN"))
                .collect(Collectors.joining("\n")));

        assertThat(results).hasSize(lines);
        assertThat(results)
                .extracting(r -> r.path("ref").asString())
                .containsExactlyElementsOf(
                        IntStream.range(0, lines).mapToObj(i -> "n" + i).toList());
        assertThat(results).allMatch(r -> r.path("status").asInt() == 201, "all created");
        assertThat(results.stream().map(BulkApiTest::id).distinct().count()).isEqualTo(lines);
    }

    @Test
    void aBulkRequestNeedsNdjson() throws Exception {
        HttpResponse<String> r = HTTP.send(
                authorized(HttpRequest.newBuilder(uri("/api/bulk"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(start("a", "VA-KUE-MRN"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(415);
    }

    // --- helpers

    private static String start(String ref, String gf) {
        return "{\"ref\":\"" + ref + "\",\"action\":\"START_VORABSTIMMUNG\",\"body\":"
                + RestApiTest.va(gf, RestApiTest.KWT, true, "80992") + "}";
    }

    private static String storno(String ref, String id) {
        return "{\"ref\":\"" + ref + "\",\"action\":\"STORNO\",\"vorabstimmungsId\":\"" + id
                + "\",\"body\":{\"art\":\"AUFHEBUNG\"}}";
    }

    private static String id(JsonNode result) {
        return result.path("sent").path("vorabstimmungsId").asString();
    }

    private List<JsonNode> bulk(String ndjson) {
        try {
            HttpResponse<String> r = HTTP.send(
                    authorized(HttpRequest.newBuilder(uri("/api/bulk"))
                                    .header("Content-Type", BulkController.NDJSON)
                                    .POST(HttpRequest.BodyPublishers.ofString(ndjson)))
                            .timeout(Duration.ofMinutes(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(BulkController.NDJSON);
            List<JsonNode> results = new ArrayList<>();
            for (String line : r.body().split("\n")) {
                if (!line.isBlank()) {
                    results.add(JSON.readTree(line));
                }
            }
            return results;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int count() {
        return get("/api/vorabstimmungen?limit=500").size();
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(
                    authorized(HttpRequest.newBuilder(uri(path)).GET()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", TestAccess.bearer(TestAccess.OPERATOR_TOKEN));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
