package org.wbcigateway.gateway.chaos;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.chaos.ChaosScripts.Case;
import org.wbcigateway.gateway.chaos.ChaosScripts.Expected;
import org.wbcigateway.gateway.chaos.ChaosScripts.Row;
import org.wbcigateway.gateway.chaos.ChaosScripts.Side;
import org.wbcigateway.gateway.support.ArchivedPostgres;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.GatewayProcess;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.SchemaContents;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash test: two gateways as processes of their own on PostgreSQL, A (DEU.AAAA, EKPauf) and B (DEU.BBBB,
 * EKPabg), driven through {@link ChaosScripts} by several threads at once while a killer {@code kill -9}s one of them
 * (sometimes both) at random moments and starts it again on the same schema and port. At the end, with both up and
 * both outboxes drained, every Vorabstimmung is checked on both sides against its script: state, the exact messages
 * of its timeline (none missing, none twice, directions mirrored), the CRM contract's status, and nothing left
 * PENDING or DEAD anywhere.
 * <p>
 * The driver repeats every REST call that got no answer (the gateway was down or died during the call) with the same
 * {@code Idempotency-Key}, so a call that took effect before the crash is answered from the store and never acts
 * twice. It waits for states by reading the gateways' tables directly, which works while a gateway is down and puts
 * no load on them. Kills are spread over the run by progress: the k-th of K kills falls after about (k + ½)·N/K
 * cases were started, at a random moment shortly after, and the driver never runs more than one kill ahead.
 * <p>
 * With {@link Config#restoreA()} (PostgreSQL only) A's database is a server of its own, backed up as the README says
 * ({@link ArchivedPostgres}): the first "kill" is a base backup of it, taken under load; the second is the loss of that
 * server — A is killed, the server stopped at once and its data deleted — and its restore from that backup and the
 * archived WAL into a fresh server, on which A is started again. Both schemas of A must come back exactly as they
 * were at the loss; the rest of the run and its checks are those of every run.
 */
public final class ChaosRun {

    /** What to run. */
    public record Config(
            Store store,
            int cases,
            int kills,
            int threads,
            long seed,
            double bothProbability,
            Duration awaitTimeout,
            Path workDir,
            PrintStream out,
            boolean progress,
            List<String> jvmOptions,
            boolean restoreA) {}

    /**
     * What the restore of A's database found: messages at A when the backup was taken and when the server was lost,
     * and whether every row of A's schemas came back as it was at the loss ({@code identical}).
     */
    public record Restore(long messagesAtBackup, long messagesAtLoss, long messagesRestored, boolean identical) {}

    /** The figures of a run; {@link #clean()} when nothing was lost, doubled, stuck or wrong. */
    public record Report(
            int cases,
            int vorabstimmungen,
            int killsA,
            int killsB,
            int restarts,
            long messagesA,
            long messagesB,
            long lost,
            long doubled,
            long wrongState,
            long wrongOrder,
            long stuck,
            long dead,
            long refused,
            long klaerfall,
            long wrongContract,
            long scriptFailures,
            long restRetries,
            long replayed,
            long deliberateRepeats,
            long transportRetries,
            long resentEntries,
            long feedEvents,
            long feedRedelivered,
            Duration duration,
            Duration maxRestart,
            Restore restore,
            Map<String, Integer> scripts,
            List<String> problems) {

        public boolean clean() {
            return (restore == null || restore.identical())
                    && lost == 0
                    && doubled == 0
                    && wrongState == 0
                    && wrongOrder == 0
                    && stuck == 0
                    && dead == 0
                    && refused == 0
                    && klaerfall == 0
                    && wrongContract == 0
                    && scriptFailures == 0
                    && problems.isEmpty();
        }

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(
                    Locale.ROOT,
                    "chaos run: %d scripts, %d Vorabstimmungen, %.1f s%n",
                    cases,
                    vorabstimmungen,
                    duration.toMillis() / 1000.0));
            s.append(String.format(
                    Locale.ROOT,
                    "  kills: %d (A %d, B %d), restarts %d, slowest restart %.1f s%n",
                    killsA + killsB,
                    killsA,
                    killsB,
                    restarts,
                    maxRestart.toMillis() / 1000.0));
            s.append(String.format(Locale.ROOT, "  messages: %d at A, %d at B%n", messagesA, messagesB));
            s.append(String.format(
                    Locale.ROOT,
                    "  lost %d, doubled %d, wrong state %d, wrong order %d, stuck %d, "
                            + "dead %d, refused %d, Klaerfall %d, wrong contract %d, script failures %d%n",
                    lost,
                    doubled,
                    wrongState,
                    wrongOrder,
                    stuck,
                    dead,
                    refused,
                    klaerfall,
                    wrongContract,
                    scriptFailures));
            s.append(String.format(
                    Locale.ROOT,
                    "  REST calls repeated after a failure (driver and feed reader): %d; "
                            + "POSTs answered from the Idempotency-Key store: %d (%d of them deliberate repeats of a "
                            + "successful POST, the rest after a crash took the first answer)%n",
                    restRetries,
                    replayed,
                    deliberateRepeats));
            s.append(String.format(
                    Locale.ROOT,
                    "  SOAP transport retries recognised: %d; outbox entries sent more " + "than once: %d%n",
                    transportRetries,
                    resentEntries));
            s.append(String.format(
                    Locale.ROOT,
                    "  event feed: %d events read through the kills, %d of them again "
                            + "after a crash before the acknowledgement%n",
                    feedEvents,
                    feedRedelivered));
            if (restore != null) {
                s.append(String.format(
                        Locale.ROOT,
                        "  A's database restored from a backup taken under load: %d messages at A at the backup, %d"
                                + " at the loss, %d restored; every row of A's schemas as at the loss: %s%n",
                        restore.messagesAtBackup(),
                        restore.messagesAtLoss(),
                        restore.messagesRestored(),
                        restore.identical()));
            }
            s.append("  scripts: ").append(scripts).append('\n');
            problems.stream()
                    .limit(30)
                    .forEach(p -> s.append("  PROBLEM ").append(p).append('\n'));
            if (problems.size() > 30) {
                s.append("  ... ").append(problems.size() - 30).append(" more problems\n");
            }
            s.append(clean() ? "  RESULT: clean" : "  RESULT: FAILED").append('\n');
            return s.toString();
        }
    }

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5); // bounds a failing start only
    private static final Duration REST_PATIENCE = Duration.ofMinutes(5);

    private final Config config;
    private final String run = "chaos_" + Long.toString(System.currentTimeMillis(), 36);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<Side, GatewayProcess> gateways = new HashMap<>();
    private final Map<Side, String> schemas = new HashMap<>();
    private HikariDataSource pool;
    private final Map<Side, JdbcClient> dbs = new ConcurrentHashMap<>();
    private ArchivedPostgres archived;
    private HikariDataSource archivedPool;
    private Path backup;
    private long messagesAtBackup;
    private volatile Restore restore;
    private final Map<Side, H2ServerDataSource> h2Files = new HashMap<>();

    private final AtomicInteger nextCase = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger killsDone = new AtomicInteger();
    private final AtomicLong restRetries = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong deliberateRepeats = new AtomicLong();
    private final ConcurrentLinkedQueue<Expected> results = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean killerFailed;
    private volatile Duration maxRestart = Duration.ZERO;
    private long[] thresholds;
    private final Map<Side, Watcher> watchers = new HashMap<>();
    private final Map<Side, FeedReader> feeds = new HashMap<>();

    private ChaosRun(Config config) {
        this.config = config;
    }

    public static Report run(Config config) {
        return new ChaosRun(config).execute();
    }

    private Report execute() {
        Instant began = Instant.now();
        schemas.put(Side.A, run + "_a");
        schemas.put(Side.B, run + "_b");
        if (config.restoreA() && config.store() != Store.POSTGRES) {
            throw new IllegalArgumentException("the restore of A's database is a run on PostgreSQL");
        }
        if (config.store() == Store.POSTGRES) {
            pool = pool(PG_URL, "chaos-driver");
            for (Side side : Side.values()) {
                dbs.put(side, JdbcClient.create(pool));
            }
            if (config.restoreA()) {
                archived = ArchivedPostgres.start();
                archivedPool = pool(archived.jdbcUrl(), "chaos-driver-a");
                dbs.put(Side.A, JdbcClient.create(archivedPool));
            }
        } else {
            for (Side side : Side.values()) {
                H2ServerDataSource h2 = new H2ServerDataSource(
                        config.workDir().resolve(run + "-" + side.name()).resolve("gateway"));
                h2Files.put(side, h2);
                dbs.put(side, JdbcClient.create(h2));
            }
        }
        try {
            int portA = Gateway.freePort();
            int portB = Gateway.freePort();
            gateways.put(Side.A, process(Side.A, "DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, "REVIEW"));
            gateways.put(Side.B, process(Side.B, "DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, "AUTOMATIC"));
            say(
                    "%d scripts, %d kills, %d driver threads, seed %d",
                    config.cases(), config.kills(), config.threads(), config.seed());
            say(
                    "starting A (EKPauf, port %d) and B (EKPabg, port %d) on %s (%s_a/_b); logs in %s",
                    portA, portB, config.store(), run, config.workDir().toAbsolutePath());
            gateways.get(Side.A).start(START_TIMEOUT);
            gateways.get(Side.B).start(START_TIMEOUT);
            Instant loadStart = Instant.now();
            thresholds = new long[config.kills()];
            for (int k = 0; k < config.kills(); k++) {
                thresholds[k] = Math.round((k + 0.5) * config.cases() / config.kills());
            }
            for (Side side : Side.values()) {
                Watcher w = new Watcher(side);
                watchers.put(side, w);
                Thread t = new Thread(w, "chaos-watch-" + side);
                t.setDaemon(true);
                t.start();
            }
            for (Side side : Side.values()) {
                FeedReader f = new FeedReader(side);
                feeds.put(side, f);
                Thread t = new Thread(f, "chaos-feed-" + side);
                t.setDaemon(true);
                t.start();
            }
            Thread killer = new Thread(this::killer, "chaos-killer");
            killer.setDaemon(true);
            killer.start();
            List<Thread> drivers = new ArrayList<>();
            for (int t = 0; t < config.threads(); t++) {
                Thread driver = new Thread(this::drive, "chaos-driver-" + t);
                driver.setDaemon(true);
                drivers.add(driver);
                driver.start();
            }
            Thread progress = new Thread(() -> progress(loadStart), "chaos-progress");
            progress.setDaemon(true);
            progress.start();
            for (Thread d : drivers) {
                d.join();
            }
            killer.join(Duration.ofMinutes(10).toMillis());
            progress.interrupt();
            watchers.values().forEach(w -> w.stopped = true);
            say(
                    "load done after %.1f s: %d scripts, %d kills; making sure both run and draining the outboxes",
                    secondsSince(loadStart), finished.get(), killsDone.get());
            for (GatewayProcess g : gateways.values()) {
                if (!g.alive()) {
                    restart(g);
                }
            }
            drain();
            Report report = verify(began);
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            gateways.values().forEach(GatewayProcess::stop);
            if (pool != null) {
                for (String schema : schemas.values()) {
                    JdbcClient.create(pool)
                            .sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE")
                            .update();
                }
                pool.close();
            }
            if (archivedPool != null) {
                archivedPool.close();
            }
            if (archived != null) {
                archived.close();
            }
        }
    }

    private HikariDataSource pool(String url, String name) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername("postgres");
        hc.setPassword("");
        hc.setMaximumPoolSize(Math.max(4, config.threads() / 2));
        // a server that is down (A's, between its loss and its restore) must not hold the watchers for long
        hc.setConnectionTimeout(3_000);
        hc.setPoolName(name);
        return new HikariDataSource(hc);
    }

    private GatewayProcess process(
            Side side, String carrier, String pki, int port, String partner, int partnerPort, String decisionMode) {
        Map<String, String> p = new LinkedHashMap<>();
        if (config.store() == Store.POSTGRES) {
            String schema = schemas.get(side);
            p.put("spring.datasource.url", databaseUrl(side));
            p.put("spring.datasource.username", "postgres");
            p.put("spring.datasource.password", "");
            p.put("spring.flyway.schemas", schema);
        } else {
            p.put("spring.datasource.url", h2Files.get(side).gatewayUrl());
        }
        p.put("spring.main.banner-mode", "off");
        p.put("wbci.carrier-code", carrier);
        p.put("wbci.portierungskennung", pki);
        p.put("wbci.partners.[" + partner + "].endpoint", "http://127.0.0.1:" + partnerPort + "/wbci/v2");
        p.put("wbci.fixed-clock", "2026-11-25T10:00:00+01:00");
        p.put("wbci.decision.mode", decisionMode);
        p.put("wbci.decision.poll-interval", "100ms");
        p.put("wbci.outbox.poll-interval", "100ms");
        p.put("wbci.outbox.initial-backoff", "200ms");
        p.put("wbci.outbox.max-backoff", "2s");
        // a partner that is down for a restart is no reason for a dead letter here
        p.put("wbci.outbox.max-attempts", "100000");
        // a killed sender's leases block its messages until they run out: short, but longer than a request
        p.put("wbci.outbox.request-timeout", "10s");
        p.put("wbci.outbox.lease", "20s");
        p.putAll(TestKeys.settings(carrier, partner));
        return new GatewayProcess(
                side.name(),
                GatewayProcess.jar(),
                port,
                p,
                config.jvmOptions(),
                config.workDir().resolve(run + "-" + side.name() + ".log"));
    }

    private String databaseUrl(Side side) {
        String server = side == Side.A && archived != null ? archived.jdbcUrl() : PG_URL;
        return server + "?currentSchema=" + schemas.get(side);
    }

    private JdbcClient db(Side side) {
        return dbs.get(side);
    }

    /** How a table of a side is named in a query: schema-qualified on PostgreSQL, plain in a side's own H2 file. */
    private String prefix(Side side) {
        return config.store() == Store.POSTGRES ? schemas.get(side) + "." : "";
    }

    private String table(Side side, String name) {
        return prefix(side) + name;
    }

    /** A table in the provider's schema of a side (ADR 0014): {@code <home>_provider}. */
    private String providerTable(Side side, String name) {
        return (config.store() == Store.POSTGRES ? schemas.get(side) : "public") + "_provider." + name;
    }

    // --- the driver

    private void drive() {
        while (true) {
            int index = nextCase.getAndIncrement();
            if (index >= config.cases() || killerFailed) {
                return;
            }
            awaitKillsBefore(index);
            Case c = Case.random(index, new Random(config.seed() * 1_000_003L + index));
            try {
                results.addAll(ChaosScripts.play(c, driver));
            } catch (RuntimeException e) {
                failures.add("case " + index + " " + c.variant() + ": " + e.getMessage());
            }
            finished.incrementAndGet();
        }
    }

    /** The driver keeps at most one kill ahead, so that every kill falls under load. */
    private void awaitKillsBefore(int index) {
        int due = 0;
        for (long t : thresholds) {
            if (t <= index) {
                due++;
            }
        }
        while (killsDone.get() < due - 1 && !killerFailed) {
            sleep(50);
        }
    }

    private final ChaosScripts.Driver driver = new ChaosScripts.Driver() {

        @Override
        public void put(Side side, String path, String json) {
            call(side, "PUT", path, json, null);
        }

        @Override
        public String post(Side side, String path, String json, Case c, String step) {
            String key = run + "-" + c.index() + "-" + step;
            JsonNode body = call(side, "POST", path, json, key);
            String id = body == null ? null : body.path("vorabstimmungsId").asString();
            if (Math.floorMod((key + config.seed()).hashCode(), 100) < 5) {
                // a client that lost the answer asks again: the same answer, marked as a replay, and no effect
                Answer again = answer(side, "POST", path, json, key);
                deliberateRepeats.incrementAndGet();
                String againId = again.body() == null
                        ? null
                        : again.body().path("vorabstimmungsId").asString();
                if (!again.replayed() || !Objects.equals(id, againId)) {
                    throw new IllegalStateException(side + " POST " + path + " repeated with key " + key
                            + " was not answered from the store: " + again);
                }
            }
            return id;
        }

        @Override
        public Row await(Side side, String vaId, String what, Predicate<Row> condition) {
            return watchers.get(side).await(vaId, what, condition);
        }
    };

    /**
     * One REST call, repeated until the gateway answers: after a connection failure, a timeout or a 5xx the same
     * request goes again with the same Idempotency-Key. A 4xx other than "in progress" is a script failure.
     */
    private JsonNode call(Side side, String method, String path, String json, String key) {
        return answer(side, method, path, json, key).body();
    }

    /** A 2xx answer; {@code replayed} when it came from the Idempotency-Key store. */
    private record Answer(JsonNode body, boolean replayed) {}

    private Answer answer(Side side, String method, String path, String json, String key) {
        GatewayProcess g = gateways.get(side);
        long deadline = System.nanoTime() + REST_PATIENCE.toNanos();
        String lastProblem = null;
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                restRetries.incrementAndGet();
                sleep(250);
            }
            first = false;
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(g.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(
                            "Authorization",
                            org.wbcigateway.gateway.support.TestAccess.bearer(
                                    org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                    .method(
                            method,
                            json.isEmpty()
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            if (key != null) {
                r.header("Idempotency-Key", key);
            }
            HttpResponse<String> res;
            try {
                res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                lastProblem = e.toString();
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int status = res.statusCode();
            if (status / 100 == 2) {
                boolean fromStore =
                        res.headers().firstValue("Idempotent-Replayed").isPresent();
                if (fromStore) {
                    replayed.incrementAndGet();
                }
                return new Answer(
                        res.body() == null || res.body().isBlank() ? null : JSON.readTree(res.body()), fromStore);
            }
            lastProblem = status + " " + res.body();
            if (status >= 500
                    || (status == 409
                            && (res.body().contains("in progress") || res.body().contains("Concurrent change")))) {
                continue;
            }
            throw new IllegalStateException(side + " " + method + " " + path + " -> " + lastProblem);
        }
        throw new IllegalStateException(
                side + " " + method + " " + path + " got no answer within " + REST_PATIENCE + ": " + lastProblem);
    }

    /**
     * Reads the rows of all Vorabstimmungen someone waits for on one side, in one query every 100 ms, and wakes the
     * waiting driver threads: cheap for the database, and independent of whether the gateway is up.
     */
    private final class Watcher implements Runnable {

        private final Side side;
        private final Map<String, Row> rows = new ConcurrentHashMap<>();
        private final Set<String> watched = ConcurrentHashMap.newKeySet();
        private final Object changed = new Object();
        private volatile boolean stopped;

        Watcher(Side side) {
            this.side = side;
        }

        Row await(String vaId, String what, Predicate<Row> condition) {
            long deadline = System.nanoTime() + config.awaitTimeout().toNanos();
            watched.add(vaId);
            try {
                while (System.nanoTime() < deadline) {
                    Row row = rows.get(vaId);
                    if (row != null && condition.test(row)) {
                        return row;
                    }
                    synchronized (changed) {
                        changed.wait(500);
                    }
                }
                throw new IllegalStateException(side + " did not reach '" + what + "' for " + vaId + " within "
                        + config.awaitTimeout() + "; last " + rows.get(vaId));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                watched.remove(vaId);
                rows.remove(vaId);
            }
        }

        @Override
        public void run() {
            while (!stopped) {
                List<String> ids = new ArrayList<>(watched);
                for (int from = 0; from < ids.size(); from += 500) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                    try {
                        db(side).sql("SELECT va_id, phase, akm_tr, change_request, wechseltermin, decision_status FROM "
                                        + table(side, "vorabstimmung") + " WHERE va_id IN ("
                                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")
                                .params(new ArrayList<Object>(chunk))
                                .query(rs -> {
                                    rows.put(
                                            rs.getString(1),
                                            new Row(
                                                    rs.getString(2),
                                                    rs.getString(3),
                                                    rs.getString(4),
                                                    rs.getString(5),
                                                    rs.getString(6)));
                                });
                    } catch (RuntimeException e) {
                        // the schema does not exist before the first start
                    }
                }
                synchronized (changed) {
                    changed.notifyAll();
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * A consumer of the gateway's event feed during the whole run, through every kill: reads from its acknowledged
     * offset, acknowledges what it read. It must see every event, in offset order without gaps; an event may come
     * again only after a crash between reading and acknowledging, and then unchanged.
     */
    private final class FeedReader implements Runnable {

        private final Side side;
        private final Map<Long, String> seen = new HashMap<>();
        private long highest;
        private long redelivered;
        private long gaps;
        private long changed;
        private volatile boolean stopped;

        FeedReader(Side side) {
            this.side = side;
        }

        /** Reads one page and acknowledges it; returns how many events came. */
        synchronized int readOnce() {
            JsonNode events = call(side, "GET", "/api/events?consumer=chaos&limit=500", "", null);
            long last = -1;
            for (JsonNode e : events) {
                long offset = e.path("offset").asLong();
                String content = e.path("contractId").asString() + "|"
                        + e.path("vorabstimmungsId").asString() + "|"
                        + e.path("type").asString();
                String before = seen.get(offset);
                if (before != null) {
                    redelivered++;
                    if (!before.equals(content)) {
                        changed++;
                    }
                } else {
                    if (offset != highest + 1) {
                        gaps++;
                    }
                    seen.put(offset, content);
                    highest = Math.max(highest, offset);
                }
                last = offset;
            }
            if (last > 0) {
                call(side, "POST", "/api/events/ack", "{\"consumer\":\"chaos\",\"offset\":" + last + "}", null);
            }
            return events.size();
        }

        @Override
        public void run() {
            while (!stopped) {
                try {
                    if (readOnce() < 500) {
                        sleep(500);
                    }
                } catch (RuntimeException e) {
                    sleep(500);
                }
            }
        }

        /** Reads to the end, then compares with the events in the database. */
        void finish(List<String> problems) {
            stopped = true;
            while (readOnce() > 0) {
                // until the feed is read to its head
            }
            Map<Long, String> stored = new HashMap<>();
            long[] unnumbered = new long[1];
            db(side).sql("SELECT feed_offset, contract_id, va_id, event_type FROM " + table(side, "crm_event"))
                    .query(rs -> {
                        long offset = rs.getLong(1);
                        if (rs.wasNull()) {
                            unnumbered[0]++;
                        } else {
                            stored.put(offset, rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                        }
                    });
            long missing =
                    stored.keySet().stream().filter(o -> !seen.containsKey(o)).count();
            long unknown =
                    seen.keySet().stream().filter(o -> !stored.containsKey(o)).count();
            long different = stored.entrySet().stream()
                    .filter(e -> seen.containsKey(e.getKey())
                            && !seen.get(e.getKey()).equals(e.getValue()))
                    .count();
            if (gaps + changed + missing + unknown + different + unnumbered[0] > 0) {
                problems.add(side + ": event feed read " + seen.size() + " events of " + stored.size() + " (gaps "
                        + gaps + ", changed on redelivery " + changed + ", missed " + missing + ", unknown " + unknown
                        + ", different " + different + ", without offset " + unnumbered[0] + ")");
            }
        }
    }

    // --- the killer

    private void killer() {
        Random random = new Random(config.seed() ^ 0x5DEECE66DL);
        Set<Side> killed = new HashSet<>();
        try {
            for (int k = 0; k < config.kills(); k++) {
                while (nextCase.get() < thresholds[k] && finished.get() < config.cases()) {
                    sleep(20);
                }
                sleep(random.nextInt(2000));
                if (config.restoreA() && k < 2) {
                    // the backup and the loss fall in the middle of the work: a quarter and half of the scripts done
                    while (finished.get() < (k + 1) * config.cases() / 4 && !killerFailed) {
                        sleep(20);
                    }
                    if (k == 0) {
                        backUpA();
                    } else {
                        loseAndRestoreA();
                    }
                    killsDone.incrementAndGet();
                    continue;
                }
                List<Side> victims;
                if (random.nextDouble() < config.bothProbability()) {
                    victims = List.of(Side.A, Side.B);
                } else {
                    Side one = random.nextBoolean() ? Side.A : Side.B;
                    if (k == config.kills() - 1 && killed.size() == 1 && killed.contains(one)) {
                        one = one == Side.A ? Side.B : Side.A; // both are killed at least once
                    }
                    victims = List.of(one);
                }
                for (Side s : victims) {
                    gateways.get(s).kill();
                    killed.add(s);
                }
                say(
                        "kill %d/%d: %s (after %d scripts started, %d finished)",
                        k + 1, config.kills(), victims, nextCase.get(), finished.get());
                sleep(random.nextInt(3000));
                for (Side s : victims) {
                    restart(gateways.get(s));
                }
                killsDone.incrementAndGet();
            }
        } catch (RuntimeException e) {
            killerFailed = true;
            failures.add("killer: " + e);
            say("killer failed: %s", e);
        }
    }

    /** A base backup of A's server while both gateways work. */
    private void backUpA() {
        backup = archived.baseBackup();
        messagesAtBackup = messages(Side.A);
        say(
                "backup of A's database taken under load (after %d scripts started, %d finished; %d messages at A)",
                nextCase.get(), finished.get(), messagesAtBackup);
    }

    /**
     * A is killed and its server lost; a fresh one is made from the backup and the archived WAL; A starts on it. A's
     * schemas are read when A is dead (nothing changes them then) and again on the restored server before A starts.
     */
    private void loseAndRestoreA() {
        GatewayProcess a = gateways.get(Side.A);
        a.kill();
        long atLoss = messages(Side.A);
        List<SchemaContents> before = contentsOfA();
        archived.loseAndRestore(backup);
        HikariDataSource old = archivedPool;
        archivedPool = pool(archived.jdbcUrl(), "chaos-driver-a-restored");
        dbs.put(Side.A, JdbcClient.create(archivedPool));
        old.close();
        long restored = messages(Side.A);
        boolean identical = before.equals(contentsOfA());
        restore = new Restore(messagesAtBackup, atLoss, restored, identical);
        say(
                "A and its database lost (after %d scripts started, %d finished); restored from the backup into a"
                        + " fresh server: %d messages at the loss, %d restored, all rows as before: %s",
                nextCase.get(), finished.get(), atLoss, restored, identical);
        a.set("spring.datasource.url", databaseUrl(Side.A));
        restart(a);
    }

    private List<SchemaContents> contentsOfA() {
        String home = schemas.get(Side.A);
        return List.of(SchemaContents.read(archivedPool, home), SchemaContents.read(archivedPool, home + "_provider"));
    }

    private long messages(Side side) {
        return db(side).sql("SELECT COUNT(*) FROM " + table(side, "wbci_message"))
                .query(Long.class)
                .single();
    }

    private void restart(GatewayProcess g) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Duration took = g.start(START_TIMEOUT);
                if (took.compareTo(maxRestart) > 0) {
                    maxRestart = took;
                }
                say("  %s up again after %.1f s", g.name(), took.toMillis() / 1000.0);
                return;
            } catch (RuntimeException e) {
                last = e;
                say("  %s did not start: %s", g.name(), e.getMessage());
            }
        }
        throw last;
    }

    private void progress(Instant loadStart) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(config.progress() ? 10_000 : 30_000);
            } catch (InterruptedException e) {
                return;
            }
            double s = secondsSince(loadStart);
            say(
                    "progress: %d/%d scripts done (%.1f/s), %d kills, %d REST repeats, %d failures",
                    finished.get(),
                    config.cases(),
                    finished.get() / s,
                    killsDone.get(),
                    restRetries.get(),
                    failures.size());
        }
    }

    // --- the end

    /**
     * Until nothing waits in either outbox and no decision is pending on both sides ({@link #settled()}). That is
     * settled, however slow the machine: a receiver commits an inbound message with its effects (a decision to take,
     * an answer queued) before its TEQ, and only that TEQ makes the sender's entry DELIVERED, so work in flight always
     * shows as PENDING on one side or the other.
     */
    private void drain() {
        if (!Patience.reached(
                Patience.awaiting("outboxes drained", Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)),
                this::settled)) {
            say("outboxes not drained after 10 minutes");
        }
    }

    /**
     * On PostgreSQL one statement sees both schemas in one snapshot. Two H2 files (or A's own server and B's, in a run
     * with a restore) cannot be read at one instant: there both sides are read one after the other, twice — work that
     * moved from one side to the other between two reads (delivered and committed there) shows up on the next read of
     * the side it moved to.
     */
    private boolean settled() {
        if (config.store() == Store.POSTGRES && archived == null) {
            return db(Side.A)
                            .sql("SELECT "
                                    + java.util.Arrays.stream(Side.values())
                                            .map(side -> "(" + waiting(side) + ")")
                                            .collect(Collectors.joining(" + ")))
                            .query(Long.class)
                            .single()
                    == 0;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Side side : Side.values()) {
                if (db(side).sql("SELECT " + waiting(side)).query(Long.class).single() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private String waiting(Side side) {
        return "(SELECT COUNT(*) FROM " + table(side, "outbox") + " WHERE status = 'PENDING') + (SELECT COUNT(*) FROM "
                + table(side, "vorabstimmung") + " WHERE decision_status = 'PENDING')";
    }

    private record Msg(long id, String vaId, String direction, String type, String outcome) {}

    private Report verify(Instant began) {
        List<String> problems = new ArrayList<>(failures);
        List<Expected> expected = new ArrayList<>(results);
        Map<String, Expected> byId = new HashMap<>();
        for (Expected e : expected) {
            byId.put(e.vaId(), e);
        }
        long lost = 0;
        long doubled = 0;
        long wrongState = 0;
        long wrongOrder = 0;
        long klaerfall = 0;
        long[] messages = new long[2];
        for (Side side : Side.values()) {
            JdbcClient db = db(side);
            String schema = prefix(side);
            Map<String, Row> rows = new HashMap<>();
            Map<String, Boolean> klaer = new HashMap<>();
            db.sql("SELECT va_id, phase, akm_tr, change_request, wechseltermin, decision_status, klaerfall_kind FROM "
                            + schema + "vorabstimmung")
                    .query(rs -> {
                        rows.put(
                                rs.getString(1),
                                new Row(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6)));
                        klaer.put(rs.getString(1), rs.getString(7) != null);
                    });
            Map<String, List<Msg>> timelines = new HashMap<>();
            db.sql("SELECT id, va_id, direction, message_type, outcome FROM " + schema + "wbci_message ORDER BY id")
                    .query(rs -> {
                        Msg m = new Msg(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                        timelines
                                .computeIfAbsent(m.vaId(), k -> new ArrayList<>())
                                .add(m);
                    });
            messages[side.ordinal()] =
                    timelines.values().stream().mapToLong(List::size).sum();
            for (String vaId : rows.keySet()) {
                if (!byId.containsKey(vaId)) {
                    long n = timelines.getOrDefault(vaId, List.of()).size();
                    doubled += Math.max(1, n);
                    problems.add(side + ": Vorabstimmung " + vaId + " no script created (" + n + " messages)");
                }
            }
            for (Expected e : expected) {
                Row row = rows.get(e.vaId());
                List<String> want = side == Side.A ? e.timelineA() : e.timelineB();
                List<Msg> got = timelines.getOrDefault(e.vaId(), List.of());
                List<String> have =
                        got.stream().map(m -> m.direction() + " " + m.type()).toList();
                if (row == null) {
                    lost += want.size();
                    problems.add(side + ": " + e.vaId() + " (" + e.c().variant() + ") missing");
                    continue;
                }
                if (!row.phase().equals(e.phase())
                        || !row.akmTr().equals(e.akmTr())
                        || !row.changeRequest().equals(e.changeRequest())
                        || !Objects.equals(row.wechseltermin(), e.wechseltermin())) {
                    wrongState++;
                    problems.add(side + ": " + e.vaId() + " (" + e.c().variant() + ") is " + row + ", expected "
                            + e.phase() + "/" + e.akmTr() + "/" + e.changeRequest() + "/" + e.wechseltermin());
                }
                if (Boolean.TRUE.equals(klaer.get(e.vaId()))) {
                    klaerfall++;
                    problems.add(side + ": " + e.vaId() + " is a Klaerfall");
                }
                long missing = multisetMinus(want, have);
                long extra = multisetMinus(have, want);
                lost += missing;
                doubled += extra;
                if (missing > 0 || extra > 0) {
                    problems.add(side + ": " + e.vaId() + " (" + e.c().variant() + ") timeline " + have + ", expected "
                            + want);
                } else if (!have.equals(want)) {
                    wrongOrder++;
                    problems.add(side + ": " + e.vaId() + " timeline order " + have + ", expected " + want);
                }
                for (Msg m : got) {
                    if (m.direction().equals("IN") && !m.outcome().equals("ACCEPTED")) {
                        wrongState++;
                        problems.add(side + ": " + e.vaId() + " inbound " + m.type() + " " + m.outcome());
                    }
                }
            }
        }
        long stuck = 0;
        long dead = 0;
        long refused = 0;
        long resent = 0;
        for (Side side : Side.values()) {
            JdbcClient db = db(side);
            String schema = prefix(side);
            Map<String, Long> outbox = new TreeMap<>();
            db.sql("SELECT status, COUNT(*) FROM " + schema + "outbox GROUP BY status")
                    .query(rs -> {
                        outbox.put(rs.getString(1), rs.getLong(2));
                    });
            long outgoing = db.sql("SELECT COUNT(*) FROM " + schema + "wbci_message WHERE direction = 'OUT'")
                    .query(Long.class)
                    .single();
            long entries = outbox.values().stream().mapToLong(Long::longValue).sum();
            if (entries != outgoing) {
                doubled += Math.max(0, entries - outgoing);
                lost += Math.max(0, outgoing - entries);
                problems.add(side + ": " + entries + " outbox entries for " + outgoing + " outgoing messages");
            }
            stuck += outbox.getOrDefault("PENDING", 0L);
            dead += outbox.getOrDefault("DEAD", 0L);
            long pendingDecisions = db.sql(
                            "SELECT COUNT(*) FROM " + schema + "vorabstimmung WHERE decision_status = 'PENDING'")
                    .query(Long.class)
                    .single();
            stuck += pendingDecisions;
            if (outbox.getOrDefault("PENDING", 0L) + outbox.getOrDefault("DEAD", 0L) + pendingDecisions > 0) {
                problems.add(side + ": outbox " + outbox + ", pending decisions " + pendingDecisions);
            }
            long r = db.sql("SELECT COUNT(*) FROM " + schema + "inbound_refusal")
                            .query(Long.class)
                            .single()
                    + db.sql("SELECT COUNT(*) FROM " + providerTable(side, "inbound_refusal"))
                            .query(Long.class)
                            .single();
            refused += r;
            if (r > 0) {
                problems.add(side + ": " + r + " inbound messages refused with a negative TEQ, e.g. "
                        + db.sql("SELECT teq_code || ' ' || kind || ' ' || detail FROM " + schema
                                        + "inbound_refusal ORDER BY id LIMIT 1")
                                .query(String.class)
                                .single());
            }
            resent += db.sql("SELECT COUNT(*) FROM " + schema + "outbox WHERE attempts > 1")
                    .query(Long.class)
                    .single();
        }
        long wrongContract = verifyContracts(expected, problems);
        for (FeedReader f : feeds.values()) {
            f.finish(problems);
        }
        verifyEvents(expected, problems);
        long transportRetries = gateways.values().stream()
                .mapToLong(g -> g.countLogLines("transport retry of an accepted message"))
                .sum();
        Map<String, Integer> scripts = new TreeMap<>();
        Set<Integer> cases = new HashSet<>();
        for (Expected e : expected) {
            if (cases.add(e.c().index())) {
                scripts.merge(e.c().script().name(), 1, Integer::sum);
            }
        }
        return new Report(
                config.cases(),
                expected.size(),
                gateways.get(Side.A).kills(),
                gateways.get(Side.B).kills(),
                gateways.get(Side.A).starts() + gateways.get(Side.B).starts() - 2,
                messages[0],
                messages[1],
                lost,
                doubled,
                wrongState,
                wrongOrder,
                stuck,
                dead,
                refused,
                klaerfall,
                wrongContract,
                failures.size(),
                restRetries.get(),
                replayed.get(),
                deliberateRepeats.get(),
                transportRetries,
                resent,
                feeds.values().stream().mapToLong(f -> f.seen.size()).sum(),
                feeds.values().stream().mapToLong(f -> f.redelivered).sum(),
                Duration.between(began, Instant.now()),
                maxRestart,
                restore,
                scripts,
                problems);
    }

    /** B's contract of each customer ends as the script says: termination pending on the agreed date, or active. */
    private long verifyContracts(List<Expected> expected, List<String> problems) {
        Map<String, String[]> contracts = new HashMap<>();
        db(Side.B)
                .sql("SELECT id, status, termination_date FROM " + table(Side.B, "crm_contract"))
                .query(rs -> {
                    contracts.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        long wrong = 0;
        for (Expected e : expected) {
            if (e.contractStatus() == null) {
                continue;
            }
            String[] c = contracts.get(e.c().oldContract());
            if (c == null || !c[0].equals(e.contractStatus()) || !Objects.equals(c[1], e.terminationDate())) {
                wrong++;
                problems.add("B: contract " + e.c().oldContract() + " (" + e.c().variant() + ") is "
                        + (c == null ? "missing" : c[0] + "/" + c[1]) + ", expected " + e.contractStatus() + "/"
                        + e.terminationDate());
            }
        }
        return wrong;
    }

    /**
     * The CRM's event timelines (business effects such as "termination pending" land there once each): every
     * Vorabstimmung of the same script variant must show the same sequence of events on both sides. Differences are
     * reported as problems (they would show a doubled or missing effect) but not counted as lost or doubled messages.
     */
    private void verifyEvents(List<Expected> expected, List<String> problems) {
        for (Side side : Side.values()) {
            Map<String, List<String>> events = new HashMap<>();
            db(side).sql("SELECT va_id, event_type FROM " + table(side, "crm_event")
                            + " WHERE va_id IS NOT NULL ORDER BY id")
                    .query(rs -> {
                        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            Map<String, Map<List<String>, List<String>>> byVariant = new TreeMap<>();
            Map<String, Integer> position = new HashMap<>();
            for (Expected e : expected) {
                int n = position.merge(e.c().index() + "", 1, Integer::sum);
                String variant = e.c().variant() + "#" + n;
                byVariant
                        .computeIfAbsent(variant, k -> new HashMap<>())
                        .computeIfAbsent(events.getOrDefault(e.vaId(), List.of()), k -> new ArrayList<>())
                        .add(e.vaId());
            }
            byVariant.forEach((variant, sequences) -> {
                if (sequences.size() > 1) {
                    List<Map.Entry<List<String>, List<String>>> sorted = new ArrayList<>(sequences.entrySet());
                    sorted.sort((x, y) -> y.getValue().size() - x.getValue().size());
                    for (Map.Entry<List<String>, List<String>> odd : sorted.subList(1, sorted.size())) {
                        problems.add(side + ": CRM events of " + odd.getValue().size() + " " + variant + " ("
                                + odd.getValue().get(0) + ") " + odd.getKey() + ", most have "
                                + sorted.get(0).getKey());
                    }
                }
            });
        }
    }

    private static long multisetMinus(List<String> a, List<String> b) {
        Map<String, Integer> count = new HashMap<>();
        b.forEach(x -> count.merge(x, 1, Integer::sum));
        long rest = 0;
        for (String x : a) {
            Integer n = count.get(x);
            if (n == null || n == 0) {
                rest++;
            } else {
                count.put(x, n - 1);
            }
        }
        return rest;
    }

    private void say(String format, Object... args) {
        synchronized (config.out()) {
            config.out()
                    .printf(
                            Locale.ROOT,
                            "[%s] " + format + "%n",
                            prepend(Instant.now().toString().substring(11, 19), args));
            config.out().flush();
        }
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static double secondsSince(Instant start) {
        return Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
