package org.wbcigateway.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12, in CI size: N parallel VAs, SIGKILL of the gateway right after the last TEQ OK, restart — on the embedded
 * default and on PostgreSQL, every acknowledged VA is there and answered exactly once. The benchmark command
 * {@link AckDurabilityCommand} repeats it for more rounds. Size by {@code -Dackdur.vas}, {@code -Dackdur.rounds}.
 */
class AckDurabilityIT {

    @ParameterizedTest
    @EnumSource(Store.class)
    void everyAcknowledgedVaSurvivesAKillRightAfterItsTeq(Store store) {
        AckDurabilityRun.Report report = AckDurabilityRun.run(new AckDurabilityRun.Config(
                store,
                Integer.getInteger("ackdur.vas", 20),
                Integer.getInteger("ackdur.rounds", 1),
                Path.of("target", "ackdur"),
                System.out,
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")));
        System.out.println(report.summary());
        assertThat(report.acknowledged()).isPositive();
        assertThat(report.lost()).as("acknowledged VAs gone after the restart").isZero();
        assertThat(report.notAnsweredOnce())
                .as("acknowledged VAs not answered exactly once")
                .isZero();
    }
}
