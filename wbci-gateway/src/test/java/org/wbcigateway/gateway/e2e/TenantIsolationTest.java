package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * Issue 15: a user of tenant DEU.CCCC asks every REST endpoint and every console page of the gateway for the data of
 * tenant DEU.AAAA — by its ids, by search, by list — and gets none of it. The endpoints are the application's own
 * handler mappings, so a new one cannot escape the test. The partner directory and our public certificate are the
 * provider's, shared by design.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    private static final String C_ADMIN_TOKEN = "c-admin-token-000000000000";
    /** What only DEU.AAAA's data contains. */
    private static final List<String> SECRETS = List.of("Geheimrat", "Isoldenweg", "ISO-A-1");

    private Gateway a;
    private String vaOfA;

    @BeforeAll
    void start() {
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                Gateway.Database.H2,
                "isolation_" + Long.toString(System.nanoTime(), 36),
                Map.of(
                        "wbci.access.tokens.c-admin.token", C_ADMIN_TOKEN,
                        "wbci.access.tokens.c-admin.role", "ADMIN",
                        "wbci.access.tokens.c-admin.tenant", "DEU.CCCC",
                        "wbci.access.users.c-admin.password", "{noop}c-admin-secret",
                        "wbci.access.users.c-admin.role", "ADMIN",
                        "wbci.access.users.c-admin.tenant", "DEU.CCCC"));
        a.context()
                .getBean(Tenants.class)
                .add(CarrierCode.of("DEU.CCCC"), Portierungskennung.of("D0CC"), Bundesland.BY);
        String holder = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"Hans\",\"nachname\":\"Geheimrat\"}}";
        String standort = "{\"strassenname\":\"Isoldenweg\",\"hausnummer\":\"2\",\"postleitzahl\":\"80992\","
                + "\"ort\":\"München\"}";
        assertThat(a.put(
                                "/api/crm/contracts/ISO-A-1",
                                "{\"status\":\"NEW\",\"inhaber\":" + holder + ",\"standort\":" + standort
                                        + ",\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\"5550199\"}]},"
                                        + "\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"" + TwoGatewaysFlows.KWT
                                        + "\"}")
                        .status())
                .isEqualTo(200);
        vaOfA = a.ok("/api/crm/contracts/ISO-A-1/switch", null)
                .path("vorabstimmungsId")
                .asString();
    }

    @AfterAll
    void stop() {
        a.close();
    }

    private List<String[]> mappings(String prefix) {
        RequestMappingHandlerMapping mapping =
                a.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String[]> found = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    found.add(new String[] {m.name(), pattern});
                }
            }
        }
        return found;
    }

    /** A's id for a path variable of this pattern. */
    private String concrete(String pattern) {
        String id = pattern.startsWith("/api/crm/contracts") || pattern.startsWith("/console/contracts")
                ? "ISO-A-1"
                : pattern.contains("outbox") || pattern.contains("dead-letters") ? "1" : vaOfA;
        return pattern.replaceAll("\\{[^}]+}", id);
    }

    private static boolean shared(String pattern) {
        return pattern.startsWith("/api/partners")
                || pattern.startsWith("/api/certificates")
                || pattern.startsWith("/console/partners");
    }

    @Test
    void noRestEndpointGivesATenantAnotherTenantsData() {
        Gateway c = a.as(C_ADMIN_TOKEN);
        List<String> leaks = new ArrayList<>();
        int byId = 0;
        int endpoints = 0;
        for (String[] m : mappings("/api/")) {
            String method = m[0];
            String pattern = m[1];
            if (shared(pattern)) {
                continue;
            }
            endpoints++;
            String path = concrete(pattern);
            Gateway.Reply r = switch (method) {
                case "GET" -> c.get(path);
                case "DELETE" -> c.delete(path);
                case "PUT" -> c.put(path, "{}");
                default -> c.post(path, "{}");
            };
            String body = String.valueOf(r.body());
            if (pattern.startsWith("/api/audit")) {
                // DEU.CCCC's record holds what DEU.CCCC asked for (A's ids included), and nothing A's users did
                if (body.contains("test-operator")) {
                    leaks.add(method + " " + path + " shows DEU.AAAA's operator at work");
                }
            } else {
                unasked(path, body).forEach(s -> leaks.add(method + " " + path + " -> " + r.status() + " shows " + s));
            }
            if (pattern.contains("{")) {
                byId++;
                if (r.status() / 100 == 2) {
                    leaks.add(method + " " + path + " -> " + r.status() + " (acted on another tenant's id)");
                }
            }
            if (pattern.startsWith("/api/tenants")) {
                assertThat(r.status()).as(method + " " + path).isEqualTo(403);
            }
        }
        assertThat(endpoints).as("REST endpoints tried").isGreaterThan(30);
        assertThat(byId).isGreaterThan(10);
        assertThat(leaks).isEmpty();
        assertThat(a.vorabstimmung(vaOfA).path("timeline").size())
                .as("DEU.AAAA's Vorabstimmung untouched")
                .isEqualTo(1);
        assertThat(c.get("/api/audit?limit=500").body().toString())
                .as("each look for another tenant's id is on DEU.CCCC's record")
                .contains("GET /api/vorabstimmungen/{id}")
                .contains("\"outcome\":\"404\"");
    }

    @Test
    void noConsolePageGivesATenantAnotherTenantsData() {
        ConsoleClient c = new ConsoleClient(a.baseUrl());
        assertThat(c.login("c-admin", "c-admin-secret")).endsWith("/console");
        List<String> leaks = new ArrayList<>();
        int pages = 0;
        for (String[] m : mappings("/console")) {
            if (!m[0].equals("GET") || shared(m[1]) || m[1].contains("login") || m[1].contains("assets")) {
                continue;
            }
            pages++;
            String path = concrete(m[1]);
            HttpResponse<String> r = c.get(path);
            if (m[1].startsWith("/console/audit")) {
                // DEU.CCCC's record holds what DEU.CCCC asked for (A's ids included), and nothing A's users did
                if (r.body().contains("test-operator")) {
                    leaks.add("GET " + path + " shows DEU.AAAA's operator at work");
                }
                continue;
            }
            unasked(path, r.body()).forEach(s -> leaks.add("GET " + path + " -> " + r.statusCode() + " shows " + s));
            for (String query : List.of("?q=Geheimrat", "?q=ISO-A-1", "?q=" + vaOfA)) {
                if (!m[1].contains("{")) {
                    HttpResponse<String> searched = c.get(path + query);
                    unasked(path + query, searched.body())
                            .forEach(s -> leaks.add("GET " + path + query + " shows " + s));
                }
            }
        }
        assertThat(pages).as("console pages tried").isGreaterThan(10);
        // every console action, by DEU.AAAA's ids: refused or empty, and nothing of DEU.AAAA's changes
        int actions = 0;
        for (String[] m : mappings("/console")) {
            if (!m[0].equals("POST")
                    || shared(m[1])
                    || m[1].contains("login")
                    || m[1].contains("logout")
                    || m[1].equals("/console/tenant")) {
                continue;
            }
            actions++;
            String path = concrete(m[1]);
            HttpResponse<String> r = c.post(
                    path,
                    Map.of(
                            "vaId",
                            vaOfA,
                            "contractId",
                            "ISO-A-1",
                            "id",
                            vaOfA,
                            "meldungscode",
                            "8001",
                            "art",
                            "AUFHEBUNG"));
            unasked(path, r.body()).forEach(s -> leaks.add("POST " + path + " -> " + r.statusCode() + " shows " + s));
        }
        assertThat(actions).as("console actions tried").isGreaterThan(5);
        assertThat(leaks).isEmpty();
        assertThat(a.vorabstimmung(vaOfA).path("timeline").size())
                .as("DEU.AAAA's Vorabstimmung untouched by DEU.CCCC's console")
                .isEqualTo(1);
        assertThat(a.as(C_ADMIN_TOKEN).get("/api/audit?limit=500").body().toString())
                .as("a console look for another tenant's id is on DEU.CCCC's record")
                .contains("GET /console/vorabstimmungen/{id}")
                .contains(vaOfA);
        // the owner does see them: the test would fail to notice nothing otherwise
        ConsoleClient owner = new ConsoleClient(a.baseUrl());
        owner.login(TestAccess.ADMIN, TestAccess.password(TestAccess.ADMIN));
        assertThat(owner.get("/console/contracts/ISO-A-1").body()).contains("Geheimrat");
    }

    /** The secrets in an answer that the request did not name itself (a page may echo what was asked for). */
    private static List<String> unasked(String request, String answer) {
        return SECRETS.stream()
                .filter(secret -> !request.contains(secret))
                .filter(answer::contains)
                .toList();
    }
}
