package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.ForeignCrm;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;

/**
 * A tenant that decides differently from the installation (issue 15): DEU.AAAA as configured (every VA to a person,
 * built-in CRM), DEU.CCCC onboarded in one call with automatic decisions, its own Projektkenner and a foreign CRM of
 * its own ({@code wbci.crm.sources.c-crm}), in which its customer is found and the switch is written back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSettingsTest {

    private static final String CRM_SCHEMA = "c_crm_" + Long.toString(System.currentTimeMillis(), 36);
    private final JdbcClient pg =
            JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
    private Gateway provider;
    private Gateway partner;

    @BeforeAll
    void start() throws Exception {
        ForeignCrm.create(pg, CRM_SCHEMA);
        Map<String, String> settings = new HashMap<>(ForeignCrm.settings(CRM_SCHEMA, "wbci.crm.sources.c-crm."));
        Gateway.Pair pair = Gateway.pair("settings", Gateway.Database.H2, settings);
        provider = pair.provider();
        partner = pair.partner();
        Gateway.Reply added = provider.as(TestAccess.ADMIN_TOKEN)
                .post(
                        "/api/tenants",
                        "{\"code\":\"DEU.CCCC\",\"portierungskennung\":\"D0CC\",\"bundesland\":\"BY\","
                                + "\"settings\":{\"decisionMode\":\"AUTOMATIC\",\"projektkenner\":[\"PROJ-C\"],"
                                + "\"escalation\":{\"VA_UNANSWERED\":[1,2,3]},\"crmSource\":\"c-crm\"}}");
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        partner.registerPartner("DEU.CCCC", provider.soapUrl(), Files.readString(TestKeys.certificate("DEU.AAAA")));
    }

    @AfterAll
    void stop() {
        provider.close();
        partner.close();
        pg.sql("DROP SCHEMA IF EXISTS " + CRM_SCHEMA + " CASCADE").update();
    }

    /** The partner's VA-KUE-MRN for the foreign CRM's customer (Kopfnummer 89 423456) to this EKP. */
    private String va(String ekpAbg, String projektkenner) {
        String json = TwoGatewaysFlows.va("VA-KUE-MRN", "423456", TwoGatewaysFlows.KWT)
                .replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"" + ekpAbg + "\"");
        json = json.substring(0, json.length() - 1) + ",\"projektId\":{\"projektkenner\":\"" + projektkenner + "\"}}";
        return partner.ok("/api/vorabstimmungen", json).path("vorabstimmungsId").asString();
    }

    @Test
    void theTenantDecidesFromItsOwnCrmWithItsOwnProjektkennerWhileTheOtherWaitsForAPerson() {
        JsonNode c =
                provider.as(TestAccess.ADMIN_TOKEN).get("/api/tenants/DEU.CCCC").body();
        assertThat(c.path("settings").path("crmSource").asString()).isEqualTo("c-crm");
        assertThat(c.path("settings").path("escalation").path("VA_UNANSWERED").toString())
                .isEqualTo("[1,2,3]");

        String unknownProject = va("DEU.CCCC", "PROJ-X");
        JsonNode rejected =
                partner.await(unknownProject, v -> v.path("phase").asString().equals("REJECTED"));
        assertThat(rejected.toString()).as("answered UPK at once").contains("8149");

        String agreed = va("DEU.CCCC", "PROJ-C");
        partner.await(agreed, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(pg.sql("SELECT zustand FROM " + CRM_SCHEMA + ".vertrag WHERE vnr = 'V-4711'")
                        .query(String.class)
                        .single())
                .as("written back to DEU.CCCC's CRM")
                .isEqualTo("KUENDIGUNG");

        // DEU.AAAA decides as configured: the same VA waits for a person (the test harness configures REVIEW)
        String toA = va("DEU.AAAA", "PROJ-C");
        provider.await(toA, v -> v.path("phase").asString().equals("VA_PENDING"));
        Patience.awaiting("DEU.AAAA's review queue")
                .until(() -> provider.get("/api/review").body().toString().contains(toA));
        assertThat(provider.forTenant("DEU.CCCC").get("/api/review").body().toString())
                .doesNotContain(toA);
    }

    @Test
    void settingsThatCannotBeHonouredAreRefusedAndChangeNothing() {
        Gateway admin = provider.as(TestAccess.ADMIN_TOKEN);
        Gateway.Reply unknownSource = admin.put("/api/tenants/DEU.CCCC/settings", "{\"crmSource\":\"nope\"}");
        assertThat(unknownSource.status()).isEqualTo(400);
        assertThat(unknownSource.body().path("detail").asString())
                .contains("nope")
                .contains("c-crm");
        for (String days : java.util.List.of("[3,2,1]", "[0,1,2]", "[1,2]")) {
            assertThat(admin.put("/api/tenants/DEU.CCCC/settings", "{\"escalation\":{\"VA_UNANSWERED\":" + days + "}}")
                            .status())
                    .as(days)
                    .isEqualTo(400);
        }
        assertThat(admin.put("/api/tenants/DEU.CCCC/settings", "{\"decisionMode\":\"SOMETIMES\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.put("/api/tenants/DEU.ZZZZ/settings", "{}").status()).isEqualTo(404);
        assertThat(admin.get("/api/tenants/DEU.CCCC")
                        .body()
                        .path("settings")
                        .path("crmSource")
                        .asString())
                .isEqualTo("c-crm");
    }
}
