package org.wbcigateway.gateway.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.Klaerfall;
import org.wbcigateway.domain.vorabstimmung.KlaerfallKind;
import org.wbcigateway.gateway.support.MigrationDatabases;
import org.wbcigateway.gateway.support.MigrationDatabases.Db;

/**
 * V21 turns the Klaerfall flag and reason text of rows stored before into a {@link KlaerfallKind} and a detail, on
 * both databases: the reason texts the gateway wrote until then name their kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KlaerfallKindMigrationTest {

    private final MigrationDatabases databases = new MigrationDatabases("klaerfall");

    Stream<Db> databases() {
        return databases.both();
    }

    @AfterAll
    void dropSchema() {
        databases.close();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reasonTextsBecomeKinds(Db db) {
        db.flyway().target("20").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        row(jdbc, 1, true, "ABBM-TR 8147: take-over refused, a corrected AKM-TR may follow");
        row(
                jdbc,
                2,
                true,
                "AKM-TR technically refused by the partner with TEQ 0990: take-over refused, a corrected "
                        + "AKM-TR may follow");
        row(jdbc, 3, true, "TV technically refused by the partner with TEQ 0995 (not delivered, not re-sent)");
        row(jdbc, 4, true, "RUEM-VA: WT.lead-time: too early");
        row(jdbc, 5, false, null);

        db.flyway().load().migrate();

        VorabstimmungRepository rows = new VorabstimmungRepository(jdbc);
        assertThat(klaerfall(rows, 1))
                .isEqualTo(new Klaerfall(
                        KlaerfallKind.TAKE_OVER_REFUSED,
                        "ABBM-TR 8147: take-over refused, a corrected AKM-TR may follow"));
        assertThat(klaerfall(rows, 2).kind()).isEqualTo(KlaerfallKind.AKM_TR_TECHNICALLY_REFUSED);
        assertThat(klaerfall(rows, 3).kind()).isEqualTo(KlaerfallKind.MESSAGE_TECHNICALLY_REFUSED);
        assertThat(klaerfall(rows, 4))
                .isEqualTo(new Klaerfall(KlaerfallKind.MELDUNG_BREAKS_RULE, "RUEM-VA: WT.lead-time: too early"));
        assertThat(klaerfall(rows, 5)).isNull();
        assertThat(rows.countKlaerfaelle()).isEqualTo(4);
    }

    private static Klaerfall klaerfall(VorabstimmungRepository rows, int n) {
        return rows.find(id(n)).orElseThrow().klaerfall();
    }

    private static VorabstimmungsId id(int n) {
        return VorabstimmungsId.of(String.format("DEU.BBBB.V%09d", n));
    }

    private static void row(JdbcClient jdbc, int n, boolean klaerfall, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  va_message_id, kundenwunschtermin, klaerfall, klaerfall_reason, created_at, updated_at)
                VALUES (?, 'VA_KUE_MRN', 'EKP_AUF', 'DEU.BBBB', 'AGREED', 'AWAITED', 'NONE', ?, DATE '2026-12-16', ?, ?,
                  ?, ?)""").params(id(n).value(), n, klaerfall, reason, now, now).update();
    }
}
