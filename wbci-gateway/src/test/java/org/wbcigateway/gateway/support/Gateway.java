package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wbcigateway.gateway.WbciGatewayApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole gateway instance started in this JVM on a real loopback port with its own database, driven over HTTP
 * like an operator's CRM would drive it.
 */
public final class Gateway implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String carrier;
    private final int port;
    private final ConfigurableApplicationContext context;
    private final String token;
    /** The tenant asked for with the {@code Wbci-Tenant} header; {@code null} sends none (the first tenant). */
    private final String tenant;

    private Gateway(String carrier, int port, ConfigurableApplicationContext context, String token, String tenant) {
        this.carrier = carrier;
        this.port = port;
        this.context = context;
        this.token = token;
        this.tenant = tenant;
    }

    /** The same gateway, called with another API token (see {@link TestAccess}); {@code null} sends none. */
    public Gateway as(String otherToken) {
        return new Gateway(carrier, port, context, otherToken, tenant);
    }

    /**
     * Work on the gateway's beans directly (repositories, in tests) in the scope of the tenant this handle works for;
     * the first tenant's where it names none.
     */
    public <T> T inScope(java.util.function.Supplier<T> work) {
        org.wbcigateway.gateway.platform.tenancy.Tenants tenants =
                context.getBean(org.wbcigateway.gateway.platform.tenancy.Tenants.class);
        return org.wbcigateway.gateway.platform.tenancy.TenantScope.call(
                tenants.scope(
                        tenant == null ? tenants.first() : tenants.find(tenant).orElseThrow()),
                work);
    }

    /** Registers a partner as an administrator: its endpoint, then a certificate it signs with (PEM). */
    public void registerPartner(String code, String endpoint, String pem) {
        Gateway admin = as(TestAccess.ADMIN_TOKEN);
        Reply put = admin.put("/api/partners/" + code, "{\"endpoint\":\"" + endpoint + "\"}");
        if (put.status() != 201 && put.status() != 200) {
            throw new AssertionError("partner " + code + " not registered: " + put);
        }
        Reply certificate = admin.post(
                "/api/partners/" + code + "/certificates", pem, Map.of("Content-Type", "application/x-pem-file"));
        if (certificate.status() != 201) {
            throw new AssertionError("certificate of " + code + " not registered: " + certificate);
        }
    }

    /** The same gateway, working for another of its tenants (header {@code Wbci-Tenant}). */
    public Gateway forTenant(String code) {
        return new Gateway(code, port, context, token, code);
    }

    /** Where a database lives: an H2 in-memory database or a PostgreSQL schema of its own. */
    public interface Database {
        Map<String, String> properties(String name);

        Database H2 = name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

        /** A fresh schema per instance in the PostgreSQL on 127.0.0.1:5432 (database {@code test}). */
        Database POSTGRES = name -> Map.of(
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.flyway.schemas", name,
                "spring.flyway.clean-disabled", "false");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Gateway start(
            String carrier,
            String pki,
            int port,
            String partner,
            int partnerPort,
            Database database,
            String dbName,
            Map<String, String> extra) {
        Map<String, Object> p = new HashMap<>(database.properties(dbName));
        p.put("server.port", String.valueOf(port));
        p.put("server.address", "127.0.0.1");
        p.put("wbci.carrier-code", carrier);
        p.put("wbci.portierungskennung", pki);
        p.put("wbci.partners.[" + partner + "].endpoint", "http://127.0.0.1:" + partnerPort + "/wbci/v2");
        p.put("wbci.outbox.poll-interval", "100ms");
        p.put("wbci.outbox.initial-backoff", "200ms");
        p.put("wbci.outbox.max-backoff", "1s");
        p.put("wbci.fixed-clock", "2026-11-25T10:00:00+01:00");
        p.put("spring.main.banner-mode", "off");
        // operators answer by hand unless a test switches the decision table on
        p.put("wbci.decision.mode", "REVIEW");
        p.put("wbci.decision.poll-interval", "100ms");
        p.putAll(TestKeys.settings(carrier, partner));
        p.putAll(extra);
        // command-line arguments outrank application.yaml (default properties would not)
        String[] args = p.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context;
        // Spring Boot initialises the JVM-wide logging system while a context starts; two starts at once race there
        // ("Unable to find Spring Environment in logger context"), so contexts start one after another
        synchronized (Gateway.class) {
            context = new SpringApplicationBuilder(WbciGatewayApplication.class).run(args);
        }
        return new Gateway(carrier, port, context, TestAccess.OPERATOR_TOKEN, null);
    }

    /** A gateway and its partner, closed together. */
    public record Pair(Gateway provider, Gateway partner) implements AutoCloseable {
        @Override
        public void close() {
            partner.close();
            provider.close();
        }
    }

    /**
     * DEU.AAAA (D0AA) on the database given, with these settings, and its partner DEU.BBBB (D0BB, H2), each the
     * other's only partner; their databases are named {@code <name>_g_…} and {@code <name>_p_…}.
     */
    public static Pair pair(String name, Database database, Map<String, String> settings) {
        int port = freePort();
        int partnerPort = freePort();
        String stamp = Long.toString(System.nanoTime(), 36);
        Gateway provider =
                start("DEU.AAAA", "D0AA", port, "DEU.BBBB", partnerPort, database, name + "_g_" + stamp, settings);
        try {
            Gateway partner = start(
                    "DEU.BBBB", "D0BB", partnerPort, "DEU.AAAA", port, Database.H2, name + "_p_" + stamp, Map.of());
            return new Pair(provider, partner);
        } catch (RuntimeException | Error e) {
            provider.close();
            throw e;
        }
    }

    public String carrier() {
        return carrier;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Where the REST API and the operator console answer, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String soapUrl() {
        return "http://127.0.0.1:" + port + "/wbci/v2";
    }

    public record Reply(int status, JsonNode body) {}

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GETs a non-JSON resource (CSV, Prometheus text) and expects 200. */
    public String text(String path) {
        try {
            HttpResponse<String> r = HTTP.send(
                    authorized(HttpRequest.newBuilder(uri(path)))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(carrier + " GET " + path + " -> " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** POSTs with extra request headers (e.g. an {@code Idempotency-Key}). */
    public Reply post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** POSTs and expects a 2xx, else fails with the problem the gateway answered. */
    public JsonNode ok(String path, String json) {
        Reply r = post(path, json);
        if (r.status() / 100 != 2) {
            throw new AssertionError(carrier + " POST " + path + " -> " + r.status() + ": " + r.body());
        }
        return r.body();
    }

    public JsonNode vorabstimmung(String id) {
        Reply r = get("/api/vorabstimmungen/" + id);
        return r.status() == 200 ? r.body() : null;
    }

    /** Polls the Vorabstimmung until the condition holds (messages travel asynchronously through the outbox). */
    public JsonNode await(String id, Predicate<JsonNode> condition) {
        return Patience.awaiting(carrier + ": condition on " + id)
                .until(() -> vorabstimmung(id), v -> v != null && condition.test(v));
    }

    /** Waits until the outbox holds exactly one dead letter and returns it. */
    public JsonNode awaitDeadLetter() {
        return Patience.awaiting(carrier + ": one dead letter")
                .until(() -> get("/api/outbox?status=DEAD").body(), list -> list != null && list.size() == 1)
                .get(0);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        if (tenant != null) {
            request.header("Wbci-Tenant", tenant);
        }
        return token == null ? request : request.header("Authorization", TestAccess.bearer(token));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(
                    authorized(request).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
            return new Reply(r.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
