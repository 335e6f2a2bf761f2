package org.wbcigateway.gateway.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;

/**
 * Issue 7 (2) and (3): persisted-and-acknowledged inbound messages per second on PostgreSQL, and TEQ latency at half
 * of that rate, each next to {@code pgbench} running a one-row INSERT ({@link Pgbench}) with the same clients in the
 * same run. One gateway (DEU.BBBB, decision mode REVIEW: a VA is stored, answered TEQ OK and waits for an operator)
 * on a fresh PostgreSQL schema; DEU.AAAA's VAs (the recorded {@code exchange/va.xml} with distinct VA-IDs and a
 * fresh Zeitstempel) are signed before anything is timed, then posted by {@code clients} threads; a request counts if
 * it is answered HTTP 200 with TEQ OK. Phase 1: as fast as it goes. Phase 2: open loop at half of phase 1's rate,
 * latency from each request's scheduled time. Then pgbench both ways. Arguments:
 * {@code clients=16 warmup=3000 seconds=20 messages=20000 floor=<ops/s> jfr=<file>}: {@code warmup} is a number of
 * messages (the JIT compiles by invocation counts, so a busy machine gets the same warm-up as a quiet one);
 * {@code floor} is {@code InboundFloorBenchmark}'s rate of the same command (issue 13 (P2)); JFR runs during phase 1,
 * summarised by {@link JfrSummary}; {@code set.<setting>=<value>} passes a setting to the gateway; {@code trace=<file>}
 * writes the open loop's requests (scheduled time, latency in µs) to compare with a GC log; {@code client=jdk} sends
 * with the JDK's HttpClient instead of {@link PlainHttp}.
 */
public final class InboundBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final List<byte[]> signed;
    private final AtomicInteger next = new AtomicInteger();
    /** TEQ OK answers over all closed-loop phases. */
    private final AtomicLong ok = new AtomicLong();

    private final String url;
    /** Where the open loop writes each request's scheduled time (UTC) and latency in microseconds; null: nowhere. */
    private Path latencyTrace;
    /** {@code client=plain} (the default): {@link PlainHttp}, one connection per client thread; {@code jdk}: HttpClient. */
    private boolean plain = true;

    private final ThreadLocal<PlainHttp> connection;

    private InboundBenchmark(List<byte[]> signed, String url) {
        this.signed = signed;
        this.url = url;
        this.connection = ThreadLocal.withInitial(() -> new PlainHttp(URI.create(url)));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int clients = BenchSupport.intOption(o, "clients", 16);
        int warmup = BenchSupport.intOption(o, "warmup", 3000);
        double floor = o.containsKey("floor") ? Double.parseDouble(o.get("floor")) : Double.NaN;
        int seconds = BenchSupport.intOption(o, "seconds", 20);
        int messages = BenchSupport.intOption(o, "messages", 20000);
        BenchSupport.quietLogs();
        JfrSummary jfr = o.containsKey("jfr") ? JfrSummary.start(Path.of(o.get("jfr"))) : null;
        String schema = "bench_in_" + Long.toString(System.currentTimeMillis(), 36);
        BenchSupport.say(
                "inbound: %s; gateway DEU.BBBB on PostgreSQL schema %s, %d clients",
                BenchSupport.machine(), schema, clients);
        List<byte[]> signed = presign(messages);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("client", o.getOrDefault("client", "plain"));
        double max;
        double half;
        CpuSplit.PerMessage cpuPerMessage;
        long[] latencies;
        int port = Gateway.freePort();
        try (Gateway b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                port,
                "DEU.AAAA",
                Gateway.freePort(),
                Gateway.Database.POSTGRES,
                schema,
                BenchSupport.gatewaySettings(o))) {
            InboundBenchmark bench = new InboundBenchmark(signed, b.soapUrl());
            bench.latencyTrace = o.containsKey("trace") ? Path.of(o.get("trace")) : null;
            bench.plain = !"jdk".equals(o.getOrDefault("client", "plain"));
            bench.warmUp(clients, warmup);
            if (jfr != null) {
                jfr.mark();
            }
            CpuSplit cpu = new CpuSplit();
            long okBefore = bench.ok.get();
            max = bench.closedLoop(clients, seconds, true);
            cpuPerMessage = cpu.perMessage(bench.ok.get() - okBefore);
            BenchSupport.say(
                    "CPU per TEQ OK: gateway %.2f ms (process, GC and JIT included; %.2f ms its Java threads), "
                            + "PostgreSQL %.2f ms, the machine in all %.2f ms",
                    cpuPerMessage.process(),
                    cpuPerMessage.javaThreads(),
                    cpuPerMessage.postgres(),
                    cpuPerMessage.machine());
            if (jfr != null) {
                jfr.stopAndPrint(25);
            }
            half = max / 2;
            latencies = bench.openLoop(clients, seconds, half);
        } finally {
            psqlDrop(schema);
        }
        double p50 = BenchSupport.quantile(latencies, 0.5) / 1e6;
        double p99 = BenchSupport.quantile(latencies, 0.99) / 1e6;
        BenchSupport.say(
                "gateway: max %.1f TEQ OK/s; at %.1f/s: p50 %.2f ms, p99 %.2f ms (%d requests)",
                max, half, p50, p99, latencies.length);

        Pgbench pgbench = new Pgbench();
        Pgbench.Result pgMax;
        Pgbench.Result pgHalf;
        try {
            pgMax = pgbench.run(clients, seconds, 0);
            pgHalf = pgbench.run(clients, seconds, half);
        } finally {
            pgbench.drop();
        }
        BenchSupport.say(
                "pgbench one-row insert: max %.1f tps; at %.1f/s: p50 %.2f ms, p99 %.2f ms",
                pgMax.tps(), half, pgHalf.p50Ms(), pgHalf.p99Ms());
        BenchSupport.say(
                "gateway/pgbench = %.1f %% (issue 7's reference); (3) TEQ p99 %.2f ms vs 4 x insert p99 "
                        + "%.2f ms = %.2f of the limit (target <= 1)",
                100 * max / pgMax.tps(), p99, 4 * pgHalf.p99Ms(), p99 / (4 * pgHalf.p99Ms()));
        if (!Double.isNaN(floor)) {
            BenchSupport.say(
                    "(P2) gateway/floor = %.1f / %.1f = %.1f %% (target >= 60 %%)", max, floor, 100 * max / floor);
            // JMH ran one thread per CPU, so the floor's CPU per operation is the CPUs' time divided by its rate
            double cpus = Runtime.getRuntime().availableProcessors();
            BenchSupport.say(
                    "(P2) CPU per message: the floor %.2f ms; 60 %% of the floor allows %.2f ms of the machine per "
                            + "message, the gateway run took %.2f ms",
                    1000 * cpus / floor, 1000 * cpus / (0.6 * floor), cpuPerMessage.machine());
            figures.put("floor_ops_per_s", floor);
            figures.put("ratio_p2_floor", max / floor);
            figures.put("floor_cpu_ms_per_op", 1000 * cpus / floor);
        }
        BenchSupport.settings(o).forEach((k, v) -> figures.put("set." + k, v));
        figures.put("warmup_messages", warmup);
        figures.put("seconds", seconds);
        figures.put("gateway_teq_ok_per_s", max);
        figures.put("gateway_cpu_ms_per_teq_ok", cpuPerMessage.process());
        figures.put("gateway_java_threads_cpu_ms_per_teq_ok", cpuPerMessage.javaThreads());
        figures.put("postgres_cpu_ms_per_teq_ok", cpuPerMessage.postgres());
        figures.put("machine_cpu_ms_per_teq_ok", cpuPerMessage.machine());
        figures.put("pgbench_insert_tps", pgMax.tps());
        figures.put("ratio_2", max / pgMax.tps());
        figures.put("half_rate_per_s", half);
        figures.put("gateway_p50_ms", p50);
        figures.put("gateway_p99_ms", p99);
        figures.put("pgbench_at_half_p50_ms", pgHalf.p50Ms());
        figures.put("pgbench_at_half_p99_ms", pgHalf.p99Ms());
        figures.put("pgbench_at_half_tps", pgHalf.tps());
        figures.put("ratio_3_p99_vs_4x_insert_p99", p99 / (4 * pgHalf.p99Ms()));
        BenchSupport.record("inbound", figures);
        System.exit(0);
    }

    /** VAs of DEU.AAAA to DEU.BBBB with VA-IDs from 1, signed by DEU.AAAA, on all CPUs. */
    static List<byte[]> presign(int count) throws Exception {
        return presign(count, 1, List.of(CarrierCode.of("DEU.BBBB")));
    }

    /**
     * VAs of DEU.AAAA numbered from {@code firstId} on (VA-ID {@code DEU.AAAA.V<number, 9 digits>}), the one numbered
     * n to {@code receivers.get(n % size)} as its EKPabg (the Empfänger), signed by DEU.AAAA, on all CPUs.
     */
    static List<byte[]> presign(int count, int firstId, List<CarrierCode> receivers) throws Exception {
        WbciCodec codec = new WbciCodec();
        Path file = BenchSupport.resultsDir().resolveSibling("src/main/resources/exchange/va.xml");
        Vorabstimmungsanfrage t = (Vorabstimmungsanfrage)
                codec.readMessage(Files.readAllBytes(file)).payload();
        long t0 = System.nanoTime();
        Control control = Control.v200(OffsetDateTime.now(), new Control.SignaturId("CN=DEU.AAAA bench", "01"));
        // one signer per thread: TestKeys.sign builds a signer per message, whose PKCS12 key store costs a PBKDF2
        ThreadLocal<org.wbcigateway.wire.security.MessageSigner> signer =
                ThreadLocal.withInitial(() -> TestKeys.signer("DEU.AAAA"));
        List<byte[]> signed = IntStream.range(0, count)
                .parallel()
                .mapToObj(i -> {
                    Vorabstimmungsanfrage va = new Vorabstimmungsanfrage(
                            t.geschaeftsfall(),
                            t.absender(),
                            new Endkundenvertragspartner(
                                    t.endkundenvertragspartner().ekpAuf(),
                                    receivers.get((firstId + i) % receivers.size())),
                            VorabstimmungsId.of(String.format(Locale.ROOT, "DEU.AAAA.V%09d", firstId + i)),
                            t.kundenwunschtermin(),
                            t.endkunde(),
                            t.weitereAnschlussinhaber(),
                            t.projektId(),
                            t.standort(),
                            t.anschlussidentifikation(),
                            t.rufnummernPortierung());
                    return signer.get().resign(codec.writeMessageSoap(new Envelope<>(control, va)));
                })
                .toList();
        BenchSupport.say("%d VAs signed in %.1f s (not timed)", count, (System.nanoTime() - t0) / 1e9);
        return signed;
    }

    /** Posts {@code count} messages as fast as the clients can, untimed. */
    void warmUp(int clients, int count) throws InterruptedException {
        int stop = next.get() + count;
        onClients(clients, c -> {
            return () -> {
                int i;
                while ((i = next.getAndIncrement()) < Math.min(stop, signed.size())) {
                    post(signed.get(i));
                }
            };
        });
        next.set(stop);
        BenchSupport.say("warmed up with %d messages", count);
    }

    /** Runs one thread per client (named as {@link CpuSplit} expects) with the work given for it, until all end. */
    private static void onClients(int clients, java.util.function.IntFunction<Runnable> work)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(work.apply(c), CpuSplit.CLIENT + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Posts as fast as the clients can for the time given; returns TEQ OK per second. */
    double closedLoop(int clients, int seconds, boolean report) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long okBefore = ok.get();
        AtomicLong failed = new AtomicLong();
        long t0 = System.nanoTime();
        onClients(clients, c -> {
            return () -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= signed.size()) {
                        return;
                    }
                    (post(signed.get(i)) ? ok : failed).incrementAndGet();
                }
            };
        });
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (next.get() >= signed.size()) {
            BenchSupport.say("ran out of pre-signed messages after %.1f s: raise messages=", elapsed);
        }
        long answered = ok.get() - okBefore;
        double rate = answered / elapsed;
        if (report) {
            BenchSupport.say(
                    "closed loop, %d clients: %d TEQ OK, %d failed in %.1f s = %.1f/s",
                    clients, answered, failed.get(), elapsed, rate);
        }
        return rate;
    }

    /** Sends at {@code rate} per second in total, spread over the clients; latency from each scheduled time. */
    long[] openLoop(int clients, int seconds, double rate) throws InterruptedException {
        long periodNanos = (long) (clients * 1e9 / rate);
        long start = System.nanoTime() + 100_000_000L;
        long end = start + seconds * 1_000_000_000L;
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> trace = java.util.Collections.synchronizedList(new ArrayList<>());
        long wallMinusNano = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        AtomicLong failed = new AtomicLong();
        onClients(clients, c -> {
            long first = start + c * periodNanos / clients;
            return () -> {
                for (long due = first; due < end; due += periodNanos) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    int i = next.getAndIncrement();
                    if (i >= signed.size()) {
                        return;
                    }
                    if (post(signed.get(i))) {
                        long latency = System.nanoTime() - due;
                        latencies.add(latency);
                        if (latencyTrace != null) {
                            trace.add(java.time.Instant.ofEpochSecond(0, wallMinusNano + due) + " " + latency / 1000);
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                }
            };
        });
        BenchSupport.say(
                "open loop at %.1f/s, %d clients: %d TEQ OK, %d failed", rate, clients, latencies.size(), failed.get());
        if (latencyTrace != null) {
            try {
                java.nio.file.Files.write(latencyTrace, trace);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private boolean post(byte[] soap) {
        if (plain) {
            try {
                PlainHttp.Response r = connection.get().postSoap(soap);
                return r.status() == 200
                        && new String(r.body(), StandardCharsets.UTF_8).contains("<Meldungscode>OK</Meldungscode>");
            } catch (java.io.IOException e) {
                return false;
            }
        }
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return r.statusCode() == 200 && r.body().contains("<Meldungscode>OK</Meldungscode>");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void psqlDrop(String schema) {
        com.zaxxer.hikari.HikariConfig hc = new com.zaxxer.hikari.HikariConfig();
        hc.setJdbcUrl(BenchSupport.PG_URL);
        hc.setUsername("postgres");
        hc.setMaximumPoolSize(1);
        try (com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(hc)) {
            BenchSupport.dropSchemas(ds, schema);
        }
    }
}
