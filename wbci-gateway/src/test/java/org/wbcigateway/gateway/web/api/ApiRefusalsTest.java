package org.wbcigateway.gateway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wbcigateway.gateway.support.OpenApiContract;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;

/**
 * Every REST endpoint, found in the application's handler mappings (so a new one cannot escape), is sent the bad
 * input a client produces: a body that is no JSON, JSON of the wrong shape, an unknown field, a path variable of the
 * wrong type. Every answer is a refusal that names what is wrong in the client's terms — no Java class, package or
 * exception name, no framework wording — and is as the OpenAPI document says (status, content type, schema).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:api-refusals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.AAAA",
            "wbci.portierungskennung=D0AA",
            "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:9/wbci/v2",
            "spring.main.banner-mode=off",
            "wbci.fixed-clock=2026-11-25T10:00:00+01:00",
            "wbci.decision.mode=REVIEW"
        })
class ApiRefusalsTest {

    /** A fully qualified class name, a nested class, an exception, or framework wording. */
    private static final Pattern JAVA =
            Pattern.compile("\\b(?:[a-z_]\\w*\\.){2,}[A-Z]\\w*|\\w\\$[A-Z]|Exception|java\\.|JsonToken|static resource|"
                    + "Cannot deserialize|not marked as ignorable");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.settings("DEU.AAAA", "DEU.BBBB").forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Answer(String method, String path, String sent, int status, String type, String body) {}

    @Test
    void badInputToEveryEndpointIsRefusedInTheClientsTermsAndAsDocumented() throws Exception {
        List<Answer> answers = new ArrayList<>();
        int endpoints = 0;
        for (Map.Entry<RequestMappingInfo, ?> m : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : m.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                endpoints++;
                String path = pattern.replaceAll("\\{[^}]+}", "not-a-number");
                for (RequestMethod method : m.getKey().getMethodsCondition().getMethods()) {
                    boolean body = method == RequestMethod.POST || method == RequestMethod.PUT;
                    if (body) {
                        for (String sent : List.of("{not json", "[1,2]", "{\"zzz\":1}", "\"text\"")) {
                            answers.add(send(method.name(), path, sent));
                        }
                    } else {
                        answers.add(send(method.name(), path, null));
                    }
                }
            }
        }
        answers.add(send("GET", "/api/nothing-here", null));
        answers.add(send("PATCH", "/api/vorabstimmungen", "{}"));

        assertThat(endpoints).as("REST endpoints found").isGreaterThan(30);
        List<String> javaNames = answers.stream()
                .filter(a -> JAVA.matcher(a.body()).find())
                .map(a -> a.method() + " " + a.path() + " " + a.sent() + " -> " + a.status() + " " + a.body())
                .toList();
        assertThat(javaNames).as("answers naming Java or framework internals").isEmpty();
        assertThat(answers).as("bad input is never a server error").noneMatch(a -> a.status() >= 500);
        Answer unknown = answers.get(answers.size() - 2);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("no endpoint GET /api/nothing-here");

        OpenApiContract contract = OpenApiContract.of(HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        List<String> violations = new ArrayList<>();
        for (Answer a : answers) {
            String template = a.path().replace("not-a-number", "{x}");
            if (contract.operations().stream().noneMatch(o -> o.startsWith(a.method() + " ")) || a.status() == 405) {
                continue; // a method the API does not offer there: not an operation of the document
            }
            violations.addAll(
                    contract
                            .violations(
                                    new OpenApiContract.Exchange(a.method(), a.path(), a.status(), a.type(), a.body()))
                            .stream()
                            .filter(v -> !v.contains("no documented path matches") || !template.contains("nothing"))
                            .toList());
        }
        assertThat(violations).as("refusals that differ from /api-docs").isEmpty();
    }

    @Test
    void theDocumentNamesTheApiItsTokenAndAnExampleForEveryBody() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var doc = json.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(doc.path("info").path("title").asString()).isEqualTo("wbci-gateway REST API");
        assertThat(doc.path("info").path("version").asString()).isNotBlank().isNotEqualTo("v0");
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        List<String> missing = new ArrayList<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                    var body = op.getValue().path("requestBody").path("content");
                    body.properties().forEach(media -> {
                        if (media.getValue().path("schema").isMissingNode()) {
                            missing.add(name + " " + media.getKey() + ": no schema");
                        }
                        if (media.getValue().path("examples").isEmpty()
                                && media.getValue().path("example").isMissingNode()) {
                            missing.add(name + " " + media.getKey() + ": no example");
                        }
                    });
                    if (!path.getKey().equals("/api/certificates/own")
                            && op.getValue().path("responses").path("401").isMissingNode()) {
                        missing.add(name + ": 401 not documented");
                    }
                }));
        assertThat(missing).isEmpty();

        HttpResponse<String> va = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/vorabstimmungen"))
                        .header("Authorization", TestAccess.bearer(TestAccess.OPERATOR_TOKEN))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ApiExamples.VA))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(va.statusCode())
                .as("the VA example is a valid VA: %s", va.body())
                .isEqualTo(201);
        assertThat(va.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/api/vorabstimmungen/DEU.AAAA.V"));
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", TestAccess.bearer(TestAccess.ADMIN_TOKEN))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                method,
                path,
                body,
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                r.body());
    }
}
