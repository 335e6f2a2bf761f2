package org.wbcigateway.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wbcigateway.wire.security.SigningKey;
import tools.jackson.databind.JsonNode;

/**
 * The demo: two gateways (DEU.AAAA wins customers, DEU.BBBB loses them) with CRM data on both sides, one porting
 * for each Geschaeftsfall started from the won contract and answered automatically from the old one, the line
 * take-over (AKM-TR) where there is a line, and a third carrier played by the partner simulator porting one more
 * customer away from DEU.BBBB; then it says where to watch it all in the console.
 *
 * <pre>java -jar wbci-demo.jar --gateway-jar wbci-gateway/target/wbci-gateway.jar [--port 8080] [--dir demo-data] [--exit]</pre>
 */
public final class Demo {

    static final String WINNER = "DEU.AAAA";
    static final String LOSER = "DEU.BBBB";
    static final String TOKEN = "demo-api-token-not-for-production";
    private static final Duration STEP = Duration.ofSeconds(60);

    /** What one porting came to. */
    record Result(Porting porting, String vaId, String phase, String wechseltermin, String akmTr) {}

    private final Path jar;
    private final Path dir;
    private final int port;
    private final List<GatewayInstance> running = new ArrayList<>();
    private SimulatedCarrier simulated;
    private Result simulatorResult;

    Demo(Path jar, Path dir, int port) {
        this.jar = jar;
        this.dir = dir;
        this.port = port;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path jar = Path.of(options.getOrDefault("gateway-jar", "wbci-gateway/target/wbci-gateway.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("No gateway jar at " + jar + ": build it first (mvn -B -q -DskipTests package)");
            System.exit(2);
        }
        Demo demo = new Demo(
                jar,
                Path.of(options.getOrDefault("dir", "demo-data")),
                Integer.parseInt(options.getOrDefault("port", "8080")));
        Runtime.getRuntime().addShutdownHook(new Thread(demo::stop));
        try {
            List<Result> results = demo.run();
            demo.report(results);
        } catch (RuntimeException e) {
            System.err.println("The demo failed: " + e.getMessage());
            demo.stop();
            System.exit(1);
        }
        if (options.containsKey("exit")) {
            demo.stop();
            return;
        }
        System.out.println("Both gateways keep running; press Ctrl-C to stop them.");
        GatewayInstance.sleep(Long.MAX_VALUE);
    }

    List<Result> run() {
        prepare();
        System.out.println("Generating signing keys and starting " + WINNER + " and " + LOSER + " …");
        DemoKeys.create(dir, WINNER);
        SigningKey loserKey = DemoKeys.create(dir, LOSER);
        SigningKey simulatorKey = DemoKeys.create(dir, SimulatedCarrier.CARRIER);
        GatewayInstance winner = start(WINNER, "D0AA", port, Map.of(LOSER, port + 1));
        GatewayInstance loser =
                start(LOSER, "D0BB", port + 1, Map.of(WINNER, port, SimulatedCarrier.CARRIER, port + 2));
        simulated = SimulatedCarrier.start(
                simulatorKey, LOSER, loserKey.certificate(), port + 2, URI.create(loser.baseUrl() + "/wbci/v2"));
        winner.awaitUp(Duration.ofSeconds(180));
        loser.awaitUp(Duration.ofSeconds(180));
        DemoApi won = new DemoApi(winner, TOKEN);
        DemoApi lost = new DemoApi(loser, TOKEN);

        List<Result> results = new ArrayList<>();
        for (Porting p : Porting.all()) {
            System.out.println("Porting " + p.geschaeftsfall() + ": contract NEW-" + p.contract() + " at " + WINNER
                    + ", OLD-" + p.contract() + " at " + LOSER);
            lost.put("/api/crm/contracts/OLD-" + p.contract(), p.oldContract(LocalDate.now()));
            won.put("/api/crm/contracts/NEW-" + p.contract(), p.newContract(LOSER));
            String id = won.post("/api/crm/contracts/NEW-" + p.contract() + "/switch", null)
                    .path("vorabstimmungsId")
                    .asString();
            JsonNode agreed =
                    won.await(id, v -> !"VA_PENDING".equals(v.path("phase").asString()), STEP);
            if (p.kuendigung() && "AGREED".equals(agreed.path("phase").asString())) {
                won.post(
                        "/api/vorabstimmungen/" + id + "/akm-tr",
                        "{\"ressourcenuebernahme\":true,"
                                + "\"uebernahmeLeitungen\":[{\"vertragsnummer\":\"" + p.vertragsnummer() + "\"}],"
                                + "\"sichererHafen\":true}");
                lost.await(id, v -> "CONFIRMED".equals(v.path("akmTr").asString()), STEP);
            }
            JsonNode done = won.get("/api/vorabstimmungen/" + id);
            results.add(new Result(
                    p,
                    id,
                    done.path("phase").asString(),
                    done.path("wechseltermin").asString(),
                    done.path("akmTr").asString()));
        }
        System.out.println("Porting VA-KUE-MRN from the simulator " + SimulatedCarrier.CARRIER + " to " + LOSER
                + " (contract OLD-SIM)");
        lost.put("/api/crm/contracts/OLD-SIM", SimulatedCarrier.oldContract(LocalDate.now()));
        String fromSimulator = simulated.portACustomer(STEP);
        JsonNode taken = lost.await(
                fromSimulator, v -> "CONFIRMED".equals(v.path("akmTr").asString()), STEP);
        simulatorResult = new Result(
                null,
                fromSimulator,
                taken.path("phase").asString(),
                taken.path("wechseltermin").asString(),
                taken.path("akmTr").asString());
        return results;
    }

    /** @param partners carrier code → the port its WBCI endpoint listens on (localhost) */
    private GatewayInstance start(String carrier, String pki, int ownPort, Map<String, Integer> partners) {
        GatewayInstance g = new GatewayInstance(carrier, ownPort, dir.resolve(carrier + ".log"));
        Map<String, String> p = new LinkedHashMap<>();
        p.put(
                "spring.datasource.url",
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve(carrier)
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.put("wbci.carrier-code", carrier);
        p.put("wbci.portierungskennung", pki);
        partners.forEach((partner, partnerPort) -> {
            p.put("wbci.partners.[" + partner + "].endpoint", "http://localhost:" + partnerPort + "/wbci/v2");
            p.put(
                    "wbci.partners.[" + partner + "].certificate",
                    DemoKeys.certificate(dir, partner).toAbsolutePath().toString());
        });
        p.put(
                "wbci.signing.keystore",
                DemoKeys.keystore(dir, carrier).toAbsolutePath().toString());
        p.put("wbci.signing.password", DemoKeys.PASSWORD);
        p.put("wbci.signing.alias", DemoKeys.ALIAS);
        p.put("wbci.decision.mode", "AUTOMATIC");
        p.put("wbci.decision.poll-interval", "200ms");
        p.put("wbci.outbox.poll-interval", "200ms");
        for (String role : List.of("admin", "operator", "viewer")) {
            p.put("wbci.access.users." + role + ".password", "{noop}" + role);
            p.put("wbci.access.users." + role + ".role", role.toUpperCase());
        }
        p.put("wbci.access.tokens.demo.token", TOKEN);
        p.put("wbci.access.tokens.demo.role", "ADMIN");
        g.start(jar, p);
        running.add(g);
        return g;
    }

    private void report(List<Result> results) {
        String winner = "http://localhost:" + port + "/console";
        String loser = "http://localhost:" + (port + 1) + "/console";
        StringBuilder out = new StringBuilder("\nThe wbci-gateway demo is running.\n\n")
                .append("  ")
                .append(WINNER)
                .append(" (wins the customers, EKPauf):  ")
                .append(winner)
                .append('\n')
                .append("  ")
                .append(LOSER)
                .append(" (loses them, EKPabg):          ")
                .append(loser)
                .append('\n')
                .append("  log in as operator/operator (acts), viewer/viewer (reads) or admin/admin (also the audit)\n")
                .append("  REST API: curl -H \"Authorization: Bearer ")
                .append(TOKEN)
                .append("\" http://localhost:")
                .append(port)
                .append("/api/vorabstimmungen\n\n");
        for (Result r : results) {
            out.append(String.format(
                    "  %-11s %s  %s, Wechseltermin %s%s%n      %s/vorabstimmungen/%s%n",
                    r.porting().geschaeftsfall(),
                    r.vaId(),
                    r.phase(),
                    r.wechseltermin(),
                    r.porting().kuendigung() ? ", AKM-TR " + r.akmTr() : "",
                    winner,
                    r.vaId()));
        }
        if (simulatorResult != null) {
            out.append(String.format(
                            "%n  and from the simulator %s (a third carrier) to %s:%n",
                            SimulatedCarrier.CARRIER, LOSER))
                    .append(String.format(
                            "  %-11s %s  %s, Wechseltermin %s, AKM-TR %s%n      %s/vorabstimmungen/%s%n",
                            "VA-KUE-MRN",
                            simulatorResult.vaId(),
                            simulatorResult.phase(),
                            simulatorResult.wechseltermin(),
                            simulatorResult.akmTr(),
                            loser,
                            simulatorResult.vaId()));
        }
        out.append("\n  logs: ").append(dir.resolve("*.log")).append('\n');
        System.out.println(out);
    }

    /** A fresh start: the previous run's databases and keys are removed. */
    private void prepare() {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }

    synchronized void stop() {
        if (simulated != null) {
            simulated.close();
            simulated = null;
        }
        running.forEach(GatewayInstance::close);
        running.clear();
    }

    Result simulatorResult() {
        return simulatorResult;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + a);
            }
            int eq = a.indexOf('=');
            if (eq >= 0) {
                options.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(a.substring(2), args[++i]);
            } else {
                options.put(a.substring(2), "");
            }
        }
        return options;
    }
}
