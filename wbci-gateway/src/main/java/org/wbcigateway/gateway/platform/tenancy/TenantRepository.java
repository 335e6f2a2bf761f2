package org.wbcigateway.gateway.platform.tenancy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.config.ManagedBy;

/** The tenant registry in the provider's schema; callers run it in the provider's scope. */
@Repository
class TenantRepository {

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tenant, the one in the home schema first, then in the order they were added. */
    List<Tenant> all(String homeSchema) {
        return jdbc.sql("SELECT code, schema_name, portierungskennung, bundesland FROM tenant "
                        + "ORDER BY CASE WHEN schema_name = ? THEN 0 ELSE 1 END, created_at, code")
                .param(homeSchema)
                .query((rs, i) -> new Tenant(
                        CarrierCode.of(rs.getString(1)),
                        rs.getString(2),
                        Portierungskennung.of(rs.getString(3)),
                        Bundesland.valueOf(rs.getString(4))))
                .list();
    }

    /** Writes the tenant of a schema as given; false if no tenant has that schema yet. */
    boolean update(Tenant tenant, ManagedBy managedBy) {
        return jdbc.sql("UPDATE tenant SET code = ?, portierungskennung = ?, bundesland = ?, managed_by = ? "
                                + "WHERE schema_name = ?")
                        .params(
                                tenant.code().value(),
                                tenant.portierungskennung().value(),
                                tenant.bundesland().name(),
                                managedBy.name(),
                                tenant.schema())
                        .update()
                > 0;
    }

    void insert(Tenant tenant, ManagedBy managedBy, Instant at) {
        jdbc.sql("INSERT INTO tenant (code, schema_name, portierungskennung, bundesland, managed_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        tenant.code().value(),
                        tenant.schema(),
                        tenant.portierungskennung().value(),
                        tenant.bundesland().name(),
                        managedBy.name(),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
