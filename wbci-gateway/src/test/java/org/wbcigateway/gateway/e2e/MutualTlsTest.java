package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;

/**
 * Two gateways that talk WBCI to each other only over mutual TLS on their partner ports: a VA and its answer travel;
 * a client without an accepted certificate cannot connect; the ports keep partners and operators apart.
 */
class MutualTlsTest {

    private static final String A = "DEU.AAAA";
    private static final String B = "DEU.BBBB";
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
        a = Gateway.start(A, "D0AA", portA, B, portB, Gateway.Database.H2, "mtls_a", TestKeys.mutualTls(A, tlsA, B, tlsB));
        b = Gateway.start(B, "D0BB", portB, A, portA, Gateway.Database.H2, "mtls_b", TestKeys.mutualTls(B, tlsB, A, tlsA));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aVaAndItsAnswerTravelOverMutualTls() {
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN")).path("vorabstimmungsId").asString();
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
        SigningKey stranger = Certificates.selfSigned("CN=stranger", java.time.Instant.now().minus(Duration.ofDays(1)),
                java.time.Instant.now().plus(Duration.ofDays(30)), 2048);
        HttpClient unknown = client(stranger, TestKeys.tlsKey(B));

        assertThatThrownBy(() -> wsdl(unknown, tlsB)).isInstanceOf(IOException.class);
    }

    @Test
    void theRegisteredPartnerConnectsAndReachesOnlyTheWbciEndpoint() throws Exception {
        HttpClient partner = client(TestKeys.tlsKey(A), TestKeys.tlsKey(B));

        assertThat(wsdl(partner, tlsB).statusCode()).isEqualTo(200);
        HttpResponse<String> api = partner.send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + tlsB + "/api/vorabstimmungen")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("no REST API on the partner port").isEqualTo(404);
    }

    @Test
    void theSoapEndpointIsNotServedOnThePlainPort() {
        Soap.Response r = Soap.post(b.soapUrl(), TestKeys.sign(A, Soap.sample("va-kue-orn.xml")));

        assertThat(r.status()).isEqualTo(404);
    }

    private static HttpResponse<String> wsdl(HttpClient client, int port) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/wbci/wbci.wsdl"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
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
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
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
