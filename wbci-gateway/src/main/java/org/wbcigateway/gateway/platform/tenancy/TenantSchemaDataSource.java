package org.wbcigateway.gateway.platform.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives every connection taken the schema of the thread's {@link TenantScope} (ADR 0014). Unscoped work gets the home
 * schema while the installation serves one tenant (it behaves as a single-carrier gateway did); once it serves more,
 * the provider's schema, which has no tenant table: work that forgot its scope fails instead of reading a tenant's
 * rows.
 *
 * <p>The home schema is served by the configured pool. Every other schema gets a pool of its own, made from the
 * configured one's settings, whose connections stay in that schema for life (ADR 0016): PostgreSQL's JDBC driver
 * forgets a connection's prepared statements whenever its {@code search_path} changes, so connections shared between
 * schemas would be parsed and planned anew at nearly every statement. A configured data source that is not a Hikari
 * pool is shared instead, its connections switched to the wanted schema when taken.
 */
public final class TenantSchemaDataSource extends DelegatingDataSource {

    /** Idle connections of a schema's own pool are closed after this long at most. */
    private static final long SCHEMA_POOL_IDLE_MILLIS = 60_000;

    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final Map<Connection, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile String home;
    private volatile String unscoped;
    private volatile int connectionsPerSchema = 5;
    private volatile boolean closed;

    public TenantSchemaDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        String wanted = TenantScope.current().map(TenantScope.Scope::schema).orElse(unscoped);
        if (wanted != null && getTargetDataSource() instanceof HikariDataSource hikari && !wanted.equals(home())) {
            return poolOf(wanted, hikari).getConnection();
        }
        return switched(super.getConnection(), wanted);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return switched(
                super.getConnection(username, password),
                TenantScope.current().map(TenantScope.Scope::schema).orElse(unscoped));
    }

    /** The schema the configured pool's connections are in (never switched): the first tenant's. */
    private String home() throws SQLException {
        String known = home;
        if (known == null) {
            try (Connection c = super.getConnection()) {
                known = c.getSchema();
            }
            home = known;
        }
        return known;
    }

    private HikariDataSource poolOf(String schema, HikariDataSource configured) throws SQLException {
        if (closed) {
            throw new SQLException("the gateway's data source is closed");
        }
        return pools.computeIfAbsent(schema, s -> {
            HikariConfig config = new HikariConfig();
            configured.copyStateTo(config);
            config.setPoolName((configured.getPoolName() == null ? "wbci" : configured.getPoolName()) + "-" + s);
            config.setSchema(s);
            config.setMaximumPoolSize(connectionsPerSchema);
            config.setMinimumIdle(0);
            config.setIdleTimeout(Math.min(configured.getIdleTimeout(), SCHEMA_POOL_IDLE_MILLIS));
            // connections are made when first asked for: a failure then is the caller's, as with the configured pool
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        });
    }

    /** A connection of a shared pool, switched to the wanted schema ({@code null}: the home schema). */
    private Connection switched(Connection connection, String wanted) throws SQLException {
        try {
            Connection physical = connection.unwrap(Connection.class);
            String has = lastSet.get(physical);
            if (has == null && home == null) {
                // a connection this data source never switched is in the home schema (null until it exists)
                home = connection.getSchema();
            }
            if (wanted == null || wanted.equals(home)) {
                if (has != null) {
                    connection.setSchema(home);
                    lastSet.remove(physical);
                }
            } else if (!wanted.equals(has)) {
                connection.setSchema(wanted);
                lastSet.put(physical, wanted);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Where unscoped work goes: {@code null} for the home schema, else that schema (the provider's). */
    void whenUnscoped(String schema) {
        this.unscoped = schema;
    }

    /** The most connections of each schema's own pool ({@code wbci.tenancy.connections-per-schema}). */
    void connectionsPerSchema(int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("wbci.tenancy.connections-per-schema must be at least 1");
        }
        this.connectionsPerSchema = connections;
        pools.values().forEach(p -> p.setMaximumPoolSize(connections));
    }

    /** The schemas with a pool of their own, and the connections each has open now (for the health of the pools). */
    public Map<String, Integer> openConnections() {
        Map<String, Integer> open = new java.util.TreeMap<>();
        pools.forEach((schema, pool) -> open.put(
                schema,
                pool.getHikariPoolMXBean() == null
                        ? 0
                        : pool.getHikariPoolMXBean().getTotalConnections()));
        return open;
    }

    /** Closes the schemas' own pools; the configured data source is closed by its owner. */
    void closeSchemaPools() {
        closed = true;
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
