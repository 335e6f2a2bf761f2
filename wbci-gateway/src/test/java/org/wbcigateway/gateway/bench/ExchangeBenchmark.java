package org.wbcigateway.gateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.wbcigateway.gateway.support.Gateway;

/**
 * Issue 7 (1): completed signed two-party exchanges per second. Two gateways in this JVM on loopback, each on a fresh
 * PostgreSQL schema: A (DEU.AAAA, EKPauf) and B (DEU.BBBB, EKPabg, decision mode AUTOMATIC with one contract per
 * customer in its CRM). {@code clients} drivers each loop: POST the VA to A's REST API, wait until A has B's RUEM-VA
 * (phase AGREED), POST the AKM-TR, wait until A's outbox has B's TEQ OK for it. Waiting is done by one watcher thread
 * reading A's schema every 10 ms, not by polling the REST API. Counts exchanges completed in the measured window
 * after a warm-up. With {@code floor=<ops/s>} (the JMH {@code ExchangeFloorBenchmark} of the same run) it prints the
 * ratio to the 60 % target. Arguments: {@code clients=32 warmup=30 seconds=60 floor=0 outbox-poll=100ms}.
 */
public final class ExchangeBenchmark {

    private final String schemaA;
    private final Map<String, CompletableFuture<Void>> agreed = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> done = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    /** The watcher outlives the drivers: they finish the exchange they are in. */
    private final AtomicBoolean stopWatching = new AtomicBoolean();

    private ExchangeBenchmark(String schemaA) {
        this.schemaA = schemaA;
    }

    /** What one run measured. */
    record Result(double exchangesPerSecond, int completed, double seconds, double p50Ms, double p99Ms, double load) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        Result r = run(
                BenchSupport.intOption(o, "clients", 32),
                BenchSupport.intOption(o, "warmup", 30),
                BenchSupport.intOption(o, "seconds", 60),
                o.getOrDefault("outbox-poll", "100ms"));
        double floor = Double.parseDouble(o.getOrDefault("floor", "0"));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", BenchSupport.intOption(o, "clients", 32));
        figures.put("exchanges_per_s", r.exchangesPerSecond());
        figures.put("messages_per_s", 3 * r.exchangesPerSecond());
        figures.put("completed", r.completed());
        figures.put("seconds", r.seconds());
        figures.put("exchange_p50_ms", r.p50Ms());
        figures.put("exchange_p99_ms", r.p99Ms());
        if (floor > 0) {
            figures.put("floor_ops_per_s", floor);
            figures.put("ratio", r.exchangesPerSecond() / floor);
            figures.put("target_ratio", 0.6);
            BenchSupport.say(
                    "exchange %.1f/s vs floor %.1f/s: %.1f %% (target >= 60 %%)",
                    r.exchangesPerSecond(), floor, 100 * r.exchangesPerSecond() / floor);
        }
        BenchSupport.record("exchange", figures);
        System.exit(0);
    }

    static Result run(int clients, int warmupSeconds, int seconds, String outboxPoll) throws Exception {
        BenchSupport.quietLogs();
        String run = "bench_x_" + Long.toString(System.currentTimeMillis(), 36);
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Map<String, String> common = new HashMap<>(Map.of(
                "logging.level.root",
                "WARN",
                "wbci.outbox.poll-interval",
                outboxPoll,
                "wbci.decision.poll-interval",
                outboxPoll,
                "spring.datasource.hikari.maximum-pool-size",
                "20"));
        Map<String, String> bSettings = new HashMap<>(common);
        bSettings.putAll(ExchangeData.automatic());
        BenchSupport.say(
                "exchange: %s; A and B on PostgreSQL schemas %s_a/_b, %d clients, outbox/decision poll %s",
                BenchSupport.machine(), run, clients, outboxPoll);
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(BenchSupport.PG_URL);
        hc.setUsername("postgres");
        hc.setMaximumPoolSize(2);
        try (HikariDataSource admin = new HikariDataSource(hc)) {
            try (Gateway a = Gateway.start(
                            "DEU.AAAA",
                            "D0AA",
                            portA,
                            "DEU.BBBB",
                            portB,
                            Gateway.Database.POSTGRES,
                            run + "_a",
                            common);
                    Gateway b = Gateway.start(
                            "DEU.BBBB",
                            "D0BB",
                            portB,
                            "DEU.AAAA",
                            portA,
                            Gateway.Database.POSTGRES,
                            run + "_b",
                            bSettings)) {
                return new ExchangeBenchmark(run + "_a").measure(admin, a, b, clients, warmupSeconds, seconds);
            } finally {
                BenchSupport.dropSchemas(admin, run + "_a", run + "_b");
            }
        }
    }

    private Result measure(HikariDataSource admin, Gateway a, Gateway b, int clients, int warmupSeconds, int seconds)
            throws Exception {
        // contracts for more exchanges than can possibly complete, before anything is timed
        int customers = Math.max(3000, 250 * (warmupSeconds + seconds));
        long t0 = System.nanoTime();
        ExecutorService puts = Executors.newFixedThreadPool(4);
        for (int i = 0; i < customers; i++) {
            int customer = i;
            puts.submit(() -> ExchangeData.putContract(b, customer));
        }
        puts.shutdown();
        puts.awaitTermination(30, TimeUnit.MINUTES);
        BenchSupport.say("%d contracts in B's CRM in %.1f s", customers, (System.nanoTime() - t0) / 1e9);

        Thread watcher = new Thread(() -> watch(admin), "exchange-watcher");
        watcher.setDaemon(true);
        watcher.start();
        AtomicInteger next = new AtomicInteger();
        AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
        AtomicLong ending = new AtomicLong(Long.MAX_VALUE);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread d = new Thread(
                    () -> {
                        while (!stop.get()) {
                            int i = next.getAndIncrement();
                            if (i >= customers) {
                                return;
                            }
                            long start = System.nanoTime();
                            try {
                                exchange(a, i);
                            } catch (RuntimeException
                                    | java.util.concurrent.ExecutionException
                                    | java.util.concurrent.TimeoutException e) {
                                failures.incrementAndGet();
                                BenchSupport.say("exchange %d failed: %s", i, e);
                                continue;
                            } catch (InterruptedException e) {
                                return;
                            }
                            long end = System.nanoTime();
                            if (start >= measuring.get() && end <= ending.get()) {
                                completed.incrementAndGet();
                                latencies.add(end - start);
                            } else if (end >= measuring.get() && end <= ending.get()) {
                                completed.incrementAndGet(); // started in the warm-up, counted where it completes
                            }
                        }
                    },
                    "exchange-driver-" + t);
            d.setDaemon(true);
            drivers.add(d);
            d.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        double loadBefore = BenchSupport.load();
        long begin = System.nanoTime();
        measuring.set(begin);
        ending.set(begin + seconds * 1_000_000_000L);
        BenchSupport.say("warm-up done (%d exchanges started), measuring %d s", next.get(), seconds);
        Thread.sleep(seconds * 1000L);
        double load = Math.max(loadBefore, BenchSupport.load());
        stop.set(true);
        for (Thread d : drivers) {
            d.join(60_000);
        }
        stopWatching.set(true);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = completed.get() / (double) seconds;
        Result r = new Result(
                rate,
                completed.get(),
                seconds,
                BenchSupport.quantile(sorted, 0.5) / 1e6,
                BenchSupport.quantile(sorted, 0.99) / 1e6,
                load);
        BenchSupport.say(
                "exchange: %d completed in %d s = %.1f exchanges/s (%.1f messages/s each way counted), "
                        + "p50 %.0f ms, p99 %.0f ms per exchange, %d failures",
                completed.get(), seconds, rate, 3 * rate, r.p50Ms(), r.p99Ms(), failures.get());
        return r;
    }

    private void exchange(Gateway a, int i)
            throws InterruptedException, java.util.concurrent.ExecutionException,
                    java.util.concurrent.TimeoutException {
        String id = a.ok("/api/vorabstimmungen", ExchangeData.va(i))
                .path("vorabstimmungsId")
                .asString();
        CompletableFuture<Void> isAgreed = new CompletableFuture<>();
        agreed.put(id, isAgreed);
        isAgreed.get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> isDone = new CompletableFuture<>();
        done.put(id, isDone);
        a.ok("/api/vorabstimmungen/" + id + "/akm-tr", ExchangeData.akmTr(i));
        isDone.get(60, TimeUnit.SECONDS);
    }

    /** Completes the drivers' futures from A's tables: phase AGREED; the AKM-TR's outbox entry DELIVERED. */
    private void watch(HikariDataSource admin) {
        String agreedSql = "SELECT va_id FROM " + schemaA + ".vorabstimmung WHERE va_id = ANY(?) AND phase = 'AGREED'";
        String doneSql = "SELECT o.va_id FROM " + schemaA + ".outbox o JOIN " + schemaA + ".wbci_message m"
                + " ON m.id = o.message_id WHERE o.va_id = ANY(?) AND m.message_type = 'AKM_TR'"
                + " AND o.status = 'DELIVERED'";
        while (!stopWatching.get()) {
            try (Connection c = admin.getConnection()) {
                while (!stopWatching.get()) {
                    complete(c, agreedSql, agreed);
                    complete(c, doneSql, done);
                    Thread.sleep(10);
                }
            } catch (SQLException e) {
                BenchSupport.say("watcher: %s", e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void complete(Connection c, String sql, Map<String, CompletableFuture<Void>> waiting)
            throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        Array ids = c.createArrayOf("varchar", waiting.keySet().toArray());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CompletableFuture<Void> f = waiting.remove(rs.getString(1));
                    if (f != null) {
                        f.complete(null);
                    }
                }
            }
        }
    }
}
