package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.MigrationDatabases;
import org.wbcigateway.gateway.support.MigrationDatabases.Db;
import org.wbcigateway.gateway.support.ReleasedDatabases;
import org.wbcigateway.gateway.support.SchemaContents;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Databases the released 0.14.0 gateway made through its own API ({@code legacy/0.14.0/make-fixture.sh}: partners
 * from configuration and from the API with certificates, a Vorabstimmung exchanged with a second 0.14.0 gateway up to
 * the AKM-TR, a partner's VA in the review queue, a dead letter, a contract import with a rejected row, the event
 * feed with a consumer's cursor, a refused message, the audit log) upgrade into one tenant with nothing lost, on H2
 * and on PostgreSQL: every table of the tenant keeps every row as it was, the partner directory is the provider's
 * with every row, and a second run changes nothing. Today's gateway then serves the upgraded embedded database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleasedDatabaseUpgradeTest {

    private static final List<String> PARTNER_DIRECTORY =
            List.of("partner", "partner_certificate", "partner_directory_revision");
    private static final String HISTORY = "flyway_schema_history";
    private static final String AGREED_VA = "DEU.AAAA.V000000001";

    private final MigrationDatabases databases = new MigrationDatabases("released");
    private final Db h2;

    ReleasedDatabaseUpgradeTest(@TempDir Path dir) throws IOException {
        // open until the class is done: H2 closes (and compacts) a file database with its last connection otherwise
        h2 = new Db(
                "H2",
                dataSource(ReleasedDatabases.h2Url(Files.createDirectories(dir.resolve("upgrade")))
                        + ";DB_CLOSE_DELAY=-1"),
                null);
    }

    Stream<Db> databases() {
        return Stream.of(h2, databases.postgres());
    }

    @AfterAll
    void close() {
        h2.jdbc().sql("SHUTDOWN").update();
        databases.close();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void upgradesIntoOneTenantWithNothingLost(Db db) {
        restore(db);
        Flyway home = db.flyway().load();
        Schemas schemas = Schemas.of(home);
        SchemaContents before = SchemaContents.read(db.dataSource(), schemas.home());
        assertThat(before.counts())
                .as("the fixture holds rows in every table of 0.14.0")
                .hasSize(25)
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(db.jdbc()
                        .sql("SELECT va_id FROM vorabstimmung ORDER BY va_id")
                        .query(String.class)
                        .list())
                .containsExactly(AGREED_VA, "DEU.AAAA.V000000002", "DEU.BBBB.V000000001");
        List<String> sequences = sequences(db, schemas.home());
        long revision = revision(db.jdbc(), schemas.home());

        int versionsSince = home.info().pending().length;

        new TenantMigrations().migrate(home);

        SchemaContents after = SchemaContents.read(db.dataSource(), schemas.home());
        SchemaContents provider = SchemaContents.read(db.dataSource(), schemas.provider());
        SchemaContents was = before.without(PARTNER_DIRECTORY).without(List.of(HISTORY));
        assertSameRows(
                "every table of the tenant as it was (in the columns it had), the partner directory gone from it",
                after.without(List.of(HISTORY)).asOf(was),
                was);
        assertThat(after.tablesAddedSince(before))
                .as("a table added since starts empty")
                .allSatisfy(table -> assertThat(after.rows(table)).as(table).isEmpty());
        assertThat(after.rows(HISTORY))
                .as("the history of 0.14.0 and the versions since")
                .containsAll(before.rows(HISTORY))
                .hasSize(before.rows(HISTORY).size() + versionsSince);
        assertThat(home.info().pending())
                .as("the home schema is at the latest version")
                .isEmpty();
        assertThat(sequences(db, schemas.home()))
                .as("no identifier is issued twice")
                .isEqualTo(sequences);
        assertThat(digestsOfRawMessages(db))
                .as("every message's bytes as they were signed and sent or received")
                .hasSize(5)
                .allSatisfy(pair -> assertThat(pair.get(0)).isEqualTo(pair.get(1)));

        for (String table : List.of("partner", "partner_certificate")) {
            assertThat(provider.rows(table))
                    .as("the provider's " + table)
                    .isNotEmpty()
                    .containsExactlyElementsOf(before.rows(table));
        }
        assertThat(revision(db.jdbc(), schemas.provider()))
                .as("one revision later, so that every node reads it")
                .isEqualTo(revision + 1);
        for (String table : List.of("tenant", "inbound_refusal", "audit_log")) {
            assertThat(provider.rows(table))
                    .as("the provider's " + table
                            + ": the tenant's records stay its own, the registry is written at start")
                    .isEmpty();
        }

        new TenantMigrations().migrate(db.flyway().load());
        assertSameRows(
                "a second run changes nothing in the home schema",
                SchemaContents.read(db.dataSource(), schemas.home()),
                after);
        assertSameRows("nor in the provider's", SchemaContents.read(db.dataSource(), schemas.provider()), provider);
    }

    @Test
    void todaysGatewayServesTheUpgradedEmbeddedDatabase(@TempDir Path dir) throws IOException {
        String url = ReleasedDatabases.h2Url(dir);
        JdbcClient released = JdbcClient.create(dataSource(url));
        List<String> raw = released.sql("SELECT raw FROM wbci_message WHERE va_id = ? ORDER BY id")
                .param(AGREED_VA)
                .query((rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
                .list();
        String cccc = released.sql("SELECT fingerprint FROM partner_certificate WHERE partner = 'DEU.CCCC'")
                .query(String.class)
                .single();

        try (Gateway a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                name -> Map.of("spring.datasource.url", url),
                "released",
                Map.of())) {
            assertThat(elements(a.as(TestAccess.ADMIN_TOKEN).get("/api/tenants").body())
                            .map(t -> t.path("code").asString() + " in "
                                    + t.path("schema").asString()))
                    .as("one tenant, in the schema 0.14.0 wrote")
                    .containsExactly("DEU.AAAA in public");
            JsonNode va = a.vorabstimmung(AGREED_VA);
            assertThat(va.path("phase").asString()).isEqualTo("AGREED");
            assertThat(va.path("wechseltermin").asString()).isEqualTo("2026-12-16");
            assertThat(elements(va.path("timeline")).map(m -> m.path("type").asString()))
                    .containsExactly("VA_KUE_MRN", "RUEM_VA", "AKM_TR");
            assertThat(elements(va.path("timeline")).map(m -> m.path("raw").asString()))
                    .as("the messages as 0.14.0 stored them")
                    .isEqualTo(raw);

            assertThat(elements(a.get("/api/review").body())
                            .map(v -> v.path("vorabstimmungsId").asString()))
                    .containsExactly("DEU.BBBB.V000000001");
            assertThat(elements(a.get("/api/outbox?status=DEAD").body())
                            .map(m -> m.path("vorabstimmungsId").asString()))
                    .containsExactly("DEU.AAAA.V000000002");
            assertThat(elements(a.get("/api/events?consumer=crm").body())
                            .map(e -> e.path("offset").asLong()))
                    .as("the consumer's cursor: the last event is still to be read")
                    .containsExactly(5L);
            assertThat(a.get("/api/crm/contracts/NEW-1001").status()).isEqualTo(200);
            assertThat(a.get("/api/refusals").body()).hasSize(1);
            assertThat(elements(a.as(TestAccess.ADMIN_TOKEN)
                                    .get("/api/audit?actor=initial-admin")
                                    .body())
                            .map(e -> e.path("action").asString()))
                    .as("what 0.14.0's initial administrator did")
                    .hasSize(7)
                    .contains("POST /api/crm/contracts/{id}/switch", "PUT /api/partners/{code}");

            JsonNode partner = a.get("/api/partners/DEU.CCCC").body();
            assertThat(partner.path("managedBy").asString()).isEqualTo("DIRECTORY");
            assertThat(partner.path("bundesland").asString()).isEqualTo("BE");
            assertThat(partner.path("forbidRsaSha1").asBoolean()).isTrue();
            assertThat(elements(partner.path("certificates"))
                            .map(c -> c.path("fingerprint").asString()))
                    .containsExactly(cccc);

            String next = a.ok(
                            "/api/vorabstimmungen",
                            "{\"geschaeftsfall\":\"VA-RRNP\",\"ekpAbg\":\"DEU.BBBB\",\"kundenwunschtermin\":"
                                    + "\"2026-12-16\",\"endkunde\":{\"person\":{\"anrede\":\"1\",\"vorname\":"
                                    + "\"Marty\",\"nachname\":\"McFly\"}},\"rufnummernPortierung\":{"
                                    + "\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":"
                                    + "\"5550010\"}]},\"portierungszeitfenster\":\"ZF2\"}}")
                    .path("vorabstimmungsId")
                    .asString();
            assertThat(next).as("the VA-IDs go on where 0.14.0 stopped").isEqualTo("DEU.AAAA.V000000003");
        }
    }

    private void restore(Db db) {
        if (db.schema() == null) {
            return; // the H2 file is in place since the constructor
        }
        ReleasedDatabases.restorePostgres(db.dataSource(), db.schema());
    }

    private static void assertSameRows(String what, SchemaContents actual, SchemaContents expected) {
        assertThat(actual.tables().keySet())
                .as(what)
                .isEqualTo(expected.tables().keySet());
        expected.tables()
                .forEach((table, rows) ->
                        assertThat(actual.rows(table)).as(what + ": " + table).containsExactlyElementsOf(rows));
    }

    private static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, "sa", "");
    }

    /** Each sequence with the value it is at (VA-IDs, Storno-IDs; on PostgreSQL also the identity columns'). */
    private static List<String> sequences(Db db, String schema) {
        String sql = db.schema() == null
                ? "SELECT sequence_name, base_value FROM information_schema.sequences WHERE sequence_schema = ?"
                : "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = ?";
        return db.jdbc()
                .sql(sql + " ORDER BY 1")
                .param(schema)
                .query((rs, i) -> rs.getString(1) + "=" + rs.getString(2))
                .list();
    }

    private static long revision(JdbcClient jdbc, String schema) {
        return jdbc.sql("SELECT revision FROM \"" + schema + "\".partner_directory_revision")
                .query(Long.class)
                .single();
    }

    /** Per message the SHA-256 of its bytes and the digest stored with it when it was sent or received. */
    private static List<List<String>> digestsOfRawMessages(Db db) {
        return db.jdbc()
                .sql("SELECT raw, digest FROM wbci_message ORDER BY id")
                .query((rs, i) -> List.of(SchemaContents.sha256(rs.getBytes(1)), rs.getString(2)))
                .list();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        assertThat(array.isArray()).as("an array: " + array).isTrue();
        return StreamSupport.stream(array.spliterator(), false);
    }
}
