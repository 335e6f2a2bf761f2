package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.wbcigateway.gateway.inbound.RefusalLog;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;

/**
 * One installation serving DEU.AAAA (configured) and DEU.CCCC (added at runtime through the API) against an outside
 * partner DEU.BBBB (issue 15): onboarding without a restart, routing by Empfänger, and what a tenant's token may see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenancyTest {

    private static final String C_TOKEN = "c-operator-token-0000000000";
    private static final String C_ADMIN_TOKEN = "c-admin-token-00000000000000";

    private Gateway provider;
    private Gateway partner;

    @BeforeAll
    void start() {
        Gateway.Pair pair = Gateway.pair(
                "tenancy",
                Gateway.Database.H2,
                Map.of(
                        "wbci.access.tokens.c-operator.token", C_TOKEN,
                        "wbci.access.tokens.c-operator.role", "OPERATOR",
                        "wbci.access.tokens.c-operator.tenant", "DEU.CCCC",
                        "wbci.access.users.c-viewer.password", "{noop}c-viewer-secret",
                        "wbci.access.users.c-viewer.role", "VIEWER",
                        "wbci.access.users.c-viewer.tenant", "DEU.CCCC",
                        "wbci.access.tokens.c-admin.token", C_ADMIN_TOKEN,
                        "wbci.access.tokens.c-admin.role", "ADMIN",
                        "wbci.access.tokens.c-admin.tenant", "DEU.CCCC"));
        provider = pair.provider();
        partner = pair.partner();
    }

    @AfterAll
    void stop() {
        browser.close();
        provider.close();
        partner.close();
    }

    private final org.wbcigateway.gateway.support.Browser browser = new org.wbcigateway.gateway.support.Browser();

    @Test
    @Order(1)
    void aTenantAddedThroughTheApiExchangesAVaWithoutARestart() throws Exception {
        Gateway.Reply added = provider.as(TestAccess.ADMIN_TOKEN)
                .post("/api/tenants", "{\"code\":\"DEU.CCCC\",\"portierungskennung\":\"D0CC\",\"bundesland\":\"HH\"}");
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        assertThat(added.body().path("schema").asString()).endsWith("_deu_cccc");
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/audit?limit=100")
                        .body()
                        .toString())
                .as("adding a tenant is the provider's business, not on DEU.AAAA's record")
                .doesNotContain("/api/tenants");
        assertThat(provider.inScope(() -> org.springframework.jdbc.core.simple.JdbcClient.create(
                                provider.context().getBean(javax.sql.DataSource.class))
                        .sql("SELECT COUNT(*) FROM "
                                + provider.context()
                                        .getBean(org.wbcigateway.gateway.platform.tenancy.Schemas.class)
                                        .provider()
                                + ".audit_log WHERE action = 'POST /api/tenants'")
                        .query(Long.class)
                        .single()))
                .as("on the provider's")
                .isEqualTo(1);
        // the partner learns DEU.CCCC: our endpoint, signed with the installation's key
        partner.registerPartner("DEU.CCCC", provider.soapUrl(), Files.readString(TestKeys.certificate("DEU.AAAA")));

        Gateway c = provider.as(C_TOKEN);
        String id = c.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        assertThat(id).startsWith("DEU.CCCC.V");
        partner.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        partner.ok(
                "/api/vorabstimmungen/" + id + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"" + TwoGatewaysFlows.KWT + "\""
                        + TwoGatewaysFlows.LINE + "}");
        JsonNode agreed = c.await(id, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(agreed.path("ownRole").asString()).isEqualTo("EKP_AUF");

        assertThat(provider.get("/api/vorabstimmungen/" + id).status())
                .as("not DEU.AAAA's")
                .isEqualTo(404);
        assertThat(provider.forTenant("DEU.CCCC")
                        .get("/api/vorabstimmungen/" + id)
                        .status())
                .as("the provider's operator, working for DEU.CCCC")
                .isEqualTo(200);
        org.wbcigateway.gateway.support.PrometheusText metrics = org.wbcigateway.gateway.support.PrometheusText.parse(
                provider.as(TestAccess.ADMIN_TOKEN).text("/actuator/prometheus"));
        assertThat(metrics.sum("wbci_messages_total", "direction", "out", "type", "VA_KUE_MRN", "tenant", "DEU.CCCC"))
                .as("counted for the tenant that sent it")
                .isEqualTo(1);
        assertThat(metrics.sum("wbci_messages_total", "direction", "in", "type", "RUEM_VA", "tenant", "DEU.CCCC"))
                .isEqualTo(1);
        assertThat(provider.as(TestAccess.ADMIN_TOKEN).text("/actuator/prometheus"))
                .as("nothing counted for DEU.AAAA, which sent nothing")
                .doesNotContainPattern("wbci_messages_total\\{[^}]*tenant=\"DEU.AAAA\"");
        for (String tenant : java.util.List.of("DEU.AAAA", "DEU.CCCC")) {
            for (String gauge : java.util.List.of("wbci_outbox_depth", "wbci_deadlines_overdue")) {
                org.wbcigateway.gateway.support.PrometheusText now =
                        org.wbcigateway.gateway.support.PrometheusText.parse(
                                provider.as(TestAccess.ADMIN_TOKEN).text("/actuator/prometheus"));
                assertThat(now.samples(gauge, "tenant", tenant))
                        .as(gauge + " of " + tenant)
                        .isNotEmpty();
            }
        }
    }

    @Test
    @Order(2)
    void aTenantsTokenSeesOnlyItsTenant() {
        String ofA = provider.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"))
                .path("vorabstimmungsId")
                .asString();
        Gateway c = provider.as(C_TOKEN);
        assertThat(c.get("/api/vorabstimmungen/" + ofA).status()).isEqualTo(404);
        assertThat(c.get("/api/vorabstimmungen?limit=500").body().toString()).doesNotContain(ofA);

        Gateway.Reply elsewhere = c.forTenant("DEU.AAAA").get("/api/vorabstimmungen/" + ofA);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body().path("detail").asString()).contains("DEU.CCCC only");
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .forTenant("DEU.CCCC")
                        .get("/api/audit?limit=50")
                        .body()
                        .toString())
                .as("on DEU.CCCC's record")
                .contains("c-operator")
                .contains("403");

        assertThat(c.get("/api/tenants").status())
                .as("tenants are the provider's business")
                .isEqualTo(403);
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/audit?provider=true")
                        .body()
                        .toString())
                .as("the provider's record: the tenant added")
                .contains("POST /api/tenants");
        assertThat(provider.as(C_ADMIN_TOKEN).get("/api/audit?provider=true").status())
                .as("a tenant's administrator reads its tenant's audit, not the provider's")
                .isEqualTo(403);
        assertThat(provider.as(C_ADMIN_TOKEN).get("/api/audit").status()).isEqualTo(200);
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .forTenant("DEU.ZZZZ")
                        .get("/api/vorabstimmungen")
                        .status())
                .isEqualTo(404);
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/tenants")
                        .body()
                        .size())
                .isEqualTo(2);
    }

    @Test
    @Order(3)
    void aMessageIsRoutedToItsEmpfaengerAndOneForNoTenantIsRefusedOnTheProvidersRecord() {
        byte[] toNobody =
                TestKeys.sign("DEU.BBBB", Soap.replace(Soap.sample("va-kue-orn.xml"), "DEU.MNET", "DEU.BBBB"));
        RefusalLog log = provider.context().getBean(RefusalLog.class);
        long before = provider.inScope(log::count);
        Soap.Response refused = Soap.post(provider.soapUrl(), toNobody);
        assertThat(refused.text()).contains("<Meldungscode>0995</Meldungscode>");
        assertThat(provider.inScope(log::count)).isEqualTo(before + 1);
        assertThat(provider.inScope(() -> log.recent(null, 1)).get(0).kind()).isEqualTo("NOT_ADDRESSED_TO_US");

        // the partner's VA to DEU.CCCC arrives at the same endpoint and lands with DEU.CCCC alone
        String toC = partner.ok(
                        "/api/vorabstimmungen",
                        TwoGatewaysFlows.va("VA-RRNP").replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"DEU.CCCC\""))
                .path("vorabstimmungsId")
                .asString();
        Gateway c = provider.as(C_TOKEN);
        JsonNode received = c.await(toC, v -> v.path("phase").asString().equals("VA_PENDING"));
        assertThat(received.path("ownRole").asString()).isEqualTo("EKP_ABG");
        assertThat(provider.get("/api/vorabstimmungen/" + toC).status()).isEqualTo(404);
        assertThat(provider.get("/api/vorabstimmungen?limit=500").body().toString())
                .as("DEU.AAAA has nothing of it")
                .doesNotContain(toC);
    }

    /** The provider's user switches the console between tenants; a tenant's user sees its tenant and no switch. */
    @Test
    @Order(4)
    void theConsoleShowsOneTenantAtATime() {
        String ofA = provider.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN"))
                .path("vorabstimmungsId")
                .asString();
        com.microsoft.playwright.Page page = browser.newPage();
        org.wbcigateway.gateway.support.ConsoleSession.login(page, provider, TestAccess.ADMIN);
        page.navigate(provider.baseUrl() + "/console/vorabstimmungen");
        assertThat(page.content()).contains(ofA).doesNotContain("DEU.CCCC.V");
        assertThat(page.getByTestId("tenant-switch").locator("option").allTextContents())
                .containsExactly("DEU.AAAA", "DEU.CCCC");
        page.getByTestId("tenant-switch").selectOption("DEU.CCCC");
        page.getByTestId("tenant-submit").click();
        page.waitForURL("**/console");
        page.navigate(provider.baseUrl() + "/console/vorabstimmungen");
        assertThat(page.content()).contains("DEU.CCCC.V").doesNotContain(ofA);

        com.microsoft.playwright.Page tenantUser = browser.newPage();
        org.wbcigateway.gateway.support.ConsoleSession.login(tenantUser, provider, "c-viewer", "c-viewer-secret");
        tenantUser.navigate(provider.baseUrl() + "/console/vorabstimmungen");
        assertThat(tenantUser.content()).contains("DEU.CCCC.V").doesNotContain(ofA);
        assertThat(tenantUser.getByTestId("tenant-switch").count()).isZero();
        tenantUser.navigate(provider.baseUrl() + "/console/vorabstimmungen/" + ofA);
        assertThat(tenantUser.content()).doesNotContain("McFly");
    }

    /**
     * The provider's administrator onboards a tenant with the console form, without a restart; the page lists it and
     * the provider's audit shows who did it. A tenant's user has no such page.
     */
    @Test
    @Order(5)
    void aTenantIsOnboardedWithTheConsoleForm() {
        com.microsoft.playwright.Page page = browser.newPage();
        org.wbcigateway.gateway.support.ConsoleSession.login(page, provider, TestAccess.ADMIN);
        page.getByTestId("nav-tenants").click();
        page.waitForURL("**/console/tenants");
        assertThat(page.getByTestId("tenant-row").count()).isEqualTo(2);
        page.getByTestId("tenant-code").fill("DEU.EEEE");
        page.getByTestId("tenant-pki").fill("D0EE");
        page.getByTestId("tenant-bundesland").selectOption("HE");
        page.getByTestId("tenant-decision").selectOption("AUTOMATIC");
        page.getByTestId("tenant-add-submit").click();
        page.waitForURL("**/console/tenants");
        assertThat(page.getByTestId("flash-success").textContent()).contains("DEU.EEEE");
        assertThat(page.getByTestId("tenant-row").allTextContents())
                .anySatisfy(row -> assertThat(row)
                        .contains("DEU.EEEE")
                        .contains("D0EE")
                        .contains("HE")
                        .contains("automatisch"));
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/tenants/DEU.EEEE")
                        .body()
                        .path("settings")
                        .path("decisionMode")
                        .asString())
                .isEqualTo("AUTOMATIC");
        // the dashboard across tenants: DEU.CCCC's agreed VA (the first test) in its row, not in DEU.AAAA's
        assertThat(page.getByTestId("overview-row").allTextContents()).hasSize(3);
        com.microsoft.playwright.Locator ofC = page.getByTestId("overview-row")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("DEU.CCCC"));
        assertThat(ofC.locator("td").nth(2).textContent()).isEqualTo("1");
        assertThat(page.getByTestId("provider-audit-row").allTextContents())
                .anySatisfy(row -> assertThat(row).contains("DEU.EEEE").contains(TestAccess.ADMIN));
        // refused: a code that is no carrier code; the page says why and nothing is added
        page.getByTestId("tenant-code").fill("NOT A CODE");
        page.getByTestId("tenant-pki").fill("D0EE");
        page.getByTestId("tenant-add-submit").click();
        page.waitForURL("**/console/tenants");
        assertThat(page.getByTestId("flash-error").count()).isEqualTo(1);
        assertThat(page.getByTestId("tenant-row").count()).isEqualTo(3);
        assertThat(provider.as(TestAccess.ADMIN_TOKEN)
                        .get("/api/tenants/DEU.EEEE")
                        .status())
                .isEqualTo(200);

        com.microsoft.playwright.Page tenantUser = browser.newPage();
        org.wbcigateway.gateway.support.ConsoleSession.login(tenantUser, provider, "c-viewer", "c-viewer-secret");
        assertThat(tenantUser.getByTestId("nav-tenants").count()).isZero();
        com.microsoft.playwright.Response denied = tenantUser.navigate(provider.baseUrl() + "/console/tenants");
        assertThat(denied.status()).isEqualTo(403);
    }
}
