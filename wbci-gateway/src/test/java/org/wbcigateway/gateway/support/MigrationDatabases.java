package org.wbcigateway.gateway.support;

import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh H2 database and a fresh PostgreSQL schema for a migration test: migrate to an earlier version, store rows as
 * that version did, migrate to the latest and read them. {@link #close()} drops the schema and its provider schema.
 */
public final class MigrationDatabases implements AutoCloseable {

    /** One of the two databases, with the Flyway configuration that migrates it. */
    public record Db(String name, DataSource dataSource, String schema) {
        @Override
        public String toString() {
            return name;
        }

        public FluentConfiguration flyway() {
            FluentConfiguration config =
                    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
            return schema == null ? config : config.schemas(schema);
        }

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }
    }

    private final String prefix;
    private final Db postgres;

    public MigrationDatabases(String prefix) {
        this.prefix = prefix;
        String schema = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
        this.postgres = new Db(
                "PostgreSQL",
                new DriverManagerDataSource(
                        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", ""),
                schema);
    }

    /** A new H2 database and the (one) PostgreSQL schema of this test class. */
    public Stream<Db> both() {
        return Stream.of(
                new Db(
                        "H2",
                        new DriverManagerDataSource(
                                "jdbc:h2:mem:" + prefix + "_" + System.nanoTime()
                                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                                "sa",
                                ""),
                        null),
                postgres);
    }

    /** The PostgreSQL schema of this test class (not created: a migration or a restored dump creates it). */
    public Db postgres() {
        return postgres;
    }

    @Override
    public void close() {
        for (String schema : java.util.List.of(postgres.schema(), postgres.schema() + "_provider")) {
            postgres.jdbc().sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }
}
