package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SigningKey;
import tools.jackson.databind.JsonNode;

/**
 * The partner directory at runtime, through real HTTP between two gateways: A (DEU.AAAA) does not know B (DEU.CCCC)
 * at start; an administrator adds it through the API, and A's next VA reaches B without a restart. Certificate
 * rollover: B's old and new certificate are both accepted while both are registered and valid; the old one is
 * refused once it is withdrawn, and a certificate is refused once it has expired.
 */
class PartnerDirectoryTest {

    // not DEU.BBBB: application.yaml configures that one as the example partner
    private static final String BBBB = "DEU.CCCC";
    private static final WbciCodec CODEC = new WbciCodec();

    private static Gateway a;
    private static Gateway b;
    private static Gateway admin;

    @BeforeAll
    static void start() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        // A is configured with another partner only; B knows A from configuration
        a = Gateway.start(
                "DEU.AAAA", "D0AA", portA, "DEU.ZZZZ", Gateway.freePort(), Gateway.Database.H2, "dir_a", Map.of());
        b = Gateway.start(BBBB, "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.H2, "dir_b", Map.of());
        admin = a.as(TestAccess.ADMIN_TOKEN);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aPartnerAddedThroughTheApiReceivesAVaWithoutARestart() {
        assertThat(a.post("/api/vorabstimmungen", va()).status())
                .as("B is not a partner yet")
                .isEqualTo(422);

        String partner = "{\"endpoint\":\"" + b.soapUrl() + "\",\"bundesland\":\"BY\"}";
        assertThat(a.put("/api/partners/" + BBBB, partner).status())
                .as("operators do not manage partners")
                .isEqualTo(403);
        Gateway.Reply created = admin.put("/api/partners/" + BBBB, partner);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        assertThat(created.body().path("managedBy").asString()).isEqualTo("DIRECTORY");
        Gateway.Reply certificate =
                admin.post("/api/partners/" + BBBB + "/certificates", certificate(TestKeys.key(BBBB)));
        assertThat(certificate.status()).as(String.valueOf(certificate.body())).isEqualTo(201);
        assertThat(admin.post("/api/partners/" + BBBB + "/certificates", certificate(TestKeys.key(BBBB)))
                        .status())
                .as("registered already")
                .isEqualTo(200);

        String id = a.ok("/api/vorabstimmungen", va()).path("vorabstimmungsId").asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        // B's TEQ was verified with the certificate registered through the API
        Patience.awaiting("A's VA delivered")
                .until(() -> a.get("/api/outbox?status=DELIVERED").body(), list -> list.size() == 1);
        assertThat(a.get("/api/audit?target=" + BBBB).status()).isEqualTo(403);
        JsonNode audit = admin.get("/api/audit").body();
        assertThat(audit.toString()).contains("/api/partners/{code}").contains(BBBB);
    }

    @Test
    void aPartnerSetInConfigurationIsChangedThereNotThroughTheApi() {
        Gateway.Reply refused = admin.put("/api/partners/DEU.ZZZZ", "{\"endpoint\":\"http://127.0.0.1:1/wbci/v2\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asString()).contains("configuration");
        assertThat(admin.get("/api/partners/DEU.ZZZZ").body().path("managedBy").asString())
                .isEqualTo("CONFIGURATION");
        assertThat(admin.get("/api/partners/DEU.NONE").status()).isEqualTo(404);
        assertThat(admin.put("/api/partners/DEU.NEWP", "{\"endpoint\":\"ftp://x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.post("/api/partners/DEU.ZZZZ/certificates", "{\"pem\":\"no certificate\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void duringARolloverTheOldAndTheNewCertificateAreAcceptedAndTheOldIsRefusedAfterIt() {
        String partner = "DEU.ROLL";
        SigningKey old = TestKeys.key(partner);
        SigningKey next = TestKeys.key(partner + " next");
        assertThat(admin.put("/api/partners/" + partner, "{\"endpoint\":\"http://127.0.0.1:9/wbci/v2\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.post("/api/partners/" + partner + "/certificates", certificate(old))
                        .status())
                .isEqualTo(201);

        assertThat(send(partner, old, 1)).isEqualTo(TeqCode.OK);
        assertThat(send(partner, next, 2)).as("not registered yet").isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);

        // the PEM file as it is, as curl --data-binary @next.pem sends it
        Gateway.Reply added = admin.post(
                "/api/partners/" + partner + "/certificates?use=SIGNING",
                Certificates.pem(next.certificate()),
                Map.of("Content-Type", "application/x-pem-file"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(send(partner, old, 3)).as("overlap: old").isEqualTo(TeqCode.OK);
        assertThat(send(partner, next, 4)).as("overlap: new").isEqualTo(TeqCode.OK);

        String oldFingerprint = admin.get("/api/partners/" + partner)
                .body()
                .path("certificates")
                .get(0)
                .path("fingerprint")
                .asString();
        assertThat(admin.delete("/api/partners/" + partner + "/certificates/" + oldFingerprint)
                        .status())
                .isEqualTo(204);
        assertThat(send(partner, old, 5)).as("after the overlap: old").isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(send(partner, next, 6)).as("after the overlap: new").isEqualTo(TeqCode.OK);
    }

    @Test
    void aCertificateIsRefusedOnceItHasExpired() {
        String partner = "DEU.EXPI";
        Instant notAfter = Instant.now().plusSeconds(4);
        SigningKey shortLived = Certificates.selfSigned(
                "CN=" + partner + " short-lived", Instant.now().minus(Duration.ofDays(1)), notAfter, 2048);
        admin.put("/api/partners/" + partner, "{\"endpoint\":\"http://127.0.0.1:9/wbci/v2\"}");
        assertThat(admin.post("/api/partners/" + partner + "/certificates", certificate(shortLived))
                        .status())
                .isEqualTo(201);
        assertThat(send(partner, shortLived, 1)).isEqualTo(TeqCode.OK);
        Patience.awaiting("the certificate expired").until(() -> Instant.now().isAfter(notAfter.plusSeconds(1)));
        assertThat(send(partner, shortLived, 2)).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(admin.get("/api/partners/" + partner)
                        .body()
                        .path("certificates")
                        .get(0)
                        .path("validNow")
                        .asBoolean())
                .isFalse();
    }

    private static String va() {
        return TwoGatewaysFlows.va("VA-KUE-ORN").replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"" + BBBB + "\"");
    }

    /** A VA from the partner to A, signed with this key; the TEQ code A answered. */
    private static TeqCode send(String partner, SigningKey key, int n) {
        CraftedMessages crafted = new CraftedMessages(partner, "DEU.AAAA");
        String vaId = partner + ".V" + String.format("%09d", n);
        byte[] soap = new MessageSigner(key, SignatureAlgorithm.RSA_SHA256)
                .resign(crafted.unsigned(crafted.va(vaId, "12345" + n, TwoGatewaysFlows.KWT)));
        Soap.Response response = Soap.post(a.soapUrl(), soap);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return CODEC.readQuittung(response.body()).payload().code();
    }

    private static String certificate(SigningKey key) {
        return "{\"pem\":"
                + tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .writeValueAsString(Certificates.pem(key.certificate()))
                + "}";
    }
}
