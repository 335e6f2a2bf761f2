package org.wbcigateway.gateway.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.CommandArgs;
import org.wbcigateway.gateway.support.FuzzRunner;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.MessageFuzzer;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;

/**
 * The fuzzing of {@code FuzzEndpointTest} at length: starts one gateway in this JVM (DEU.DTAG receiving from partner
 * DEU.MNET, on 2013-07-24 like the endpoint tests, H2 in memory, REVIEW mode) on a loopback port and posts
 * {@code messages} mutated messages of the same generator to its SOAP endpoint, one after another, each checked as
 * in the test (TEQ or a fault naming a TEQ code; refused input changes nothing but the audit table; no ERROR log).
 * Prints progress and a summary (messages/s, CPU per message, outcomes per stage, violations); fails if there was
 * any violation or ERROR log event. Run like {@link CrmBenchmark}, from the project root:
 * <pre>
 * mvn -B -q -pl wbci-gateway -am install -DskipTests &amp;&amp; \
 * mvn -B -q -pl wbci-gateway exec:java -Dexec.mainClass=org.wbcigateway.gateway.bench.FuzzCampaign \
 *     -Dexec.classpathScope=test -Dexec.args="messages=100000"
 * </pre>
 * Arguments (all optional): {@code messages=100000 seed=20130724 first=0 progress=5000}; {@code first} starts at
 * another message number of the same seed, so a reported message can be posted again: {@code first=4711 messages=1}
 * (the same mutation of the same template; its outcome may differ where it depended on earlier messages, and the
 * signature bytes differ because the test keys are made per JVM).
 */
public final class FuzzCampaign {

    private FuzzCampaign() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandArgs.parse(args);
        long messages = Long.parseLong(options.getOrDefault("messages", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20130724"));
        long first = Long.parseLong(options.getOrDefault("first", "0"));
        long progress = Long.parseLong(options.getOrDefault("progress", "5000"));
        findSharedDir();

        String partner = "DEU.MNET";
        String other = "DEU.OTHR";
        Map<String, String> extra = new HashMap<>();
        extra.put("wbci.fixed-clock", "2013-07-24T16:05:00+02:00");
        extra.put("wbci.security.replay-window", "36500d");
        extra.put("wbci.partners.[" + other + "].endpoint", "http://127.0.0.1:9/wbci/v2");
        extra.put(
                "wbci.partners.[" + other + "].certificate",
                TestKeys.certificate(other).toString());
        // the outbox as configured by default (Gateway.start speeds it up for flows between two gateways)
        extra.put("wbci.outbox.poll-interval", "500ms");
        extra.put("wbci.outbox.initial-backoff", "2s");
        extra.put("wbci.outbox.max-backoff", "5m");
        extra.put("logging.level.org.wbcigateway.gateway.outbox.OutboxSender", "ERROR");
        int port = Gateway.freePort();
        try (Gateway gateway = Gateway.start(
                "DEU.DTAG",
                "D001",
                port,
                partner,
                9,
                Gateway.Database.H2,
                "fuzz" + Long.toString(System.nanoTime(), 36),
                extra)) {
            JdbcClient jdbc = gateway.context().getBean(JdbcClient.class);
            WbciCodec codec = gateway.context().getBean(WbciCodec.class);
            FuzzRunner runner = new FuzzRunner(gateway.soapUrl(), jdbc, codec);
            MessageFuzzer fuzzer = new MessageFuzzer(seed, partner, "DEU.DTAG", other);
            int own = runner.startOwnVas(fuzzer, 3, "2013-08-06");
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            System.out.printf(
                    Locale.ROOT,
                    "%nfuzz campaign: seed %d, messages %,d from #%d, %d templates, %d own VAs; "
                            + "%s; %d CPUs, load average %.1f, max heap %,d MiB, Java %s%n",
                    seed,
                    messages,
                    first,
                    fuzzer.templateCount(),
                    own,
                    gateway.soapUrl(),
                    os.getAvailableProcessors(),
                    os.getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));

            FuzzRunner.Summary summary = runner.run(fuzzer, first, messages, progress, System.out);

            summary.print(System.out);
            if (summary.violationCount() > 0 || summary.errorLogs() > 0 || summary.exceptionLogs() > 0) {
                throw new IllegalStateException(summary.violationCount() + " violations, " + summary.errorLogs()
                        + " ERROR log events, " + summary.exceptionLogs() + " log events with an exception (seed "
                        + seed + ")");
            }
        }
    }

    /** The interop samples live in ../shared next to the project (Soap.sample reads shared.dir). */
    private static void findSharedDir() {
        if (System.getProperty("shared.dir") != null) {
            return;
        }
        for (String candidate : new String[] {"../shared", "../../shared"}) {
            if (Files.isDirectory(Path.of(candidate, "interop-samples"))) {
                System.setProperty(
                        "shared.dir",
                        Path.of(candidate).toAbsolutePath().normalize().toString());
                return;
            }
        }
    }
}
