package org.wbcigateway.gateway.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.MigrationDatabases;
import org.wbcigateway.gateway.support.MigrationDatabases.Db;

/**
 * V25 gives the review-queue rows stored before it the {@link ReviewReason} their English note stood for, keeping
 * the detail, on both databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReasonMigrationTest {

    private final MigrationDatabases databases = new MigrationDatabases("review_reason");

    Stream<Db> databases() {
        return databases.both();
    }

    @AfterAll
    void dropSchema() {
        databases.close();
    }

    record Stored(String reason, String note) {}

    @ParameterizedTest
    @MethodSource("databases")
    void reviewNotesBecomeReasons(Db db) {
        db.flyway().target("24").load().migrate();
        JdbcClient jdbc = db.jdbc();
        row(jdbc, 1, "REVIEW", "automatic decisions are switched off");
        row(jdbc, 2, "REVIEW", "contracts [K-1, K-2] match");
        row(jdbc, 3, "REVIEW", "the CRM has no earliest end for contract K-3");
        row(jdbc, 4, "REVIEW", "automatic decision failed: connection refused");
        row(jdbc, 5, "REVIEW", "DECIDE.ZWA refused: WT.lead-time: too early");
        row(jdbc, 6, "REVIEW", "automatic answer refused: TV.state: no TV open");
        row(jdbc, 7, "DONE", "DECIDE.ZWA");
        row(jdbc, 8, "PENDING", "PARTNER_VA");

        db.flyway().load().migrate();

        List<Stored> rows = jdbc.sql("SELECT decision_reason, decision_note FROM vorabstimmung ORDER BY va_id")
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(rows)
                .containsExactly(
                        new Stored("SWITCHED_OFF", null),
                        new Stored("CONTRACTS_AMBIGUOUS", "K-1, K-2"),
                        new Stored("CONTRACT_INCOMPLETE", "K-3"),
                        new Stored("DECISION_FAILED", "connection refused"),
                        new Stored("ANSWER_REFUSED", "DECIDE.ZWA refused: WT.lead-time: too early"),
                        new Stored("ANSWER_REFUSED", "automatic answer refused: TV.state: no TV open"),
                        new Stored(null, "DECIDE.ZWA"),
                        new Stored(null, "PARTNER_VA"));
    }

    private static void row(JdbcClient jdbc, int n, String status, String note) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  va_message_id, kundenwunschtermin, decision_status, decision_note, created_at, updated_at)
                VALUES (?, 'VA_KUE_MRN', 'EKP_ABG', 'DEU.AAAA', 'VA_PENDING', 'AWAITED', 'NONE', ?, DATE '2026-12-16',
                  ?, ?, ?, ?)""")
                .params(String.format("DEU.AAAA.V%09d", n), n, status, note, now, now)
                .update();
    }
}
