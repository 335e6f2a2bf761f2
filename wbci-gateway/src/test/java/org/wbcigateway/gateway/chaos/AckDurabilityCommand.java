package org.wbcigateway.gateway.chaos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wbcigateway.gateway.support.CommandArgs;

/**
 * The durability benchmark of issue 12 as a command: {@link AckDurabilityRun} for many rounds, printing each round
 * and the summary; exit code 1 if any acknowledged VA was lost or not answered exactly once. Needs the packaged jar
 * (and PostgreSQL for {@code store=POSTGRES}). Arguments (optional): {@code store=H2|POSTGRES vas=20 rounds=20
 * dir=target/ackdur jvm=-Xmx384m,-XX:+UseSerialGC}:
 * {@code mvn -B -q -pl wbci-gateway exec:java -Dexec.mainClass=org.wbcigateway.gateway.chaos.AckDurabilityCommand
 * -Dexec.classpathScope=test "-Dexec.args=store=H2 rounds=20"}.
 */
public final class AckDurabilityCommand {

    private AckDurabilityCommand() {}

    public static void main(String[] args) {
        Map<String, String> o = CommandArgs.parse(args);
        AckDurabilityRun.Report report = AckDurabilityRun.run(new AckDurabilityRun.Config(
                Store.valueOf(o.getOrDefault("store", "H2")),
                Integer.parseInt(o.getOrDefault("vas", "20")),
                Integer.parseInt(o.getOrDefault("rounds", "20")),
                Path.of(o.getOrDefault(
                        "dir",
                        Path.of("wbci-gateway").toFile().isDirectory()
                                ? "wbci-gateway/target/ackdur"
                                : "target/ackdur")),
                System.out,
                List.of(o.getOrDefault("jvm", "-Xmx384m,-XX:+UseSerialGC")
                        .trim()
                        .split(","))));
        System.out.println(report.summary());
        System.exit(report.lost() == 0 && report.notAnsweredOnce() == 0 ? 0 : 1);
    }
}
