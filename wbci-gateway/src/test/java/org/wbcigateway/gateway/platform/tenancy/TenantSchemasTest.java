package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.support.Gateway;

/**
 * Tenants in schemas of their own (ADR 0014), on both databases: a tenant added at runtime gets a migrated schema,
 * work in its scope sees its rows and no other's, unscoped work none once there are two; the provider's data is in a
 * schema without tenant tables; a restart migrates every tenant's schema.
 */
class TenantSchemasTest {

    static Stream<Gateway.Database> databases() {
        return Stream.of(Gateway.Database.H2, Gateway.Database.POSTGRES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTenantAddedAtRuntimeHasItsOwnSchemaAndSeesOnlyItsRows(Gateway.Database database) {
        String name = "tenancy_" + Long.toString(System.nanoTime(), 36);
        int port = Gateway.freePort();
        Tenant second;
        String provider;
        try (Gateway g =
                Gateway.start("DEU.AAAA", "D0AA", port, "DEU.BBBB", Gateway.freePort(), database, name, Map.of())) {
            Tenants tenants = g.context().getBean(Tenants.class);
            Schemas schemas = g.context().getBean(Schemas.class);
            JdbcClient jdbc = g.context().getBean(JdbcClient.class);
            provider = schemas.provider();
            assertThat(tenants.first())
                    .isEqualTo(new Tenant(
                            "DEU.AAAA",
                            CarrierCode.of("DEU.AAAA"),
                            schemas.home(),
                            Portierungskennung.of("D0AA"),
                            Bundesland.BY,
                            0));

            second = tenants.add(CarrierCode.of("DEU.CCCC"), Portierungskennung.of("D0CC"), Bundesland.HH);
            assertThat(second.schema()).isEqualTo(schemas.home() + "_deu_cccc");
            assertThat(tenants.all()).containsExactly(tenants.first(), second);
            assertThat(second.portierungskennung()).isEqualTo(Portierungskennung.of("D0CC"));
            assertThatThrownBy(
                            () -> tenants.add(CarrierCode.of("DEU.CCCC"), Portierungskennung.of("D0CC"), Bundesland.HH))
                    .hasMessageContaining("DEU.CCCC");

            Flyway home = g.context().getBean(Flyway.class);
            assertThat(TenantMigrations.tenant(home, second.schema())
                            .info()
                            .current()
                            .getVersion())
                    .as("the new schema is where the home schema is")
                    .isEqualTo(TenantMigrations.tenant(home, schemas.home())
                            .info()
                            .current()
                            .getVersion());

            insertConsumer(jdbc, new TenantScope.OfTenant(second), "ONLY-IN-C");
            insertConsumer(jdbc, new TenantScope.OfTenant(tenants.first()), "ONLY-IN-A");
            assertThat(consumers(jdbc, new TenantScope.OfTenant(second)))
                    .contains("ONLY-IN-C")
                    .doesNotContain("ONLY-IN-A");
            assertThat(consumers(jdbc, new TenantScope.OfTenant(tenants.first())))
                    .contains("ONLY-IN-A")
                    .doesNotContain("ONLY-IN-C");
            assertThatThrownBy(() -> consumers(jdbc, null))
                    .as("with two tenants, work outside a scope reaches no tenant's table")
                    .hasMessageContaining("event_consumer");

            TenantScope.Scope providerScope = new TenantScope.OfProvider(provider);
            assertThatThrownBy(() -> consumers(jdbc, providerScope))
                    .as("the provider's schema has no tenant table")
                    .hasMessageContaining("event_consumer");
            assertThat(TenantScope.call(
                            providerScope,
                            () -> jdbc.sql("SELECT COUNT(*) FROM partner")
                                    .query(Long.class)
                                    .single()))
                    .as("the partner directory is the provider's: DEU.BBBB configured")
                    .isEqualTo(1);
            assertThatThrownBy(() -> TenantScope.call(
                            new TenantScope.OfTenant(tenants.first()),
                            () -> jdbc.sql("SELECT COUNT(*) FROM partner")
                                    .query(Long.class)
                                    .single()))
                    .as("no tenant schema keeps a partner directory")
                    .hasMessageContaining("partner");
        }
        // a restart migrates the further tenant's schema too, and finds its rows
        try (Gateway again =
                Gateway.start("DEU.AAAA", "D0AA", port, "DEU.BBBB", Gateway.freePort(), database, name, Map.of())) {
            JdbcClient jdbc = again.context().getBean(JdbcClient.class);
            assertThat(again.context().getBean(Tenants.class).all()).hasSize(2);
            assertThat(consumers(jdbc, new TenantScope.OfTenant(second))).contains("ONLY-IN-C");
        }
    }

    /**
     * ADR 0016: each schema's connections stay in it, so a statement PostgreSQL's driver has prepared on the server
     * survives work in other schemas on the same thread (the driver forgets them when a connection's search_path
     * changes); the schemas' pools are closed with the gateway.
     */
    @org.junit.jupiter.api.Test
    void aSchemasConnectionsStayInItAndKeepTheirPreparedStatements() throws Exception {
        String name = "tenancy_" + Long.toString(System.nanoTime(), 36);
        TenantSchemaDataSource scoped;
        try (Gateway g = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                Gateway.Database.POSTGRES,
                name,
                Map.of())) {
            Tenants tenants = g.context().getBean(Tenants.class);
            JdbcClient jdbc = g.context().getBean(JdbcClient.class);
            scoped = g.context().getBean(javax.sql.DataSource.class).unwrap(TenantSchemaDataSource.class);
            Tenant second = tenants.add(CarrierCode.of("DEU.CCCC"), Portierungskennung.of("D0CC"), Bundesland.HH);
            List<TenantScope.Scope> scopes = List.of(
                    new TenantScope.OfTenant(tenants.first()),
                    new TenantScope.OfTenant(second),
                    new TenantScope.OfProvider(
                            g.context().getBean(Schemas.class).provider()));
            for (int i = 0; i < 12; i++) {
                for (TenantScope.Scope scope : scopes) {
                    TenantScope.run(
                            scope, () -> assertThat(schemaAndCount(jdbc)).startsWith(scope.schema() + " "));
                }
            }
            for (TenantScope.Scope scope : scopes) {
                assertThat(TenantScope.call(
                                scope,
                                () -> jdbc.sql("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE ?")
                                        .param(SCHEMA_AND_COUNT + "%")
                                        .query(Long.class)
                                        .single()))
                        .as("the statement is still prepared on %s's connection", scope.schema())
                        .isEqualTo(1);
            }
            assertThat(scoped.openConnections())
                    .as("the second tenant's and the provider's schema have pools of their own")
                    .containsOnlyKeys(second.schema(), scopes.get(2).schema());
        }
        assertThat(scoped.openConnections()).as("closed with the gateway").isEmpty();
    }

    private static final String SCHEMA_AND_COUNT = "SELECT current_schema() || ' ' || (SELECT COUNT(*) FROM pg_class)";

    private static String schemaAndCount(JdbcClient jdbc) {
        return jdbc.sql(SCHEMA_AND_COUNT).query(String.class).single();
    }

    private static void insertConsumer(JdbcClient jdbc, TenantScope.Scope scope, String id) {
        TenantScope.run(
                scope,
                () -> jdbc.sql("INSERT INTO event_consumer (name, updated_at) VALUES (?, CURRENT_TIMESTAMP)")
                        .param(id)
                        .update());
    }

    private static List<String> consumers(JdbcClient jdbc, TenantScope.Scope scope) {
        return scope == null
                ? jdbc.sql("SELECT name FROM event_consumer")
                        .query(String.class)
                        .list()
                : TenantScope.call(
                        scope,
                        () -> jdbc.sql("SELECT name FROM event_consumer")
                                .query(String.class)
                                .list());
    }
}
