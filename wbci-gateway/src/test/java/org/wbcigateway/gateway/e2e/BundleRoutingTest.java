package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;

/**
 * Two EKPs behind one bundle carrier code DEU.BNDL (ADR 0015), tenants BNDL-nord and BNDL-sued of one installation
 * (on PostgreSQL), against an outside partner DEU.BBBB: a VA goes to the tenant whose CRM data has its customer; one
 * whose customer is in none or in both waits in the provider's bundle inbox with what follows it, until an operator
 * names the tenant; answers to a VA a tenant sent go back to that tenant; the IDs of the two never meet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleRoutingTest {

    private static final String BUNDLE = "DEU.BNDL";
    private static final String NORD = "BNDL-nord";
    private static final String SUED = "BNDL-sued";
    private static final String NORD_TOKEN = "nord-operator-token-000000000";

    private Gateway provider;
    private Gateway partner;

    @BeforeAll
    void start() throws Exception {
        Gateway.Pair pair = Gateway.pair(
                "bundle",
                Gateway.Database.POSTGRES,
                Map.of(
                        "wbci.access.tokens.nord-operator.token", NORD_TOKEN,
                        "wbci.access.tokens.nord-operator.role", "OPERATOR",
                        "wbci.access.tokens.nord-operator.tenant", NORD));
        provider = pair.provider();
        partner = pair.partner();
        Gateway admin = provider.as(TestAccess.ADMIN_TOKEN);
        for (String id : List.of(NORD, SUED)) {
            Gateway.Reply added = admin.post(
                    "/api/tenants",
                    "{\"id\":\"" + id + "\",\"code\":\"" + BUNDLE + "\",\"portierungskennung\":\"D0BD\","
                            + "\"bundesland\":\"NI\"}");
            assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        }
        partner.registerPartner(BUNDLE, provider.soapUrl(), Files.readString(TestKeys.certificate("DEU.AAAA")));
        contract(NORD, "NORD-1", "111111");
        contract(SUED, "SUED-1", "222222");
        contract(NORD, "NORD-2", "333333");
        contract(SUED, "SUED-2", "333333");
    }

    @AfterAll
    void stop() {
        provider.close();
        partner.close();
    }

    private void contract(String tenant, String id, String kopf) {
        String json = "{\"status\":\"ACTIVE\",\"inhaber\":" + TwoGatewaysFlows.PERSON + ",\"standort\":"
                + TwoGatewaysFlows.STANDORT + ",\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"" + kopf
                + "\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}}";
        Gateway.Reply put = provider.forTenant(tenant).put("/api/crm/contracts/" + id, json);
        assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
    }

    /** The partner asks DEU.BNDL for the customer with this Kopfnummer. */
    private String vaFromPartner(String kopf) {
        String va = TwoGatewaysFlows.va("VA-KUE-MRN", kopf, TwoGatewaysFlows.KWT)
                .replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"" + BUNDLE + "\"");
        return partner.ok("/api/vorabstimmungen", va).path("vorabstimmungsId").asString();
    }

    private int status(String tenant, String vaId) {
        return provider.forTenant(tenant).get("/api/vorabstimmungen/" + vaId).status();
    }

    private List<JsonNode> held(String vaId) {
        List<JsonNode> found = new ArrayList<>();
        provider.get("/api/bundle-inbox?limit=500").body().forEach(h -> {
            if (h.path("message").path("vaId").asString().equals(vaId)) {
                found.add(h);
            }
        });
        return found;
    }

    @Test
    void aVaGoesToTheTenantWhoseCrmHasTheCustomer() {
        String toNord = vaFromPartner("111111");
        String toSued = vaFromPartner("222222");
        Patience.awaiting("both VAs arrived").until(() -> status(NORD, toNord) == 200 && status(SUED, toSued) == 200);
        assertThat(status(SUED, toNord)).as("not the other tenant's").isEqualTo(404);
        assertThat(status(NORD, toSued)).isEqualTo(404);
        assertThat(provider.get("/api/vorabstimmungen/" + toNord).status())
                .as("nor DEU.AAAA's")
                .isEqualTo(404);
        assertThat(held(toNord)).isEmpty();

        // the tenant answers as DEU.BNDL; the partner's next message goes back to it alone
        Gateway nord = provider.forTenant(NORD);
        nord.ok(
                "/api/vorabstimmungen/" + toNord + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"" + TwoGatewaysFlows.KWT + "\""
                        + TwoGatewaysFlows.LINE + "}");
        partner.await(toNord, v -> v.path("phase").asString().equals("AGREED"));
        partner.ok("/api/vorabstimmungen/" + toNord + "/storno", "{\"art\":\"AUFHEBUNG\"}");
        nord.await(toNord, v -> v.path("changeRequest").asString().equals("STR_AUFH_AUF"));
        assertThat(held(toNord)).isEmpty();
    }

    @Test
    void aVaWhoseCustomerNoTenantHasWaitsWithWhatFollowsItUntilAnOperatorRoutesIt() {
        String id = vaFromPartner("444444");
        Patience.awaiting("the VA held").until(() -> !held(id).isEmpty());
        List<JsonNode> waiting = held(id);
        assertThat(waiting).hasSize(1);
        JsonNode va = waiting.get(0);
        assertThat(va.path("message").path("reason").asString()).isEqualTo("NO_CUSTOMER");
        assertThat(va.path("message").path("messageType").asString()).isEqualTo("VA_KUE_MRN");
        assertThat(va.path("candidates").toString()).contains(NORD, SUED);
        assertThat(status(NORD, id)).isEqualTo(404);
        assertThat(status(SUED, id)).isEqualTo(404);

        // the partner cancels before anyone routed the VA: the Storno waits behind it
        partner.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AUFHEBUNG\"}");
        Patience.awaiting("the Storno held").until(() -> held(id).size() == 2);
        assertThat(held(id))
                .extracting(h -> h.path("message").path("reason").asString())
                .containsExactly("NO_CUSTOMER", "FOLLOWS_HELD_VA");

        Gateway.Reply notOurs = provider.as(NORD_TOKEN).get("/api/bundle-inbox");
        assertThat(notOurs.status())
                .as("a tenant's user never sees the bundle inbox")
                .isEqualTo(403);
        Gateway.Reply wrong = provider.post(
                "/api/bundle-inbox/" + va.path("message").path("id").asLong() + "/route", "{\"tenant\":\"DEU.AAAA\"}");
        assertThat(wrong.status()).as("DEU.AAAA is not a tenant of DEU.BNDL").isEqualTo(400);

        Gateway.Reply routed = provider.post(
                "/api/bundle-inbox/" + va.path("message").path("id").asLong() + "/route",
                "{\"tenant\":\"" + SUED + "\"}");
        assertThat(routed.status()).as(String.valueOf(routed.body())).isEqualTo(200);
        assertThat(routed.body()).hasSize(2);
        JsonNode atSued = provider.forTenant(SUED).vorabstimmung(id);
        assertThat(atSued.path("changeRequest").asString())
                .as("the VA, then its Storno, each taken in order")
                .isEqualTo("STR_AUFH_AUF");
        assertThat(status(NORD, id)).isEqualTo(404);
        assertThat(held(id))
                .allSatisfy(h -> assertThat(h.path("message").path("routedTo").asString())
                        .isEqualTo(SUED));
        Gateway.Reply again = provider.post(
                "/api/bundle-inbox/" + va.path("message").path("id").asLong() + "/route",
                "{\"tenant\":\"" + NORD + "\"}");
        assertThat(again.status()).as("routed once").isEqualTo(409);

        provider.forTenant(SUED).ok("/api/vorabstimmungen/" + id + "/change-request/erlm", null);
        partner.await(id, v -> v.path("phase").asString().equals("CANCELLED"));
    }

    @Test
    void aVaWhoseCustomerBothTenantsHaveWaitsNamingBoth() {
        String id = vaFromPartner("333333");
        Patience.awaiting("the VA held").until(() -> !held(id).isEmpty());
        List<JsonNode> waiting = held(id);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).path("message").path("reason").asString()).isEqualTo("SEVERAL_CUSTOMERS");
        assertThat(waiting.get(0).path("message").path("matched").toString()).contains(NORD, SUED);
        assertThat(status(NORD, id)).isEqualTo(404);
        assertThat(status(SUED, id)).isEqualTo(404);
    }

    /** A message for the bundle code that fails its checks is refused as the bundle code, on the provider's record. */
    @Test
    void aForgedMessageForTheBundleCodeIsRefusedAsTheBundleCode() {
        byte[] forged = org.wbcigateway.gateway.support.TestKeys.sign(
                "DEU.ZZZZ",
                org.wbcigateway.gateway.support.Soap.replace(
                        org.wbcigateway.gateway.support.Soap.replace(
                                org.wbcigateway.gateway.support.Soap.sample("va-kue-orn.xml"), "DEU.MNET", "DEU.BBBB"),
                        "DEU.DTAG",
                        BUNDLE));
        org.wbcigateway.gateway.support.Soap.Response refused =
                org.wbcigateway.gateway.support.Soap.post(provider.soapUrl(), forged);
        assertThat(refused.text())
                .contains("<Meldungscode>0990</Meldungscode>")
                .containsPattern("<Absender>\\s*<CarrierCode>" + BUNDLE.replace(".", "\\.") + "</CarrierCode>");
    }

    /** The provider's administrator routes a held VA in the console: it lands at the tenant chosen. */
    @Test
    void anOperatorRoutesAHeldVaInTheConsole() {
        String id = vaFromPartner("777777");
        Patience.awaiting("the VA held").until(() -> !held(id).isEmpty());
        try (org.wbcigateway.gateway.support.Browser browser = new org.wbcigateway.gateway.support.Browser()) {
            com.microsoft.playwright.Page page = browser.newPage();
            org.wbcigateway.gateway.support.ConsoleSession.login(page, provider, TestAccess.ADMIN);
            page.navigate(provider.baseUrl() + "/console/tenants");
            com.microsoft.playwright.Locator row = page.getByTestId("bundle-row")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(id));
            assertThat(row.textContent()).contains("Kunde bei keinem Mandanten");
            row.locator("select").selectOption(NORD);
            row.locator("button").click();
            page.waitForURL("**/console/tenants");
            assertThat(page.getByTestId("flash-success").textContent()).contains("zugeordnet");
        }
        assertThat(status(NORD, id)).isEqualTo(200);
        assertThat(status(SUED, id)).isEqualTo(404);
        assertThat(held(id).get(0).path("message").path("routedBy").asString()).isEqualTo(TestAccess.ADMIN);
    }

    @Test
    void theTenantsOfABundleCodeIssueIdsThatNeverMeetAndGetTheirAnswers() {
        String fromNord = provider.forTenant(NORD)
                .ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN", "555555", TwoGatewaysFlows.KWT))
                .path("vorabstimmungsId")
                .asString();
        String fromSued = provider.forTenant(SUED)
                .ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN", "666666", TwoGatewaysFlows.KWT))
                .path("vorabstimmungsId")
                .asString();
        assertThat(fromNord).startsWith("DEU.BNDL.V0");
        assertThat(fromSued).startsWith("DEU.BNDL.V1");
        for (String id : List.of(fromNord, fromSued)) {
            partner.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
            partner.ok(
                    "/api/vorabstimmungen/" + id + "/ruem-va",
                    "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"" + TwoGatewaysFlows.KWT + "\""
                            + TwoGatewaysFlows.LINE + "}");
        }
        provider.forTenant(NORD).await(fromNord, v -> v.path("phase").asString().equals("AGREED"));
        provider.forTenant(SUED).await(fromSued, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(status(SUED, fromNord)).isEqualTo(404);
        assertThat(status(NORD, fromSued)).isEqualTo(404);
        assertThat(held(fromNord)).isEmpty();
        assertThat(held(fromSued)).isEmpty();
    }
}
