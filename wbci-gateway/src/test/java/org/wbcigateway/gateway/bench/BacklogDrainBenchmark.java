package org.wbcigateway.gateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TcpProxy;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7 (5): draining a backlog after a partner outage. A (DEU.AAAA) reaches its partner B (DEU.BBBB, decision
 * mode REVIEW, so B only stores and acknowledges) through a {@link TcpProxy} that is cut while A's bulk path (POST /api/bulk) queues
 * {@code messages}: per Vorabstimmung a VA and then a Storno (STR-AUFH-AUF), so order per VA can be checked. Then the
 * proxy listens again: the time until A's outbox holds nothing undelivered gives messages/s; on B every Vorabstimmung
 * must have received the VA before its Storno, each once. Both gateways on fresh PostgreSQL schemas. With
 * {@code reference=<messages/s>} (3 × the exchanges/s of {@link ExchangeBenchmark} in the same run) it prints the
 * ratio to the 80 % target. Arguments: {@code messages=100000 clients=8 reference=0}.
 */
public final class BacklogDrainBenchmark {

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
    private static final tools.jackson.databind.ObjectMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private BacklogDrainBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int messages = BenchSupport.intOption(o, "messages", 100_000);
        int clients = BenchSupport.intOption(o, "clients", 8);
        double reference = Double.parseDouble(o.getOrDefault("reference", "0"));
        int vas = messages / 2;
        BenchSupport.quietLogs();
        String run = "bench_dr_" + Long.toString(System.currentTimeMillis(), 36);
        BenchSupport.say(
                "backlog drain: %s; %d messages (%d VAs + their Stornos), schemas %s_a/_b",
                BenchSupport.machine(), 2 * vas, vas, run);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(BenchSupport.PG_URL);
        hc.setUsername("postgres");
        hc.setMaximumPoolSize(2);
        Map<String, Object> figures = new LinkedHashMap<>();
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        try (HikariDataSource admin = new HikariDataSource(hc);
                TcpProxy proxy = new TcpProxy("127.0.0.1", portB)) {
            JdbcClient db = JdbcClient.create(admin);
            try (Gateway b = Gateway.start(
                            "DEU.BBBB",
                            "D0BB",
                            portB,
                            "DEU.AAAA",
                            portA,
                            Gateway.Database.POSTGRES,
                            run + "_b",
                            Map.of("logging.level.root", "WARN"));
                    Gateway a = Gateway.start(
                            "DEU.AAAA",
                            "D0AA",
                            portA,
                            "DEU.BBBB",
                            proxy.port(),
                            Gateway.Database.POSTGRES,
                            run + "_a",
                            Map.of(
                                    "logging.level.root",
                                    "WARN",
                                    "wbci.outbox.max-attempts",
                                    "1000000",
                                    "wbci.outbox.request-timeout",
                                    "5s",
                                    "wbci.outbox.lease",
                                    "30s"))) {
                proxy.cut();
                long t0 = System.nanoTime();
                // queued through the bulk path: per client one NDJSON request of VAs, then one of their Stornos
                AtomicInteger failed = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<java.util.concurrent.Future<?>> parts = new java.util.ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    parts.add(pool.submit(() -> {
                        List<String> vaLines = new java.util.ArrayList<>();
                        for (int i = client; i < vas; i += clients) {
                            vaLines.add("{\"action\":\"START_VORABSTIMMUNG\",\"body\":" + ExchangeData.va(i) + "}");
                        }
                        List<String> stornoLines = new java.util.ArrayList<>();
                        for (JsonNode result : bulk(a, vaLines)) {
                            if (result.path("status").asInt() != 201) {
                                failed.incrementAndGet();
                                continue;
                            }
                            stornoLines.add("{\"action\":\"STORNO\",\"vorabstimmungsId\":\""
                                    + result.path("sent")
                                            .path("vorabstimmungsId")
                                            .asString()
                                    + "\",\"body\":{\"art\":\"AUFHEBUNG\"}}");
                        }
                        for (JsonNode result : bulk(a, stornoLines)) {
                            if (result.path("status").asInt() != 202) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                pool.shutdown();
                for (java.util.concurrent.Future<?> part : parts) {
                    part.get(6, TimeUnit.HOURS);
                }
                String outbox = run + "_a.outbox";
                long queued = db.sql("SELECT count(*) FROM " + outbox + " WHERE status = 'PENDING'")
                        .query(Long.class)
                        .single();
                BenchSupport.say(
                        "queued %d messages while the partner was cut (bulk path; %d lines refused) in %.1f s",
                        queued, failed.get(), (System.nanoTime() - t0) / 1e9);
                proxy.restore();
                long start = System.nanoTime();
                long left = queued;
                while (left > 0) {
                    BenchSupport.sleep(500);
                    long now = db.sql("SELECT count(*) FROM " + outbox + " WHERE status <> 'DELIVERED'")
                            .query(Long.class)
                            .single();
                    if (now / 1000 != left / 1000) {
                        BenchSupport.say("  %d left after %.1f s", now, (System.nanoTime() - start) / 1e9);
                    }
                    left = now;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = queued / seconds;
                List<String> wrong = db.sql("SELECT va_id FROM " + run + "_b.wbci_message WHERE direction = 'IN'"
                                + " GROUP BY va_id HAVING count(*) <> 2 OR min(CASE WHEN message_type LIKE 'VA%' THEN id END)"
                                + " <> min(id)")
                        .query(String.class)
                        .list();
                long received = db.sql("SELECT count(*) FROM " + run + "_b.wbci_message WHERE direction = 'IN'")
                        .query(Long.class)
                        .single();
                BenchSupport.say(
                        "drained %d messages in %.1f s = %.1f messages/s; B received %d, VAs out of order "
                                + "or incomplete: %d %s",
                        queued,
                        seconds,
                        rate,
                        received,
                        wrong.size(),
                        wrong.stream().limit(5).toList());
                figures.put("messages", queued);
                figures.put("drain_seconds", seconds);
                figures.put("messages_per_s", rate);
                figures.put("received_by_b", received);
                figures.put("order_violations", wrong.size());
                if (reference > 0) {
                    figures.put("reference_messages_per_s", reference);
                    figures.put("ratio", rate / reference);
                    figures.put("target_ratio", 0.8);
                    BenchSupport.say(
                            "drain %.1f msg/s vs exchange %.1f msg/s: %.1f %% (target >= 80 %%)",
                            rate, reference, 100 * rate / reference);
                }
            } finally {
                BenchSupport.dropSchemas(admin, run + "_a", run + "_b");
            }
        }
        BenchSupport.record("backlog-drain", figures);
        System.exit(0);
    }

    /** One {@code POST /api/bulk} of the given NDJSON lines; the result lines, in order. */
    private static List<JsonNode> bulk(Gateway gateway, List<String> lines) throws Exception {
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response = HTTP.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway.baseUrl() + "/api/bulk"))
                        .header("Content-Type", "application/x-ndjson")
                        .header("Authorization", TestAccess.bearer(TestAccess.OPERATOR_TOKEN))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(String.join("\n", lines)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("bulk request answered " + response.statusCode());
        }
        return response.body().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }
}
