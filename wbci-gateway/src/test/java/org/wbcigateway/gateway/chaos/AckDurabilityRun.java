package org.wbcigateway.gateway.chaos;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.support.Cluster;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.GatewayProcess;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.simulator.Direction;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.Simulator;
import org.wbcigateway.simulator.SimulatorSettings;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.simulator.scenario.Step;

/**
 * Issue 12: is a positive TEQ durable? A partner (the simulator) posts N signed VA-KUE-MRN in parallel to the
 * packaged gateway, which is killed with SIGKILL as soon as the last TEQ OK has arrived, and started again on the same
 * data. Every acknowledged Vorabstimmung must be there afterwards and be answered exactly once (the gateway decides
 * each automatically: no contract matches, so an ABBM). Repeated for a number of rounds on one database: the embedded
 * default (an H2 file, exactly the README's settings but for the folder) or PostgreSQL.
 */
public final class AckDurabilityRun {

    public record Config(Store store, int vas, int rounds, Path workDir, PrintStream out, List<String> jvmOptions) {}

    /** Per round: acknowledged, lost (404 after the restart), answered other than once. */
    public record Round(int acknowledged, int lost, int notAnsweredOnce, long killMillisAfterLastTeq) {}

    public record Report(Store store, List<Round> rounds, Duration took) {
        public int acknowledged() {
            return rounds.stream().mapToInt(Round::acknowledged).sum();
        }

        public int lost() {
            return rounds.stream().mapToInt(Round::lost).sum();
        }

        public int notAnsweredOnce() {
            return rounds.stream().mapToInt(Round::notAnsweredOnce).sum();
        }

        public String summary() {
            return String.format(
                    "%s: %d rounds, %d VAs acknowledged with TEQ OK, lost %d, answered other than once %d,"
                            + " killed %s ms after the last TEQ, %.0f s",
                    store,
                    rounds.size(),
                    acknowledged(),
                    lost(),
                    notAnsweredOnce(),
                    rounds.stream()
                            .map(r -> String.valueOf(r.killMillisAfterLastTeq()))
                            .collect(Collectors.joining("/")),
                    took.toMillis() / 1000.0);
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);
    private static final String BUSINESS_TIME = "2026-11-25T10:00:00+01:00";

    private final Config config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    private AckDurabilityRun(Config config) {
        this.config = config;
    }

    public static Report run(Config config) {
        return new AckDurabilityRun(config).execute();
    }

    private Report execute() {
        long began = System.nanoTime();
        String gw = KftData.GATEWAY.value();
        String prtn = KftData.PARTNER.value();
        String run = "ackdur_" + Long.toString(System.currentTimeMillis(), 36);
        port = Gateway.freePort();
        List<Round> rounds = new ArrayList<>();
        try (Simulator partner = Simulator.start(
                        SimulatorSettings.partner(
                                        TestKeys.key(prtn),
                                        List.of(TestKeys.key(gw).certificate()),
                                        URI.create("http://127.0.0.1:" + port + "/wbci/v2"))
                                .withBusinessClock(Clock.fixed(
                                        OffsetDateTime.parse(BUSINESS_TIME).toInstant(), ZoneId.of("Europe/Berlin"))),
                        ScenarioFiles.load("standard"));
                GatewayProcess gateway = new GatewayProcess(
                        "gateway-" + config.store(),
                        GatewayProcess.jar(),
                        port,
                        settings(run, gw, prtn, partner.port()),
                        config.jvmOptions(),
                        config.workDir().resolve(run + ".log"))) {
            ExecutorService senders = Executors.newFixedThreadPool(config.vas());
            try {
                gateway.start(START_TIMEOUT);
                for (int r = 1; r <= config.rounds(); r++) {
                    rounds.add(round(r, partner, gateway, senders));
                }
            } finally {
                senders.shutdownNow();
                if (config.store() == Store.POSTGRES) {
                    gateway.stop();
                    Cluster.dropSchemas(run);
                }
            }
        }
        return new Report(config.store(), rounds, Duration.ofNanos(System.nanoTime() - began));
    }

    private Round round(int number, Simulator partner, GatewayProcess gateway, ExecutorService senders) {
        partner.journal().clear();
        List<CompletableFuture<Posted>> posts = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < config.vas(); i++) {
            posts.add(CompletableFuture.supplyAsync(
                    () -> {
                        awaitLatch(go);
                        JournalEntry entry = partner.run(Step.send("VA-KUE-MRN"));
                        return new Posted(entry, System.nanoTime());
                    },
                    senders));
        }
        go.countDown();
        List<Posted> posted = posts.stream().map(CompletableFuture::join).toList();
        long killAt = System.nanoTime();
        gateway.kill();
        List<JournalEntry> sent = posted.stream().map(Posted::entry).toList();
        long lastTeq = posted.stream().mapToLong(Posted::teqAt).max().orElse(killAt);
        long killMillis = (killAt - lastTeq) / 1_000_000;
        // acknowledged within H2's default write delay (500 ms) before the kill: what the embedded store lost before
        long recent =
                posted.stream().filter(p -> killAt - p.teqAt() < 500_000_000L).count();
        List<String> acknowledged = sent.stream()
                .filter(e -> e.teq() == TeqCode.OK)
                .map(JournalEntry::vaId)
                .toList();
        if (acknowledged.size() != sent.size()) {
            throw new IllegalStateException("round " + number + ": only " + acknowledged.size() + " of " + sent.size()
                    + " VAs got TEQ OK before the kill: " + sent);
        }
        gateway.start(START_TIMEOUT);
        int lost = 0;
        List<String> present = new ArrayList<>();
        for (String vaId : acknowledged) {
            int status = status("/api/vorabstimmungen/" + vaId);
            if (status == 404) {
                lost++;
            } else if (status == 200) {
                present.add(vaId);
            }
        }
        // every VA still there is answered and the outbox drained; wait for that (or time out), then count the
        // distinct answers per VA
        Patience.reached(
                Patience.awaiting("every VA still there answered, the outbox empty", ANSWER_TIMEOUT)
                        .pollInterval(Duration.ofMillis(200)),
                () -> present.stream().allMatch(id -> answers(partner, id) >= 1) && outboxEmpty());
        int notOnce = 0;
        for (String vaId : acknowledged) {
            if (answers(partner, vaId) != 1) {
                notOnce++;
            }
        }
        Round round = new Round(acknowledged.size(), lost, notOnce, killMillis);
        config.out()
                .printf(
                        "%s round %d: %d acknowledged (%d of them less than 500 ms before the kill), lost %d, "
                                + "answered other than once %d (killed %d ms after the last TEQ)%n",
                        config.store(), number, round.acknowledged(), recent, lost, notOnce, killMillis);
        return round;
    }

    private record Posted(JournalEntry entry, long teqAt) {}

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Distinct answers the partner got for a VA: a byte-identical re-send is the same answer (a transport retry). */
    private static long answers(Simulator partner, String vaId) {
        return partner.journal().of(vaId).stream()
                .filter(e -> e.direction() == Direction.IN)
                .map(e -> digest(e.raw()))
                .distinct()
                .count();
    }

    private boolean outboxEmpty() {
        String metrics = body("/actuator/prometheus");
        return metrics != null
                && metrics.lines().anyMatch(l -> l.startsWith("wbci_outbox_depth") && l.endsWith(" 0.0"));
    }

    private Map<String, String> settings(String run, String gw, String prtn, int partnerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        if (config.store() == Store.H2) {
            Path data = config.workDir().resolve(run).toAbsolutePath();
            try {
                Files.createDirectories(data);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // the README's default URL, in a folder of this run
            p.put(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + data.resolve("gateway")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        } else {
            p.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + run);
            p.put("spring.datasource.username", "postgres");
            p.put("spring.datasource.password", "");
            p.put("spring.flyway.schemas", run);
        }
        p.put("spring.main.banner-mode", "off");
        p.put("wbci.carrier-code", gw);
        p.put("wbci.portierungskennung", KftData.PKI_GATEWAY.value());
        p.put("wbci.partners.[" + prtn + "].endpoint", "http://127.0.0.1:" + partnerPort + "/wbci/v2");
        p.put("wbci.fixed-clock", BUSINESS_TIME);
        p.put("wbci.decision.mode", "AUTOMATIC");
        p.put("wbci.decision.poll-interval", "100ms");
        p.put("wbci.outbox.poll-interval", "100ms");
        p.put("wbci.outbox.initial-backoff", "200ms");
        p.put("wbci.outbox.max-attempts", "100000");
        p.put("wbci.outbox.request-timeout", "10s");
        p.put("wbci.outbox.lease", "20s");
        p.putAll(TestKeys.settings(gw, prtn));
        return p;
    }

    private int status(String path) {
        return send(path).statusCode();
    }

    private String body(String path) {
        HttpResponse<String> r = send(path);
        return r.statusCode() == 200 ? r.body() : null;
    }

    private HttpResponse<String> send(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestAccess.OPERATOR_TOKEN)
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String digest(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
