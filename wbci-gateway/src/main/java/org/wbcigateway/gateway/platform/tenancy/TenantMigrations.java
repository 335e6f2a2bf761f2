package org.wbcigateway.gateway.platform.tenancy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migrates every schema of the installation at start (ADR 0014): the home schema with Spring Boot's Flyway
 * ({@code spring.flyway.*}), the provider's ({@code db/provider}) and each further tenant's (the home's migrations
 * in its own schema). The provider's V2 takes over the partner directory the home schema held until its V26, so
 * the home schema is brought to V25 first, then the provider's, then the rest.
 */
public final class TenantMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);
    /** The last version of the home schema with the partner directory in it. */
    private static final MigrationVersion BEFORE_PARTNERS_MOVED = MigrationVersion.fromVersion("25");

    @Override
    public void migrate(Flyway home) {
        DataSource dataSource = home.getConfiguration().getDataSource();
        Schemas schemas = Schemas.of(home);
        MigrationInfo current = home.info().current();
        if (current == null || !current.getVersion().isNewerThan(BEFORE_PARTNERS_MOVED.getVersion())) {
            Flyway.configure()
                    .configuration(home.getConfiguration())
                    .target(BEFORE_PARTNERS_MOVED)
                    .load()
                    .migrate();
        }
        provider(dataSource, schemas).migrate();
        home.migrate();
        for (String schema : furtherTenants(dataSource, schemas)) {
            log.info("migrating the schema {} of a tenant", schema);
            tenant(home, schema).migrate();
        }
    }

    /** The provider's schema, created if it is not there. */
    static Flyway provider(DataSource dataSource, Schemas schemas) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schemas.provider())
                .defaultSchema(schemas.provider())
                .locations("classpath:db/provider")
                .placeholders(Map.of("home_schema", schemas.home()))
                .load();
    }

    /** A tenant's schema, migrated as the home schema is. */
    static Flyway tenant(Flyway home, String schema) {
        return Flyway.configure()
                .configuration(home.getConfiguration())
                .schemas(schema)
                .defaultSchema(schema)
                .load();
    }

    private static List<String> furtherTenants(DataSource dataSource, Schemas schemas) {
        return JdbcClient.create(dataSource)
                .sql("SELECT schema_name FROM \"" + schemas.provider() + "\".tenant WHERE schema_name <> ? "
                        + "ORDER BY created_at, code")
                .param(schemas.home())
                .query(String.class)
                .list();
    }
}
