package org.wbcigateway.gateway.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives every connection taken the schema of the thread's {@link TenantScope} (ADR 0014). Unscoped work gets the home
 * schema while the installation serves one tenant (it behaves as a single-carrier gateway did); once it serves more,
 * the provider's schema, which has no tenant table: work that forgot its scope fails instead of reading a tenant's
 * rows. A connection for another schema is always switched (a pool may have reset it on return); one for the
 * home schema only if this data source switched it away before: the first tenant costs nothing extra.
 */
public final class TenantSchemaDataSource extends DelegatingDataSource {

    private final Map<Connection, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile String home;
    private volatile String unscoped;

    public TenantSchemaDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private Connection scoped(Connection connection) throws SQLException {
        try {
            Connection physical = connection.unwrap(Connection.class);
            String has = lastSet.get(physical);
            if (has == null && home == null) {
                // a connection this data source never switched is in the home schema (null until it exists)
                home = connection.getSchema();
            }
            String wanted = TenantScope.current().map(TenantScope.Scope::schema).orElse(unscoped);
            if (wanted == null || wanted.equals(home)) {
                if (has != null) {
                    connection.setSchema(home);
                    lastSet.remove(physical);
                }
            } else {
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
}
