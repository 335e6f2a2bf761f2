package org.wbcigateway.gateway.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.wbcigateway.gateway.support.CommandArgs;

/**
 * The full crash test (issue 5) as a command: {@link ChaosRun} with, by default, 10,000 scripts and 20 kills, printing
 * its progress and the summary; exit code 1 if anything was lost, doubled, stuck or wrong. Needs the packaged jar
 * ({@code wbci-gateway/target/wbci-gateway.jar}, or {@code -Dgateway.jar=...}), and for {@code store=POSTGRES} PostgreSQL on 127.0.0.1:5432.
 * Arguments (all optional): {@code store=POSTGRES|H2 cases=10000 kills=20 threads=32 seed=<now> both=0.1 await=300 dir=target/chaos
 * jvm=-Xmx512m,-XX:+UseSerialGC} ({@code jvm}: the gateways' JVM options, comma-separated)
 * ({@code both}: the share of kills that take both gateways down at once; {@code await}: seconds a script waits for
 * a state before it counts as failed; {@code restore=true}: the first two kills are a backup of A's database and its
 * loss and restore, see {@link ChaosRun}). Run like the CRM benchmark:
 * {@code mvn -B -q -pl wbci-gateway exec:java -Dexec.mainClass=org.wbcigateway.gateway.chaos.ChaosCommand
 * -Dexec.classpathScope=test "-Dexec.args=cases=10000 kills=20"}.
 */
public final class ChaosCommand {

    private ChaosCommand() {}

    public static void main(String[] args) {
        Map<String, String> o = CommandArgs.parse(args);
        ChaosRun.Config config = new ChaosRun.Config(
                Store.valueOf(o.getOrDefault("store", "POSTGRES")),
                Integer.parseInt(o.getOrDefault("cases", "10000")),
                Integer.parseInt(o.getOrDefault("kills", "20")),
                Integer.parseInt(o.getOrDefault("threads", "32")),
                Long.parseLong(o.getOrDefault("seed", String.valueOf(System.currentTimeMillis()))),
                Double.parseDouble(o.getOrDefault("both", "0.1")),
                Duration.ofSeconds(Long.parseLong(o.getOrDefault("await", "300"))),
                Path.of(o.getOrDefault(
                        "dir",
                        Path.of("wbci-gateway").toFile().isDirectory() ? "wbci-gateway/target/chaos" : "target/chaos")),
                System.out,
                true,
                List.of(o.getOrDefault("jvm", "-Xmx512m,-XX:+UseSerialGC")
                        .trim()
                        .split(",")),
                Boolean.parseBoolean(o.getOrDefault("restore", "false")));
        ChaosRun.Report report = ChaosRun.run(config);
        System.out.println();
        System.out.println(report.summary());
        System.exit(report.clean() ? 0 : 1);
    }
}
