package org.wbcigateway.gateway.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The schema names of an installation (ADR 0014): the <em>home</em> schema (the data source's own, where the first
 * tenant's tables are), {@code <home>_provider} for the provider's data and {@code <home>_<id>} for every further
 * tenant ({@code public_deu_cccc}). All of one installation share the home's prefix, so several installations can
 * share one database in schemas of their own. The names follow the home's case ({@code PUBLIC_PROVIDER} on an H2
 * that folds to upper case) and are used quoted.
 */
public record Schemas(String home) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public Schemas {
        requireName(home);
    }

    /**
     * The names around the home schema: the one Flyway migrates ({@code spring.flyway.default-schema} or the first of
     * {@code spring.flyway.schemas}), else the one the data source's connections start in.
     */
    public static Schemas of(org.flywaydb.core.Flyway flyway) {
        var configuration = flyway.getConfiguration();
        if (configuration.getDefaultSchema() != null) {
            return new Schemas(configuration.getDefaultSchema());
        }
        if (configuration.getSchemas().length > 0) {
            return new Schemas(configuration.getSchemas()[0]);
        }
        return of(configuration.getDataSource());
    }

    /** The names around the schema the data source's connections start in. */
    static Schemas of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();
            if (schema == null) {
                throw new IllegalStateException("the database names no current schema for the gateway's tables");
            }
            return new Schemas(schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's current schema: " + e.getMessage(), e);
        }
    }

    public String provider() {
        return derived("provider");
    }

    /** The schema of a tenant added after the first, by its id. */
    public String tenant(String tenantId) {
        return derived(Tenant.requireId(tenantId).replace('.', '_').replace('-', '_'));
    }

    private String derived(String suffix) {
        boolean upper = home.equals(home.toUpperCase(Locale.ROOT));
        return requireName(home + "_" + (upper ? suffix.toUpperCase(Locale.ROOT) : suffix.toLowerCase(Locale.ROOT)));
    }

    static String requireName(String schema) {
        if (schema == null || !NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name the gateway uses (letters, digits, _): " + schema);
        }
        return schema;
    }
}
