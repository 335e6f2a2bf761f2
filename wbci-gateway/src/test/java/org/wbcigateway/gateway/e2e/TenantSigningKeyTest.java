package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;

/**
 * A tenant with a signing key of its own (issue 15): onboarded with a generated key in one call, its messages signed
 * with that key (the partner knows only its certificate), then rolled over to an uploaded key; the configured tenant
 * still signs with the installation's key. Without {@code wbci.tenancy.key-password} no key is taken and no tenant
 * is half made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSigningKeyTest {

    private Gateway provider;
    private Gateway partner;

    @BeforeAll
    void start() {
        Gateway.Pair pair =
                Gateway.pair("keys", Gateway.Database.H2, Map.of("wbci.tenancy.key-password", "tenant-keys-secret"));
        provider = pair.provider();
        partner = pair.partner();
    }

    @AfterAll
    void stop() {
        provider.close();
        partner.close();
    }

    /** C sends a VA to the partner; it arrives only if the partner verified its signature. */
    private String vaFromC() {
        String id = provider.forTenant("DEU.CCCC")
                .ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"))
                .path("vorabstimmungsId")
                .asString();
        partner.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        return id;
    }

    @Test
    void aTenantSignsWithItsOwnKeyGeneratedAtOnboardingThenWithAnUploadedOne() throws Exception {
        Gateway admin = provider.as(TestAccess.ADMIN_TOKEN);
        Gateway.Reply added = admin.post(
                "/api/tenants",
                "{\"code\":\"DEU.CCCC\",\"portierungskennung\":\"D0CC\",\"bundesland\":\"HH\","
                        + "\"signingKey\":{\"generate\":true}}");
        assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
        JsonNode generated = admin.get("/api/tenants/DEU.CCCC/signing-key").body();
        assertThat(generated.path("own").asBoolean()).isTrue();
        assertThat(generated.path("subject").asString()).contains("CN=DEU.CCCC");
        String installation = Files.readString(TestKeys.certificate("DEU.AAAA"));
        assertThat(generated.path("pem").asString()).isNotEqualTo(installation);
        assertThat(admin.get("/api/tenants/DEU.AAAA/signing-key")
                        .body()
                        .path("own")
                        .asBoolean())
                .isFalse();
        assertThat(provider.forTenant("DEU.CCCC").text("/api/certificates/own"))
                .as("what partners fetch for DEU.CCCC")
                .isEqualTo(generated.path("pem").asString());

        // the partner knows DEU.CCCC by its own certificate only
        Gateway partnerAdmin = partner.as(TestAccess.ADMIN_TOKEN);
        assertThat(partnerAdmin
                        .put("/api/partners/DEU.CCCC", "{\"endpoint\":\"" + provider.soapUrl() + "\"}")
                        .status())
                .isEqualTo(201);
        addCertificate(partnerAdmin, generated.path("pem").asString());
        String first = vaFromC();
        partner.ok(
                "/api/vorabstimmungen/" + first + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}],\"wechseltermin\":\"" + TwoGatewaysFlows.KWT + "\"}");
        provider.forTenant("DEU.CCCC")
                .await(first, v -> v.path("phase").asString().equals("AGREED"));

        // rollover: the partner registers the next certificate first, then the key is uploaded
        addCertificate(partnerAdmin, Files.readString(TestKeys.certificate("DEU.CKEY")));
        String keystore = Base64.getEncoder().encodeToString(Files.readAllBytes(TestKeys.keystore("DEU.CKEY")));
        Gateway.Reply wrongPassword = admin.post(
                "/api/tenants/DEU.CCCC/signing-key",
                "{\"keystore\":\"" + keystore + "\",\"password\":\"not-the-password\"}");
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(admin.post("/api/tenants/DEU.CCCC/signing-key", "{\"keystore\":\"%%%\",\"password\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.post(
                                "/api/tenants/DEU.CCCC/signing-key",
                                "{\"generate\":true,\"keystore\":\"" + keystore + "\"}")
                        .status())
                .as("one or the other")
                .isEqualTo(400);
        assertThat(admin.post("/api/tenants/DEU.ZZZZ/signing-key", "{\"generate\":true}")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/tenants/DEU.CCCC/signing-key").body().path("fingerprint"))
                .as("nothing taken from the refused uploads")
                .isEqualTo(generated.path("fingerprint"));
        Gateway.Reply uploaded = admin.post(
                "/api/tenants/DEU.CCCC/signing-key",
                "{\"keystore\":\"" + keystore + "\",\"password\":\"" + TestKeys.PASSWORD + "\"}");
        assertThat(uploaded.status()).as(String.valueOf(uploaded.body())).isEqualTo(201);
        assertThat(uploaded.body().path("serial").asString())
                .isEqualTo(TestKeys.key("DEU.CKEY").serial());
        // the generated certificate is withdrawn: only the uploaded key can be verified now
        assertThat(partnerAdmin
                        .delete("/api/partners/DEU.CCCC/certificates/"
                                + generated.path("fingerprint").asString())
                        .status())
                .isEqualTo(204);
        vaFromC();

        // DEU.AAAA still signs with the installation's key, which the partner has for DEU.AAAA
        String ofA = provider.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"))
                .path("vorabstimmungsId")
                .asString();
        partner.await(ofA, v -> v.path("phase").asString().equals("VA_PENDING"));
    }

    @Test
    void withoutTheKeyPasswordNoKeyIsTakenAndNoTenantHalfMade() {
        Gateway admin = partner.as(TestAccess.ADMIN_TOKEN);
        Gateway.Reply refused = admin.post(
                "/api/tenants",
                "{\"code\":\"DEU.DDDD\",\"portierungskennung\":\"D0DD\",\"bundesland\":\"HH\","
                        + "\"signingKey\":{\"generate\":true}}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asString()).contains("wbci.tenancy.key-password");
        assertThat(admin.get("/api/tenants/DEU.DDDD").status()).isEqualTo(404);
        assertThat(admin.post("/api/tenants/DEU.BBBB/signing-key", "{\"generate\":true}")
                        .status())
                .isEqualTo(409);
    }

    /** The key is read and checked before the tenant is added: a key refused at onboarding leaves no tenant. */
    @Test
    void aKeyRefusedAtOnboardingLeavesNoTenant() throws Exception {
        Gateway admin = provider.as(TestAccess.ADMIN_TOKEN);
        String keystore = Base64.getEncoder().encodeToString(Files.readAllBytes(TestKeys.keystore("DEU.CKEY")));
        for (String key : new String[] {
            "{\"keystore\":\"" + keystore + "\",\"password\":\"not-the-password\"}",
            "{\"keystore\":\"%%%\",\"password\":\"x\"}",
            "{\"generate\":true,\"keystore\":\"" + keystore + "\"}",
            "{}"
        }) {
            Gateway.Reply refused = admin.post(
                    "/api/tenants",
                    "{\"code\":\"DEU.EEEE\",\"portierungskennung\":\"D0EE\",\"bundesland\":\"HH\"," + "\"signingKey\":"
                            + key + "}");
            assertThat(refused.status()).as(key + ": " + refused.body()).isEqualTo(400);
            assertThat(admin.get("/api/tenants/DEU.EEEE").status()).as(key).isEqualTo(404);
        }
    }

    private static void addCertificate(Gateway admin, String pem) {
        Gateway.Reply reply = admin.post(
                "/api/partners/DEU.CCCC/certificates", pem, Map.of("Content-Type", "application/x-pem-file"));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
    }
}
