package org.wbcigateway.gateway.platform.tenancy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
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
        return jdbc.sql("SELECT id, code, schema_name, portierungskennung, bundesland, id_slot, decision_mode, "
                        + "projektkenner, escalation, crm_source, webhook FROM tenant "
                        + "ORDER BY CASE WHEN schema_name = ? THEN 0 ELSE 1 END, created_at, id")
                .param(homeSchema)
                .query((rs, i) -> new Tenant(
                        rs.getString(1),
                        CarrierCode.of(rs.getString(2)),
                        rs.getString(3),
                        Portierungskennung.of(rs.getString(4)),
                        Bundesland.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        new TenantSettings(
                                rs.getString(7) == null
                                        ? null
                                        : GatewayProperties.Decision.Mode.valueOf(rs.getString(7)),
                                TenantSettings.projektkennerOf(rs.getString(8)),
                                TenantSettings.escalationOf(rs.getString(9)),
                                rs.getString(10),
                                rs.getString(11))))
                .list();
    }

    /** Writes a tenant's settings; false if there is no such tenant. */
    boolean updateSettings(String id, TenantSettings settings) {
        return jdbc.sql("UPDATE tenant SET decision_mode = ?, projektkenner = ?, escalation = ?, crm_source = ?, "
                                + "webhook = ? WHERE id = ?")
                        .params(
                                settings.decisionMode() == null
                                        ? null
                                        : settings.decisionMode().name(),
                                settings.projektkennerText(),
                                settings.escalationText(),
                                settings.crmSource(),
                                settings.webhook(),
                                id)
                        .update()
                > 0;
    }

    /**
     * Writes the tenant of a schema as given; false if no tenant has that schema yet. The configured tenant's id
     * follows its code; its slot stays.
     */
    boolean update(Tenant tenant, ManagedBy managedBy) {
        return jdbc.sql("UPDATE tenant SET id = ?, code = ?, portierungskennung = ?, bundesland = ?, managed_by = ? "
                                + "WHERE schema_name = ?")
                        .params(
                                tenant.id(),
                                tenant.code().value(),
                                tenant.portierungskennung().value(),
                                tenant.bundesland().name(),
                                managedBy.name(),
                                tenant.schema())
                        .update()
                > 0;
    }

    void insert(Tenant tenant, ManagedBy managedBy, Instant at) {
        jdbc.sql("INSERT INTO tenant (id, code, id_slot, schema_name, portierungskennung, bundesland, managed_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tenant.id(),
                        tenant.code().value(),
                        tenant.idSlot(),
                        tenant.schema(),
                        tenant.portierungskennung().value(),
                        tenant.bundesland().name(),
                        managedBy.name(),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
