package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Tenants seeded from configuration ({@code wbci.tenancy.tenants.<id>.*}, issue 15): created at the first start, set
 * as configured at every start with their data kept, their settings not changed at runtime, and a changed carrier
 * code refused at the start.
 */
class ConfiguredTenantsTest {

    private final String db = "configured_tenants_" + System.nanoTime();

    private Gateway start(String code, String pki, String decisionMode) {
        Gateway.Database file = name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./target/h2/" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Map<String, String> settings = new HashMap<>();
        settings.put("wbci.tenancy.tenants.stadtwerke.code", code);
        settings.put("wbci.tenancy.tenants.stadtwerke.portierungskennung", pki);
        settings.put("wbci.tenancy.tenants.stadtwerke.bundesland", "NW");
        settings.put("wbci.tenancy.tenants.stadtwerke.decision-mode", decisionMode);
        settings.put("wbci.tenancy.tenants.stadtwerke.projektkenner[0]", "GLASFASER-NORD");
        return Gateway.start(
                "DEU.AAAA", "D0AA", Gateway.freePort(), "DEU.BBBB", Gateway.freePort(), file, db, settings);
    }

    @Test
    void aConfiguredTenantIsCreatedThenFollowsItsConfigurationWithItsDataKept() {
        try (Gateway first = start("DEU.SWNW", "D05E", "AUTOMATIC")) {
            Gateway admin = first.as(TestAccess.ADMIN_TOKEN);
            JsonNode tenant = admin.get("/api/tenants/stadtwerke").body();
            assertThat(tenant.path("code").asString()).isEqualTo("DEU.SWNW");
            assertThat(tenant.path("bundesland").asString()).isEqualTo("NW");
            assertThat(tenant.path("settings").path("decisionMode").asString()).isEqualTo("AUTOMATIC");
            assertThat(tenant.path("settings").path("projektkenner").toString()).contains("GLASFASER-NORD");
            Gateway.Reply changed = admin.put("/api/tenants/stadtwerke/settings", "{\"decisionMode\":\"REVIEW\"}");
            assertThat(changed.status()).isEqualTo(409);
            assertThat(changed.body().path("detail").asString()).contains("wbci.tenancy.tenants.stadtwerke");
            assertThat(first.forTenant("stadtwerke")
                            .put(
                                    "/api/crm/contracts/SW-1",
                                    "{\"status\":\"ACTIVE\",\"inhaber\":{\"person\":{\"anrede\":\"1\",\"vorname\":"
                                            + "\"Anna\",\"nachname\":\"Stadt\"}}}")
                            .status())
                    .isEqualTo(200);
        }
        try (Gateway again = start("DEU.SWNW", "D05F", "REVIEW")) {
            JsonNode tenant = again.as(TestAccess.ADMIN_TOKEN)
                    .get("/api/tenants/stadtwerke")
                    .body();
            assertThat(tenant.path("portierungskennung").asString()).isEqualTo("D05F");
            assertThat(tenant.path("settings").path("decisionMode").asString()).isEqualTo("REVIEW");
            assertThat(again.forTenant("stadtwerke")
                            .get("/api/crm/contracts/SW-1")
                            .status())
                    .as("its data kept")
                    .isEqualTo(200);
            assertThat(again.as(TestAccess.ADMIN_TOKEN)
                            .get("/api/tenants")
                            .body()
                            .size())
                    .isEqualTo(2);
        }
        assertThatThrownBy(() -> start("DEU.SWXX", "D05F", "REVIEW"))
                .hasStackTraceContaining("wbci.tenancy.tenants.stadtwerke.code");
    }
}
