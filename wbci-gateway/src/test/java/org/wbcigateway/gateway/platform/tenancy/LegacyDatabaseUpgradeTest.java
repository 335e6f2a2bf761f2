package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.MigrationDatabases;
import org.wbcigateway.gateway.support.MigrationDatabases.Db;

/**
 * A database in 0.14.0's schema (V25, one carrier, its partner directory in the home schema; rows stored by SQL here,
 * {@link ReleasedDatabaseUpgradeTest} upgrades ones the released jar made) upgrades into one tenant: its tables stay
 * where they are, the partner directory moves to the provider's schema with every row and a higher revision (so every
 * node re-reads it), and running the migrations again changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegacyDatabaseUpgradeTest {

    private final MigrationDatabases databases = new MigrationDatabases("legacy");

    Stream<Db> databases() {
        return databases.both();
    }

    @AfterAll
    void dropSchema() {
        databases.close();
    }

    record Certificate(String partner, String use, String fingerprint) {}

    @ParameterizedTest
    @MethodSource("databases")
    void thePartnerDirectoryMovesToTheProviderWithNothingLost(Db db) {
        db.flyway().target("25").load().migrate();
        JdbcClient jdbc = db.jdbc();
        jdbc.sql("INSERT INTO partner (code, endpoint, managed_by, updated_at) VALUES "
                        + "('DEU.BBBB', 'https://b.example/wbci/v2', 'CONFIGURATION', CURRENT_TIMESTAMP), "
                        + "('DEU.CCCC', 'https://c.example/wbci/v2', 'DIRECTORY', CURRENT_TIMESTAMP)")
                .update();
        String fingerprint = "a".repeat(64);
        jdbc.sql("INSERT INTO partner_certificate (partner, use_for, fingerprint, pem, source, added_at) "
                        + "VALUES ('DEU.CCCC', 'SIGNING', ?, 'PEM', 'DIRECTORY', CURRENT_TIMESTAMP)")
                .param(fingerprint)
                .update();
        jdbc.sql("UPDATE partner_directory_revision SET revision = 7").update();
        jdbc.sql("INSERT INTO event_consumer (name, updated_at) VALUES ('crm', CURRENT_TIMESTAMP)")
                .update();

        Flyway home = db.flyway().load();
        new TenantMigrations().migrate(home);

        String provider = Schemas.of(home).provider();
        JdbcClient providerJdbc = db.jdbc();
        assertThat(providerJdbc
                        .sql("SELECT code FROM \"" + provider + "\".partner ORDER BY code")
                        .query(String.class)
                        .list())
                .containsExactly("DEU.BBBB", "DEU.CCCC");
        assertThat(providerJdbc
                        .sql("SELECT partner, use_for, fingerprint FROM \"" + provider + "\".partner_certificate")
                        .query((rs, i) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list())
                .containsExactly(new Certificate("DEU.CCCC", "SIGNING", fingerprint));
        assertThat(revision(providerJdbc, provider)).isEqualTo(8);
        assertThatThrownBy(() -> jdbc.sql("SELECT COUNT(*) FROM partner")
                        .query(Long.class)
                        .single())
                .as("gone from the home schema")
                .hasMessageContaining("partner");
        assertThat(jdbc.sql("SELECT name FROM event_consumer")
                        .query(String.class)
                        .list())
                .as("the tenant's own tables stay where they were")
                .isEqualTo(List.of("crm"));
        assertThat(home.info().pending())
                .as("the home schema is at the latest version")
                .isEmpty();

        new TenantMigrations().migrate(db.flyway().load());
        assertThat(revision(providerJdbc, provider))
                .as("a second start copies nothing again")
                .isEqualTo(8);
    }

    private static long revision(JdbcClient jdbc, String provider) {
        return jdbc.sql("SELECT revision FROM \"" + provider + "\".partner_directory_revision")
                .query(Long.class)
                .single();
    }
}
