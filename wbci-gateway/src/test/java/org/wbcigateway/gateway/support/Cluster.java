package org.wbcigateway.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for tests that run gateways on the shared PostgreSQL: schemas reached through a proxy, direct queries. */
public final class Cluster {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    private Cluster() {}

    /** A PostgreSQL schema of its own (as {@link Gateway.Database#POSTGRES}), reached through the proxy. */
    public static Gateway.Database postgresVia(TcpProxy proxy) {
        return name -> Map.of(
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?currentSchema=" + name,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "spring.flyway.schemas", name,
                "spring.flyway.clean-disabled", "false");
    }

    /** Direct access to a schema, bypassing every proxy: what the test checks against. */
    public static JdbcClient jdbc(String schema) {
        return JdbcClient.create(new DriverManagerDataSource(PG + "?currentSchema=" + schema, "postgres", ""));
    }

    public static void dropSchemas(String... schemas) {
        JdbcClient pg = JdbcClient.create(new DriverManagerDataSource(PG, "postgres", ""));
        for (String schema : schemas) {
            pg.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }

    public static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A webhook receiver that accepts every event (204) and keeps them in arrival order. */
    public static final class Webhook implements AutoCloseable {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<JsonNode> received = new ArrayList<>();

        public Webhook() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/hook", this::handle);
            server.setExecutor(threads);
            server.start();
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void handle(HttpExchange exchange) throws IOException {
            JsonNode event = JSON.readTree(exchange.getRequestBody().readAllBytes());
            synchronized (received) {
                received.add(event);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        /** Every push received, in arrival order (a re-pushed event appears again). */
        public List<JsonNode> events() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }

        public List<Long> offsets() {
            synchronized (received) {
                return received.stream().map(e -> e.path("offset").asLong()).toList();
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
