package org.wbcigateway.gateway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner certificate that expires in 10 days is reported by the API and the metric; a fresh one is not. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:certificates;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.AAAA",
            "wbci.portierungskennung=D0AA",
            "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.partners.[DEU.SOON].endpoint=http://127.0.0.1:9/wbci/v2",
            "spring.main.banner-mode=off"
        })
class CertificateExpiryTest {

    private static final SigningKey SOON = Certificates.selfSigned(
            "CN=DEU.SOON expiring",
            Instant.now().minus(Duration.ofDays(355)),
            Instant.now().plus(Duration.ofDays(10)).plus(Duration.ofHours(1)),
            2048);

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) throws Exception {
        TestKeys.settings("DEU.AAAA", "DEU.BBBB").forEach((k, v) -> registry.add(k, () -> v));
        Path pem = Files.createTempFile("soon", ".pem");
        Files.writeString(pem, Certificates.pem(SOON.certificate()));
        registry.add("wbci.partners.[DEU.SOON].certificate", pem::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void theApiFlagsTheExpiringCertificateOnly() throws Exception {
        JsonNode list = JsonMapper.builder().build().readTree(get("/api/certificates"));

        JsonNode soon = find(list, "DEU.SOON");
        assertThat(soon.path("purpose").asString()).isEqualTo("SIGNING_PARTNER");
        assertThat(soon.path("daysLeft").asLong()).isEqualTo(10);
        assertThat(soon.path("expiresSoon").asBoolean()).isTrue();
        assertThat(soon.path("expired").asBoolean()).isFalse();
        assertThat(find(list, "DEU.BBBB").path("expiresSoon").asBoolean()).isFalse();
        JsonNode own = find(list, "DEU.AAAA");
        assertThat(own.path("purpose").asString()).isEqualTo("SIGNING_OWN");
        assertThat(own.path("expiresSoon").asBoolean()).isFalse();
    }

    @Test
    void theMetricCarriesDaysLeftPerCertificate() throws Exception {
        String metrics = get("/actuator/prometheus");

        assertThat(metrics)
                .containsPattern("wbci_certificate_expiry_days\\{[^}]*owner=\"DEU.SOON\"[^}]*} 10\\.0")
                .containsPattern("wbci_certificate_expiry_days\\{[^}]*owner=\"DEU.BBBB\"[^}]*} 36[45]\\.0");
    }

    @Test
    void healthReportsTheExpiringCertificateAndTheOutboxWithoutGoingDown() throws Exception {
        JsonNode health = JsonMapper.builder().build().readTree(get("/actuator/health"));

        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode certificates = health.path("components").path("certificates");
        assertThat(certificates.path("details").toString()).contains("SIGNING_PARTNER DEU.SOON");
        assertThat(health.path("components")
                        .path("outbox")
                        .path("details")
                        .path("pending")
                        .asLong())
                .isZero();
        assertThat(health.path("components").path("db").path("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void ourSigningCertificateIsPublishedForPartners() throws Exception {
        assertThat(Certificates.read(get("/api/certificates/own")))
                .containsExactly(TestKeys.key("DEU.AAAA").certificate());
    }

    private static JsonNode find(JsonNode list, String owner) {
        for (JsonNode n : list) {
            if (n.path("owner").asString().equals(owner)) {
                return n;
            }
        }
        throw new AssertionError("no certificate of " + owner + " in " + list);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header(
                                        "Authorization",
                                        org.wbcigateway.gateway.support.TestAccess.bearer(
                                                org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
