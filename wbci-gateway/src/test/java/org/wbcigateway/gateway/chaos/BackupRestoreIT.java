package org.wbcigateway.gateway.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as the README describes it for PostgreSQL (issue 16): A's database is a server of its own whose
 * WAL is streamed synchronously into an archive; in the middle of a two-party run a base backup is taken under load,
 * later A and its server are lost, the backup and the archive are restored into a fresh server, and A is started on
 * it. Every row of A's schemas must come back as it was at the loss (nothing accepted lost), the partner may see
 * byte-identical re-sends only (transport retries: anything else would be refused or double a timeline), and every
 * Vorabstimmung must end as its script says on both sides — the checks of {@link ChaosRun}.
 */
class BackupRestoreIT {

    @Test
    void aGatewayRestoredFromABackupTakenDuringTheRunLosesNothingAndDoesNothingTwice() {
        ChaosRun.Report report = ChaosRun.run(new ChaosRun.Config(
                Store.POSTGRES,
                Integer.getInteger("restore.cases", 60),
                3, // the backup, the loss and restore, then one more kill of either gateway on the restored server
                Integer.getInteger("chaos.threads", 24),
                Long.getLong("chaos.seed", System.currentTimeMillis()),
                0.0,
                Duration.ofMinutes(3),
                Path.of("target", "restore"),
                System.out,
                false,
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                true));
        System.out.println(report.summary());
        ChaosRun.Restore restore = report.restore();
        assertThat(restore).as("A's database restored").isNotNull();
        assertThat(restore.messagesAtBackup()).as("messages at A in the backup").isPositive();
        assertThat(restore.messagesAtLoss())
                .as("messages at A at the loss, beyond those of the backup (the WAL after it is replayed)")
                .isGreaterThan(restore.messagesAtBackup());
        assertThat(restore.messagesRestored()).isEqualTo(restore.messagesAtLoss());
        assertThat(restore.identical())
                .as("every row of A's schemas as at the loss")
                .isTrue();
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.doubled()).as("doubled").isZero();
        assertThat(report.refused())
                .as("refused (a re-send that is not byte-identical)")
                .isZero();
        assertThat(report.problems()).as("problems").isEmpty();
        assertThat(report.clean()).isTrue();
    }
}
