package org.wbcigateway.gateway.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.scheduling.LoopWorker;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.support.Gateway;

/**
 * Issue 15's acceptance figure: the inbound rate of a gateway serving ten tenants is at least 90 % of the rate of one
 * serving one, in the same command. Two gateways in this JVM on PostgreSQL, fresh schemas, the same settings (the
 * test harness's: decision mode REVIEW, outbox and decision poll interval 100 ms): <b>S</b> with its one tenant
 * DEU.BBBB, and <b>T</b> with DEU.BBBB and nine tenants added at runtime (DEU.BB01 … DEU.BB09, each in its schema
 * {@code <home>_deu_bb0n}). DEU.AAAA is a partner of both (the partner directory is the installation's, shared by its
 * tenants). DEU.AAAA's VAs (the recorded {@code exchange/va.xml}, distinct VA-IDs per gateway) are signed before
 * anything is timed: for S all to DEU.BBBB, for T round-robin to the ten tenants (the VA's EKPabg is the tenant's
 * code, so the gateway routes it there as its Empfänger).
 *
 * <p>Both are warmed up, then measured in rounds, S and T one after the other ({@code rounds} pairs, the side that
 * goes first alternating: S T, T S, S T …), each a closed loop of {@code clients} for {@code seconds}, so that the
 * shared machine's drift hits both alike; the median of each side's rounds gives the ratio T/S (target ≥ 90 %), the
 * median of the rounds' own ratios (each round's two sides back to back) is printed beside it. While
 * one side is measured, the other's background workers (the {@link LoopWorker}s: outbox sender and decision worker,
 * which poll every tenant's schema in turn) are paused, so each side pays its own polling only
 * ({@code idle-workers=run} leaves them running). Then each side's background cost alone: its CPU per second with no
 * traffic for {@code idle} seconds. At the end every tenant's schema is checked to hold exactly the VAs addressed to
 * it, and the schemas are dropped.
 *
 * <p>Arguments: {@code clients=16 seconds=15 rounds=3 warmup=3000 tenants=10 idle=6 set.<setting>=<value>}.
 * {@code warmup} is a number of messages per side, signed first. The messages of a round are signed just before it
 * (untimed, both gateways idle): as many as the side's fastest rate so far (the warm-up's second half, then its rounds)
 * says it needs, times {@code margin=1.5} (twice that before the first round). Signing costs about half of what the gateway spends per message, so signing
 * far more than the rounds use would add minutes to the command. {@code spread=first} sends all of T's VAs to its first tenant (a
 * diagnosis: T then pays for its tenants' polling only, not for switching schemas per message). {@code jfr=<file>}
 * records the whole run with JFR (started with the JVM, see {@link JfrSummary#mark}) and prints a summary of each
 * side's measured rounds.
 */
public final class TenantsInboundBenchmark {

    private static final String PARTNER = "DEU.AAAA";
    private static final String FIRST = "DEU.BBBB";

    /** A request's outcome, per pre-signed message. */
    private static final int NOT_SENT = 0;

    private static final int OK = 1;
    private static final int FAILED = 2;

    /** One gateway under test with its pre-signed VAs. */
    private static final class Side {
        final String name;
        /** The number of its first VA (VA-ID {@code DEU.AAAA.V<number>}); the one numbered n goes to codes[n % size]. */
        final int firstId;

        final List<CarrierCode> codes;
        final List<byte[]> signed = new ArrayList<>();
        AtomicIntegerArray outcome = new AtomicIntegerArray(0);
        final AtomicInteger next = new AtomicInteger();
        final List<Double> rates = new ArrayList<>();
        final List<CpuSplit.PerMessage> cpu = new ArrayList<>();
        final List<Double> loads = new ArrayList<>();
        /** The fastest rate seen so far (TEQ OK/s): how many messages the next round may need. */
        double fastest;

        /** When each measured round ran, for the JFR summary per side. */
        final List<java.time.Instant[]> windows = new ArrayList<>();

        CpuSplit.PerMessage idleCpu;
        Gateway gateway;

        Side(String name, int firstId, List<CarrierCode> codes) {
            this.name = name;
            this.firstId = firstId;
            this.codes = codes;
        }

        /** Signs {@code count} more VAs (untimed; between loops only). */
        void presign(int count) throws Exception {
            signed.addAll(InboundBenchmark.presign(count, firstId + signed.size(), codes));
            AtomicIntegerArray grown = new AtomicIntegerArray(signed.size());
            for (int i = 0; i < outcome.length(); i++) {
                grown.set(i, outcome.get(i));
            }
            outcome = grown;
        }

        String vaId(int i) {
            return String.format(Locale.ROOT, "DEU.AAAA.V%09d", firstId + i);
        }

        String receiver(int i) {
            return codes.get((firstId + i) % codes.size()).value();
        }

        Tenants tenants() {
            return gateway.context().getBean(Tenants.class);
        }

        java.util.Collection<LoopWorker> workers() {
            return gateway.context().getBeansOfType(LoopWorker.class).values();
        }

        void pause() {
            workers().forEach(LoopWorker::stop);
        }

        void resume() {
            workers().forEach(LoopWorker::start);
        }
    }

    private TenantsInboundBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int clients = BenchSupport.intOption(o, "clients", 16);
        int seconds = BenchSupport.intOption(o, "seconds", 15);
        int rounds = BenchSupport.intOption(o, "rounds", 3);
        int warmup = BenchSupport.intOption(o, "warmup", 3000);
        int tenantCount = BenchSupport.intOption(o, "tenants", 10);
        int idleSeconds = BenchSupport.intOption(o, "idle", 6);
        double margin = Double.parseDouble(o.getOrDefault("margin", "1.5"));
        boolean pauseIdle = !"run".equals(o.getOrDefault("idle-workers", "pause"));
        boolean spread = !"first".equals(o.getOrDefault("spread", "all"));
        BenchSupport.quietLogs();
        JfrSummary jfr = o.containsKey("jfr") ? JfrSummary.start(java.nio.file.Path.of(o.get("jfr"))) : null;
        double loadAtStart = BenchSupport.load();
        long started = System.nanoTime();

        String stamp = Long.toString(System.currentTimeMillis(), 36);
        String homeS = "bench_tn_s_" + stamp;
        String homeT = "bench_tn_t_" + stamp;
        List<String> codesT = new ArrayList<>(List.of(FIRST));
        for (int n = 1; n < tenantCount; n++) {
            codesT.add(String.format(Locale.ROOT, "DEU.BB%02d", n));
        }
        List<String> schemas = new ArrayList<>(List.of(homeS, homeS + "_provider", homeT, homeT + "_provider"));
        codesT.stream()
                .skip(1)
                .forEach(c ->
                        schemas.add(homeT + "_" + c.toLowerCase(Locale.ROOT).replace('.', '_')));
        BenchSupport.say(
                "tenants: %s; gateway S (%s) and T (%s and %d more) on PostgreSQL schemas %s and %s; %d clients, "
                        + "%d rounds of %d s per side, warm-up %d messages per side, idle side's workers %s%s",
                BenchSupport.machine(),
                FIRST,
                FIRST,
                tenantCount - 1,
                homeS,
                homeT,
                clients,
                rounds,
                seconds,
                warmup,
                pauseIdle ? "paused" : "running",
                spread ? "" : "; T's VAs all to " + FIRST);

        // S's VAs numbered from 1, T's from 100,000,000 on (a multiple of 10: the one numbered n to codesT[n % 10])
        Side s = new Side("S", 1, List.of(CarrierCode.of(FIRST)));
        Side t = new Side(
                "T",
                100_000_000,
                spread ? codesT.stream().map(CarrierCode::of).toList() : List.of(CarrierCode.of(FIRST)));
        s.presign(warmup);
        t.presign(warmup);

        Map<String, Object> figures = new LinkedHashMap<>();
        boolean correct;
        try {
            Map<String, String> settings = BenchSupport.gatewaySettings(o);
            s.gateway = Gateway.start(
                    FIRST,
                    "D0BB",
                    Gateway.freePort(),
                    PARTNER,
                    Gateway.freePort(),
                    Gateway.Database.POSTGRES,
                    homeS,
                    settings);
            t.gateway = Gateway.start(
                    FIRST,
                    "D0BB",
                    Gateway.freePort(),
                    PARTNER,
                    Gateway.freePort(),
                    Gateway.Database.POSTGRES,
                    homeT,
                    settings);
            long added = System.nanoTime();
            for (int n = 1; n < tenantCount; n++) {
                t.tenants()
                        .add(
                                CarrierCode.of(codesT.get(n)),
                                Portierungskennung.of(String.format(Locale.ROOT, "D0B%X", n)),
                                Bundesland.BY);
            }
            BenchSupport.say(
                    "T serves %d tenants (%d added in %.1f s): %s",
                    t.tenants().all().size(),
                    tenantCount - 1,
                    (System.nanoTime() - added) / 1e9,
                    t.tenants().all().stream()
                            .map(x -> x.id() + "@" + x.schema())
                            .collect(Collectors.joining(" ")));
            BenchSupport.say(
                    "background workers per gateway: %s",
                    s.workers().stream().map(w -> w.getClass().getSimpleName()).collect(Collectors.joining(", ")));

            if (pauseIdle) {
                s.pause();
                t.pause();
            }
            for (Side side : List.of(s, t)) {
                run(side, pauseIdle, () -> {
                    closedLoop(side, clients, warmup / 2, 0, false);
                    Loop second = closedLoop(side, clients, warmup - warmup / 2, 0, false);
                    side.fastest = second.rate();
                    BenchSupport.say(
                            "%s warmed up with %d messages (the second half at %.1f TEQ OK/s, %d failed)",
                            side.name, warmup, second.rate(), second.failed());
                });
            }

            for (int r = 0; r < rounds; r++) {
                List<Side> order = r % 2 == 0 ? List.of(s, t) : List.of(t, s);
                for (Side side : order) {
                    // the warm-up's rate is often well below the rounds' (the JIT is still at work): more before the
                    // first
                    double ahead = side.rates.isEmpty() ? 2 * margin : margin;
                    int wanted = (int) Math.ceil(side.fastest * seconds * ahead) + clients;
                    int left = side.signed.size() - side.next.get();
                    if (left < wanted) {
                        side.presign(wanted - left);
                    }
                    run(side, pauseIdle, () -> measure(side, clients, seconds));
                    side.fastest = Math.max(side.fastest, side.rates.get(side.rates.size() - 1));
                }
            }

            for (Side side : List.of(s, t)) {
                run(side, pauseIdle, () -> idle(side, idleSeconds));
            }
            if (pauseIdle) {
                s.resume();
                t.resume();
            }
            correct = check(s) & check(t);
        } finally {
            for (Side side : List.of(t, s)) {
                if (side.gateway != null) {
                    side.gateway.close();
                }
            }
            drop(schemas);
        }

        double medianS = median(s.rates);
        double medianT = median(t.rates);
        double ratio = medianT / medianS;
        // each round's two sides ran back to back: their ratio is the least touched by the machine's drift
        List<Double> roundRatios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            roundRatios.add(t.rates.get(r) / s.rates.get(r));
        }
        for (int r = 0; r < rounds; r++) {
            BenchSupport.say(
                    "round %d: S %.1f/s (CPU per TEQ OK: machine %.2f ms, gateway %.2f ms, its Java threads %.2f ms, "
                            + "PostgreSQL %.2f ms), T %.1f/s (machine %.2f ms, gateway %.2f ms, Java threads %.2f ms, "
                            + "PostgreSQL %.2f ms), T/S %.1f %%",
                    r + 1,
                    s.rates.get(r),
                    s.cpu.get(r).machine(),
                    s.cpu.get(r).process(),
                    s.cpu.get(r).javaThreads(),
                    s.cpu.get(r).postgres(),
                    t.rates.get(r),
                    t.cpu.get(r).machine(),
                    t.cpu.get(r).process(),
                    t.cpu.get(r).javaThreads(),
                    t.cpu.get(r).postgres(),
                    100 * t.rates.get(r) / s.rates.get(r));
        }
        BenchSupport.say(
                "median: S (1 tenant) %.1f TEQ OK/s, T (%d tenants) %.1f TEQ OK/s: T/S = %.1f %% (target >= 90 %%: %s)",
                medianS, tenantCount, medianT, 100 * ratio, ratio >= 0.9 ? "met" : "missed");
        BenchSupport.say(
                "T/S of each round (its two sides back to back): %s %%; their median %.1f %%",
                joined(roundRatios.stream().map(x -> 100 * x).toList(), "%.1f"), 100 * median(roundRatios));
        BenchSupport.say(
                "idle, CPU per second: S gateway %.1f ms (Java threads %.1f ms), PostgreSQL %.1f ms; "
                        + "T gateway %.1f ms (Java threads %.1f ms), PostgreSQL %.1f ms",
                s.idleCpu.process(),
                s.idleCpu.javaThreads(),
                s.idleCpu.postgres(),
                t.idleCpu.process(),
                t.idleCpu.javaThreads(),
                t.idleCpu.postgres());
        BenchSupport.say("correctness: %s", correct ? "every VA in its tenant's schema, none elsewhere" : "FAILED");
        double duration = (System.nanoTime() - started) / 1e9;
        BenchSupport.say("the command's Java part took %.0f s", duration);
        if (jfr != null) {
            jfr.stop();
            for (Side side : List.of(s, t)) {
                jfr.print(
                        side.name + " (" + (side == s ? 1 : tenantCount) + " tenants), its measured rounds",
                        side.windows,
                        30);
            }
        }

        figures.put("tenants", tenantCount);
        figures.put("spread", spread ? "all" : "first");
        figures.put("clients", clients);
        figures.put("seconds", seconds);
        figures.put("rounds", rounds);
        figures.put("warmup_messages_per_side", warmup);
        figures.put("idle_workers", pauseIdle ? "paused" : "running");
        BenchSupport.settings(o).forEach((k, v) -> figures.put("set." + k, v));
        figures.put("load1_start", loadAtStart);
        figures.put("s_teq_ok_per_s_rounds", joined(s.rates, "%.1f"));
        figures.put("t_teq_ok_per_s_rounds", joined(t.rates, "%.1f"));
        figures.put("s_load1_rounds", joined(s.loads, "%.2f"));
        figures.put("t_load1_rounds", joined(t.loads, "%.2f"));
        figures.put("s_machine_cpu_ms_per_teq_ok_rounds", joined(of(s, CpuSplit.PerMessage::machine), "%.2f"));
        figures.put("t_machine_cpu_ms_per_teq_ok_rounds", joined(of(t, CpuSplit.PerMessage::machine), "%.2f"));
        figures.put("s_gateway_cpu_ms_per_teq_ok_rounds", joined(of(s, CpuSplit.PerMessage::process), "%.2f"));
        figures.put("t_gateway_cpu_ms_per_teq_ok_rounds", joined(of(t, CpuSplit.PerMessage::process), "%.2f"));
        figures.put("s_java_threads_cpu_ms_per_teq_ok_rounds", joined(of(s, CpuSplit.PerMessage::javaThreads), "%.2f"));
        figures.put("t_java_threads_cpu_ms_per_teq_ok_rounds", joined(of(t, CpuSplit.PerMessage::javaThreads), "%.2f"));
        figures.put("s_postgres_cpu_ms_per_teq_ok_rounds", joined(of(s, CpuSplit.PerMessage::postgres), "%.2f"));
        figures.put("t_postgres_cpu_ms_per_teq_ok_rounds", joined(of(t, CpuSplit.PerMessage::postgres), "%.2f"));
        figures.put("s_teq_ok_per_s_median", medianS);
        figures.put("t_teq_ok_per_s_median", medianT);
        figures.put("ratio_t_s", ratio);
        figures.put("target_met", ratio >= 0.9 ? "yes" : "no");
        figures.put("ratio_t_s_rounds", joined(roundRatios, "%.4f"));
        figures.put("ratio_t_s_median_of_rounds", median(roundRatios));
        figures.put("s_gateway_cpu_ms_per_teq_ok_median", median(of(s, CpuSplit.PerMessage::process)));
        figures.put("t_gateway_cpu_ms_per_teq_ok_median", median(of(t, CpuSplit.PerMessage::process)));
        figures.put("s_java_threads_cpu_ms_per_teq_ok_median", median(of(s, CpuSplit.PerMessage::javaThreads)));
        figures.put("t_java_threads_cpu_ms_per_teq_ok_median", median(of(t, CpuSplit.PerMessage::javaThreads)));
        figures.put("s_postgres_cpu_ms_per_teq_ok_median", median(of(s, CpuSplit.PerMessage::postgres)));
        figures.put("t_postgres_cpu_ms_per_teq_ok_median", median(of(t, CpuSplit.PerMessage::postgres)));
        figures.put("s_machine_cpu_ms_per_teq_ok_median", median(of(s, CpuSplit.PerMessage::machine)));
        figures.put("t_machine_cpu_ms_per_teq_ok_median", median(of(t, CpuSplit.PerMessage::machine)));
        figures.put("s_idle_gateway_cpu_ms_per_s", s.idleCpu.process());
        figures.put("t_idle_gateway_cpu_ms_per_s", t.idleCpu.process());
        figures.put("s_idle_java_threads_cpu_ms_per_s", s.idleCpu.javaThreads());
        figures.put("t_idle_java_threads_cpu_ms_per_s", t.idleCpu.javaThreads());
        figures.put("s_idle_postgres_cpu_ms_per_s", s.idleCpu.postgres());
        figures.put("t_idle_postgres_cpu_ms_per_s", t.idleCpu.postgres());
        figures.put("s_idle_machine_cpu_ms_per_s", s.idleCpu.machine());
        figures.put("t_idle_machine_cpu_ms_per_s", t.idleCpu.machine());
        figures.put("correct", correct ? "yes" : "no");
        figures.put("duration_s", duration);
        BenchSupport.record("tenants", figures);
        System.exit(correct ? 0 : 1);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws InterruptedException;
    }

    /** The work with this side's background workers running, the other's paused (if they are paused at all). */
    private static void run(Side side, boolean pauseIdle, Work work) throws InterruptedException {
        if (pauseIdle) {
            side.resume();
        }
        try {
            work.run();
        } finally {
            if (pauseIdle) {
                side.pause();
            }
        }
    }

    /** One measured round of a side: closed loop, its rate, CPU per message and the load when it began. */
    private static void measure(Side side, int clients, int seconds) throws InterruptedException {
        side.loads.add(BenchSupport.load());
        CpuSplit cpu = new CpuSplit();
        java.time.Instant from = java.time.Instant.now();
        Loop loop = closedLoop(side, clients, Integer.MAX_VALUE, seconds, true);
        side.windows.add(new java.time.Instant[] {from, java.time.Instant.now()});
        side.rates.add(loop.rate());
        side.cpu.add(cpu.perMessage(loop.ok()));
    }

    /** The side's background cost: CPU per second while it serves nothing (its workers polling, schedulers). */
    private static void idle(Side side, int seconds) throws InterruptedException {
        Thread.sleep(1000);
        CpuSplit cpu = new CpuSplit();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        // CPU "per message" with one message per second of the window: CPU milliseconds per second
        CpuSplit.PerMessage perSecond = cpu.perMessage(Math.max(1, Math.round(elapsed)));
        side.idleCpu = perSecond;
        BenchSupport.say(
                "%s idle for %.1f s (%d tenants): gateway %.1f ms CPU per second (%.1f ms its Java threads), "
                        + "PostgreSQL %.1f ms, machine %.1f ms",
                side.name,
                elapsed,
                side.tenants().all().size(),
                perSecond.process(),
                perSecond.javaThreads(),
                perSecond.postgres(),
                perSecond.machine());
    }

    /** What a closed loop got: TEQ OK answers, other outcomes, and how long it ran. */
    private record Loop(long ok, long failed, double seconds) {
        double rate() {
            return ok / seconds;
        }
    }

    /**
     * Posts the side's next messages with {@code clients} threads until {@code count} messages are sent or
     * {@code seconds} (0: no limit) have passed.
     */
    private static Loop closedLoop(Side side, int clients, int count, int seconds, boolean report)
            throws InterruptedException {
        long t0 = System.nanoTime();
        long end = seconds == 0 ? Long.MAX_VALUE : t0 + seconds * 1_000_000_000L;
        int stop = (int) Math.min(side.signed.size(), (long) side.next.get() + count);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        URI url = URI.create(side.gateway.soapUrl());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        PlainHttp http = new PlainHttp(url);
                        try {
                            while (System.nanoTime() < end) {
                                int i = side.next.getAndIncrement();
                                if (i >= stop) {
                                    return;
                                }
                                boolean answered = post(http, side.signed.get(i));
                                side.outcome.set(i, answered ? OK : FAILED);
                                (answered ? ok : failed).incrementAndGet();
                            }
                        } finally {
                            http.close();
                        }
                    },
                    CpuSplit.CLIENT + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        // each client that found no message left took one number past the last
        side.next.set(Math.min(stop, side.next.get()));
        if (seconds > 0 && side.next.get() >= side.signed.size()) {
            BenchSupport.say(
                    "%s ran out of pre-signed messages after %.1f s of %d: raise margin=", side.name, elapsed, seconds);
        }
        Loop loop = new Loop(ok.get(), failed.get(), elapsed);
        if (report) {
            BenchSupport.say(
                    "%s (%d tenants), %d clients: %d TEQ OK, %d failed in %.1f s = %.1f/s",
                    side.name, side.tenants().all().size(), clients, ok.get(), failed.get(), elapsed, loop.rate());
        }
        return loop;
    }

    private static boolean post(PlainHttp http, byte[] soap) {
        try {
            PlainHttp.Response r = http.postSoap(soap);
            return r.status() == 200
                    && new String(r.body(), StandardCharsets.UTF_8).contains("<Meldungscode>OK</Meldungscode>");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Every tenant's schema holds exactly the VAs addressed to it that were answered TEQ OK (a failed request's VA may
     * be there too, in its own tenant only), none addressed elsewhere or never sent, none in two schemas; the
     * provider refused nothing and holds nothing in the bundle inbox.
     */
    private static boolean check(Side side) {
        boolean correct = true;
        long failed = 0;
        try (com.zaxxer.hikari.HikariDataSource ds = admin();
                java.sql.Connection c = ds.getConnection()) {
            Set<String> seen = new HashSet<>();
            for (Tenant tenant : side.tenants().all()) {
                Set<String> stored = new HashSet<>();
                try (java.sql.Statement st = c.createStatement();
                        java.sql.ResultSet rs =
                                st.executeQuery("SELECT va_id FROM \"" + tenant.schema() + "\".vorabstimmung")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                String code = tenant.code().value();
                int expected = 0;
                int missing = 0;
                int failedHere = 0;
                Set<String> stray = new HashSet<>(stored);
                for (int i = 0; i < side.signed.size(); i++) {
                    if (!side.receiver(i).equals(code)) {
                        continue;
                    }
                    int outcome = side.outcome.get(i);
                    String id = side.vaId(i);
                    if (outcome != NOT_SENT) {
                        stray.remove(id);
                    }
                    if (outcome == OK) {
                        expected++;
                        if (!stored.contains(id)) {
                            missing++;
                        }
                    } else if (outcome == FAILED) {
                        failedHere++;
                    }
                }
                long twice = stored.stream().filter(id -> !seen.add(id)).count();
                boolean fine = missing == 0 && stray.isEmpty() && twice == 0;
                correct &= fine;
                failed += failedHere;
                BenchSupport.say(
                        "%s %s (schema %s): %d VAs stored, %d answered TEQ OK for it, %d of them missing, %d stray "
                                + "(addressed elsewhere or never sent), %d also in another tenant's schema, "
                                + "%d requests for it failed: %s",
                        side.name,
                        code,
                        tenant.schema(),
                        stored.size(),
                        expected,
                        missing,
                        stray.size(),
                        twice,
                        failedHere,
                        fine ? "ok" : "WRONG");
            }
            String provider = side.tenants().providerScope().schema();
            for (String table : List.of("inbound_refusal", "bundle_inbox")) {
                try (java.sql.Statement st = c.createStatement();
                        java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + provider + "\"." + table)) {
                    rs.next();
                    long rows = rs.getLong(1);
                    if (rows != 0) {
                        correct = false;
                    }
                    BenchSupport.say(
                            "%s: %d rows in the provider's %s: %s", side.name, rows, table, rows == 0 ? "ok" : "WRONG");
                }
            }
        } catch (java.sql.SQLException e) {
            BenchSupport.say("%s: cannot check the schemas: %s", side.name, e);
            return false;
        }
        if (failed > 0) {
            BenchSupport.say("%s: %d requests were not answered TEQ OK", side.name, failed);
        }
        return correct;
    }

    private static com.zaxxer.hikari.HikariDataSource admin() {
        com.zaxxer.hikari.HikariConfig hc = new com.zaxxer.hikari.HikariConfig();
        hc.setJdbcUrl(BenchSupport.PG_URL);
        hc.setUsername("postgres");
        hc.setMaximumPoolSize(1);
        return new com.zaxxer.hikari.HikariDataSource(hc);
    }

    private static void drop(List<String> schemas) {
        try (com.zaxxer.hikari.HikariDataSource ds = admin()) {
            BenchSupport.dropSchemas(ds, schemas.toArray(String[]::new));
        }
        BenchSupport.say("dropped schemas %s", String.join(", ", schemas));
    }

    private static List<Double> of(Side side, java.util.function.ToDoubleFunction<CpuSplit.PerMessage> figure) {
        return side.cpu.stream().map(figure::applyAsDouble).toList();
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String joined(List<Double> values, String format) {
        return values.stream().map(v -> String.format(Locale.ROOT, format, v)).collect(Collectors.joining(" "));
    }
}
