package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Access control over real HTTP: no token or login, no access; a viewer reads but cannot act anywhere (every
 * mutating mapping of the API and the console is tried); operators act; the audit log shows who did what; logins
 * lock after repeated failures; cookies and headers as a browser needs them; no secret ever reaches the log.
 */
class AccessControlTest {

    private static final Set<RequestMethod> MUTATING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);

    private static Gateway gateway;
    private static final AllLogs logs = new AllLogs();

    @BeforeAll
    static void start() {
        gateway = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                Gateway.Database.H2,
                "access",
                Map.of(
                        "wbci.access.users.locky.password",
                        "{noop}locky-secret",
                        "wbci.access.users.locky.role",
                        "OPERATOR",
                        "wbci.access.max-failed-logins",
                        "3",
                        "wbci.outbox.poll-interval",
                        "1h",
                        "wbci.outbox.wake-on-commit",
                        "false"));
        logs.attach(); // after the start: Spring Boot resets the logging system while starting
    }

    @AfterAll
    static void stop() {
        gateway.close();
        logs.detach();
    }

    @Test
    void withoutATokenTheApiAndMetricsAreRefusedButHealthAnswers() {
        Gateway anonymous = gateway.as(null);
        Gateway.Reply list = anonymous.get("/api/vorabstimmungen");
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.body().path("detail").asString()).contains("API token");
        assertThat(anonymous
                        .post("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(gateway.as("not-a-token-at-all-0000")
                        .get("/api/vorabstimmungen")
                        .status())
                .isEqualTo(401);

        assertThat(anonymous.text("/api/certificates/own"))
                .as("our certificate is public for partners")
                .startsWith("-----BEGIN CERTIFICATE-----");

        Gateway.Reply health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().has("components"))
                .as("details only with a token")
                .isFalse();
        assertThat(gateway.as(TestAccess.VIEWER_TOKEN)
                        .get("/actuator/health")
                        .body()
                        .has("components"))
                .isTrue();
    }

    @Test
    void withoutLoginTheConsoleSendsToTheLoginPage() {
        ConsoleClient browser = new ConsoleClient(gateway.baseUrl());
        HttpResponse<String> page = browser.get("/console");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
        assertThat(browser.get("/console/login").statusCode()).isEqualTo(200);
        assertThat(browser.csrf()).as("the login form carries a CSRF token").isNotBlank();
        // a form post without a session is refused, whatever it names
        assertThat(browser.post("/console/vorabstimmungen/DEU.BBBB.V000000001/tv", Map.of())
                        .statusCode())
                .isIn(302, 403);
    }

    @Test
    void aViewerTokenReadsButCanCallNoMutatingOperation() {
        Gateway viewer = gateway.as(TestAccess.VIEWER_TOKEN);
        assertThat(viewer.get("/api/vorabstimmungen").status()).isEqualTo(200);
        int before = gateway.get("/api/vorabstimmungen?limit=500").body().size();

        List<String> operations = mutatingMappings("/api");
        assertThat(operations).as("the API's mutating operations").hasSizeGreaterThanOrEqualTo(12);
        for (String operation : operations) {
            String[] parts = operation.split(" ", 2);
            String path = concrete(parts[1]);
            Gateway.Reply r = "PUT".equals(parts[0]) ? viewer.put(path, "{}") : viewer.post(path, "{}");
            assertThat(r.status()).as(operation).isEqualTo(403);
            assertThat(r.body().path("detail").asString()).as(operation).contains("'test-viewer' may not");
            assertThat(gateway.as(null).post(path, "{}").status())
                    .as(operation + " anonymous")
                    .isEqualTo(401);
        }
        assertThat(gateway.get("/api/vorabstimmungen?limit=500").body().size())
                .as("nothing changed")
                .isEqualTo(before);
        assertThat(viewer.get("/api/audit").status())
                .as("the audit log is for admins")
                .isEqualTo(403);
        assertThat(gateway.get("/api/audit").status()).as("operators neither").isEqualTo(403);
    }

    @Test
    void anOperatorActsAndTheAuditLogSaysWhoDidWhat() {
        Gateway.Reply created = gateway.post("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("vorabstimmungsId").asString();
        assertThat(gateway.as(TestAccess.VIEWER_TOKEN)
                        .post("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AUFHEBUNG\"}")
                        .status())
                .isEqualTo(403);

        Gateway admin = gateway.as(TestAccess.ADMIN_TOKEN);
        JsonNode lines = admin.get("/api/audit?target=" + id).body();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("actor").asString()).isEqualTo("test-operator");
        assertThat(lines.get(0).path("channel").asString()).isEqualTo("API");
        assertThat(lines.get(0).path("action").asString()).isEqualTo("POST /api/vorabstimmungen");
        assertThat(lines.get(0).path("outcome").asString()).isEqualTo("201");
        assertThat(lines.get(0).path("remoteAddress").asString()).isEqualTo("127.0.0.1");

        JsonNode refused = admin.get("/api/audit?actor=test-viewer").body();
        assertThat(refused.findValuesAsString("action")).contains("POST /api/vorabstimmungen/" + id + "/storno");
        assertThat(refused.findValuesAsString("outcome")).contains("403");
    }

    @Test
    void consoleLoginWithSecureSessionCookieAndProtectiveHeaders() throws Exception {
        ConsoleClient browser = new ConsoleClient(gateway.baseUrl());
        assertThat(browser.login(TestAccess.OPERATOR, "wrong-password-xyz")).endsWith("/console/login?error");
        assertThat(browser.login(TestAccess.OPERATOR, TestAccess.password(TestAccess.OPERATOR)))
                .endsWith("/console");

        // a TLS-terminating proxy on loopback says https: the session cookie becomes Secure
        HttpResponse<String> viaProxy = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/console/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String cookie = viaProxy.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
        assertThat(viaProxy.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(viaProxy.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(viaProxy.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        JsonNode logins = gateway.as(TestAccess.ADMIN_TOKEN)
                .get("/api/audit?actor=operator")
                .body();
        assertThat(logins.findValuesAsString("outcome")).contains("OK", "REFUSED");
        assertThat(logins.findValuesAsString("channel")).containsOnly("LOGIN");
    }

    @Test
    void repeatedFailedLoginsLockTheUserForAWhile() {
        ConsoleClient browser = new ConsoleClient(gateway.baseUrl());
        for (int i = 0; i < 3; i++) {
            assertThat(browser.login("locky", "guess-" + i)).endsWith("?error");
        }
        assertThat(browser.login("locky", "locky-secret"))
                .as("locked, even with the right password, and told so")
                .endsWith("?locked");
        assertThat(browser.get("/console/login?locked").body()).contains("gesperrt");
        JsonNode lines =
                gateway.as(TestAccess.ADMIN_TOKEN).get("/api/audit?actor=locky").body();
        assertThat(lines.get(0).path("outcome").asString()).isEqualTo("LOCKED");
    }

    @Test
    void aViewerInTheConsoleCannotPostAnyAction() {
        ConsoleClient browser = new ConsoleClient(gateway.baseUrl());
        assertThat(browser.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER)))
                .endsWith("/console");
        browser.get("/console/login"); // a page with a fresh CSRF token for this session
        for (String operation : mutatingMappings("/console")) {
            String path = concrete(operation.split(" ", 2)[1]);
            if (path.equals("/console/tenant")) {
                continue; // choosing which tenant to look at changes no data: every role may (TenancyTest)
            }
            assertThat(browser.post(path, Map.of()).statusCode()).as(operation).isEqualTo(403);
        }
        assertThat(browser.get("/console/audit").statusCode())
                .as("audit page for admins only")
                .isEqualTo(403);
    }

    @Test
    void noPasswordOrTokenIsEverLogged() {
        for (String user : List.of(TestAccess.ADMIN, TestAccess.OPERATOR, TestAccess.VIEWER)) {
            new ConsoleClient(gateway.baseUrl()).login(user, "wrong-password-xyz");
            new ConsoleClient(gateway.baseUrl()).login(user, TestAccess.password(user));
        }
        for (String token : List.of(
                TestAccess.ADMIN_TOKEN,
                TestAccess.OPERATOR_TOKEN,
                TestAccess.VIEWER_TOKEN,
                "leaked-token-candidate-0000")) {
            gateway.as(token).get("/api/vorabstimmungen");
            gateway.as(token).post("/api/vorabstimmungen", "{\"broken\":");
        }
        List<String> secrets = List.of(
                "wrong-password-xyz",
                "operator-secret",
                "viewer-secret",
                "admin-secret",
                "locky-secret",
                "leaked-token-candidate",
                TestAccess.ADMIN_TOKEN,
                TestAccess.OPERATOR_TOKEN,
                TestAccess.VIEWER_TOKEN);
        List<String> lines = logs.lines();
        assertThat(lines).isNotEmpty();
        for (String secret : secrets) {
            assertThat(lines).as(secret).noneMatch(l -> l.contains(secret));
        }
    }

    /** "POST /api/..." for every mutating mapping under the prefix, read from the running application. */
    private static List<String> mutatingMappings(String prefix) {
        RequestMappingHandlerMapping mapping =
                gateway.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> found = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (MUTATING.contains(method)) {
                    info.getPatternValues().stream()
                            .filter(p -> p.startsWith(prefix))
                            .forEach(p -> found.add(method + " " + p));
                }
            }
        }
        return found.stream().sorted().distinct().collect(Collectors.toList());
    }

    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "DEU.BBBB.V000000001");
    }

    /** Every formatted log line (and its exception text) of this JVM while attached. */
    static final class AllLogs extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new ArrayList<>();

        void attach() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            setContext(context);
            start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this);
        }

        void detach() {
            ((LoggerContext) LoggerFactory.getILoggerFactory())
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    .detachAppender(this);
            stop();
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            String t = event.getThrowableProxy() == null
                    ? ""
                    : " " + event.getThrowableProxy().getMessage();
            lines.add(event.getFormattedMessage() + t + " " + event.getMDCPropertyMap());
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
