package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SigningKey;

/**
 * Two gateways that talk WBCI to each other only over mutual TLS on their partner ports: a VA and its answer travel;
 * a client without an accepted certificate cannot connect; the ports keep partners and operators apart. B has a
 * second partner Q (signing certificate only): A's TLS client cannot send B a message as Q, though Q signed it. B
 * forbids RSA-SHA1 for all partners.
 */
class MutualTlsTest {

    private static final String A = "DEU.AAAA";
    private static final String B = "DEU.BBBB";
    private static final String Q = "DEU.QQQQ";
    private static final WbciCodec CODEC = new WbciCodec();
    private static Gateway a;
    private static Gateway b;
    private static int tlsA;
    private static int tlsB;

    @BeforeAll
    static void start() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        tlsA = Gateway.freePort();
        tlsB = Gateway.freePort();
        a = Gateway.start(
                A, "D0AA", portA, B, portB, Gateway.Database.H2, "mtls_a", TestKeys.mutualTls(A, tlsA, B, tlsB));
        Map<String, String> atB = new HashMap<>(TestKeys.mutualTls(B, tlsB, A, tlsA));
        atB.put("wbci.partners.[" + Q + "].endpoint", "http://127.0.0.1:9/wbci/v2");
        atB.put("wbci.partners.[" + Q + "].certificate", TestKeys.certificate(Q).toString());
        atB.put("wbci.security.forbid-rsa-sha1", "true");
        b = Gateway.start(B, "D0BB", portB, A, portA, Gateway.Database.H2, "mtls_b", atB);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aVaAndItsAnswerTravelOverMutualTls() {
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN"))
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        b.ok("/api/vorabstimmungen/" + id + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}");
        a.await(id, v -> v.path("phase").asString().equals("REJECTED"));
    }

    @Test
    void aClientWithoutACertificateCannotConnect() {
        HttpClient anonymous = client(null, TestKeys.tlsKey(B));

        assertThatThrownBy(() -> wsdl(anonymous, tlsB)).isInstanceOf(IOException.class);
    }

    @Test
    void aClientWithAnUnknownCertificateCannotConnect() {
        SigningKey stranger = Certificates.selfSigned(
                "CN=stranger",
                java.time.Instant.now().minus(Duration.ofDays(1)),
                java.time.Instant.now().plus(Duration.ofDays(30)),
                2048);
        HttpClient unknown = client(stranger, TestKeys.tlsKey(B));

        assertThatThrownBy(() -> wsdl(unknown, tlsB)).isInstanceOf(IOException.class);
    }

    @Test
    void theRegisteredPartnerConnectsAndReachesOnlyTheWbciEndpoint() throws Exception {
        HttpClient partner = client(TestKeys.tlsKey(A), TestKeys.tlsKey(B));

        assertThat(wsdl(partner, tlsB).statusCode()).isEqualTo(200);
        HttpResponse<String> api = partner.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + tlsB + "/api/vorabstimmungen"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("no REST API on the partner port").isEqualTo(404);
    }

    @Test
    void theSoapEndpointIsNotServedOnThePlainPort() {
        Soap.Response r = Soap.post(b.soapUrl(), TestKeys.sign(A, Soap.sample("va-kue-orn.xml")));

        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aTlsClientCannotSpeakForAnotherPartnerAndCanForItsOwn() {
        HttpClient partnerA = client(TestKeys.tlsKey(A), TestKeys.tlsKey(B));
        List<Long> before = state(b);
        long refusals = refusals(b);

        TeqCode asQ = teq(partnerA, TestKeys.sign(Q, va(Q, 1)));

        assertThat(asQ).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(state(b)).as("nothing changed").isEqualTo(before);
        assertThat(refusals(b)).isEqualTo(refusals + 1);
        assertThat(lastRefusal(b))
                .startsWith(
                        "TLS_CLIENT_NOT_ABSENDER: Absender DEU.QQQQ is not the partner whose TLS " + "client sent it")
                .contains("registered for [DEU.AAAA]");

        assertThat(teq(partnerA, TestKeys.sign(A, va(A, 2)))).isEqualTo(TeqCode.OK);
        assertThat(b.context()
                        .getBean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM wbci_message WHERE va_id = ? " + "AND direction = 'IN'")
                        .param(A + ".V000007002")
                        .query(Long.class)
                        .single())
                .as("stored")
                .isEqualTo(1);
    }

    @Test
    void rsaSha1ForbiddenForAllPartnersIsRefused() {
        HttpClient partnerA = client(TestKeys.tlsKey(A), TestKeys.tlsKey(B));
        byte[] sha1 = new MessageSigner(TestKeys.key(A), SignatureAlgorithm.RSA_SHA1).resign(va(A, 3));
        List<Long> before = state(b);

        assertThat(teq(partnerA, sha1)).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);

        assertThat(state(b)).as("nothing changed").isEqualTo(before);
        assertThat(lastRefusal(b)).startsWith("SIGNATURE_INVALID: RSA-SHA1 is forbidden for DEU.AAAA");
    }

    /** The 2013 VA-KUE-ORN sample as a VA from {@code sender} to B, sent now, unsigned. */
    private static byte[] va(String sender, int n) {
        String text = new String(Soap.sample("va-kue-orn.xml"), StandardCharsets.UTF_8)
                .replace("DEU.MNET.V000000005", sender + ".V00000" + (7000 + n))
                .replace("DEU.MNET", sender)
                .replace("DEU.DTAG", B)
                .replace("2013-07-24T16:03:31.387+02:00", OffsetDateTime.now().toString());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static TeqCode teq(HttpClient client, byte[] soap) {
        try {
            HttpResponse<byte[]> r = client.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + tlsB + "/wbci/v2"))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode())
                    .as(new String(r.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            return CODEC.readQuittung(r.body()).payload().code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> state(Gateway g) {
        return List.of(
                rows(g, "vorabstimmung"),
                rows(g, "wbci_message"),
                rows(g, "outbox"),
                rows(g, "issued_id"),
                rows(g, "deadline"));
    }

    private static long rows(Gateway g, String table) {
        return g.context()
                .getBean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    /** Refused input on record: the tenant's and the provider's. */
    private static long refusals(Gateway g) {
        return g.context()
                .getBean(org.wbcigateway.gateway.inbound.RefusalLog.class)
                .count();
    }

    private static String lastRefusal(Gateway g) {
        var r = g.context()
                .getBean(org.wbcigateway.gateway.inbound.RefusalLog.class)
                .recent(null, 1)
                .get(0);
        return r.kind() + ": " + r.detail();
    }

    private static HttpResponse<String> wsdl(HttpClient client, int port) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/wbci/wbci.wsdl"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(SigningKey own, SigningKey trustedServer) {
        try {
            char[] password = "x".toCharArray();
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(own == null ? emptyStore() : Certificates.keyStore(own, "client", password), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(Certificates.trustStore(List.of(trustedServer.certificate())));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return HttpClient.newBuilder()
                    .sslContext(context)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore emptyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
