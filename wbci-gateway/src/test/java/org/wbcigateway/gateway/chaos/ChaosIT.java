package org.wbcigateway.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crash test in CI size (issues 5 and 12): both gateways as processes of their own, on the embedded default (an
 * H2 file each) and on PostgreSQL, a few hundred scripted
 * Vorabstimmungen with all follow-ups, and {@code kill -9} of either gateway at random moments. Nothing may be lost,
 * doubled, stuck or end in another state than its script says. The full run is {@link ChaosCommand}. Size by
 * {@code -Dchaos.cases}, {@code -Dchaos.kills}, {@code -Dchaos.threads}, {@code -Dchaos.seed}; the gateways' JVM options by {@code -Dchaos.jvm}.
 */
class ChaosIT {

    @ParameterizedTest
    @EnumSource(Store.class)
    void nothingIsLostOrDoubledWhenEitherGatewayIsKilled(Store store) {
        ChaosRun.Report report = ChaosRun.run(new ChaosRun.Config(
                store,
                Integer.getInteger("chaos.cases", 120),
                Integer.getInteger("chaos.kills", 4),
                Integer.getInteger("chaos.threads", 32),
                Long.getLong("chaos.seed", System.currentTimeMillis()),
                0.0,
                Duration.ofMinutes(3),
                Path.of("target", "chaos"),
                System.out,
                false,
                // C1 only: restarts take a third less time, and restarts are most of this short run
                List.of(System.getProperty("chaos.jvm", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                        .trim()
                        .split("\\s+")),
                false));
        System.out.println(report.summary());
        assertThat(report.killsA()).as("A killed").isPositive();
        assertThat(report.killsB()).as("B killed").isPositive();
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.doubled()).as("doubled").isZero();
        assertThat(report.problems()).as("problems").isEmpty();
        assertThat(report.clean()).isTrue();
    }
}
