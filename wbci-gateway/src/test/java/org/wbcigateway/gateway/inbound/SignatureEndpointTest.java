package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.PrometheusText;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;

/**
 * Issue 5's signature acceptance on the endpoint: the interop samples re-signed by the partner are accepted; the same
 * with one byte of the Body changed, signed with an unknown certificate, with another partner's valid certificate,
 * with RSA-SHA1 where it is forbidden for the partner, unsigned, or from the future, get TEQ 0990 and change nothing
 * but the audit log, whose record says why. RSA-SHA1 is accepted by default (spec §5), and counted per partner.
 */
class SignatureEndpointTest extends SampleEndpointContext {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Refused input: the tenant\'s record and the provider\'s (unreadable input reaches no tenant). */
    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Autowired
    WbciCodec codec;

    @ParameterizedTest
    @ValueSource(strings = {"va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml"})
    void aSampleReSignedByThePartnerIsAccepted(String sample) {
        byte[] va = signed(withOwnId(Soap.sample(sample), sample.hashCode() % 1000));

        assertThat(teq(va).code()).isEqualTo(TeqCode.OK);
    }

    @Test
    void oneByteOfTheBodyChangedIsRefused() {
        String text = new String(signed(withOwnId(Soap.sample("va-kue-orn.xml"), 1)), StandardCharsets.UTF_8);
        byte[] tampered =
                text.replaceFirst("<hausnummer>11<", "<hausnummer>12<").getBytes(StandardCharsets.UTF_8);

        assertRefused(tampered, "SIGNATURE_INVALID", "invalid");
    }

    @Test
    void anUnknownCertificateIsRefused() {
        byte[] va = TestKeys.sign("DEU.STRANGER", withOwnId(Soap.sample("va-kue-orn.xml"), 2));

        assertRefused(va, "SIGNATURE_INVALID", "is not registered for any partner");
    }

    @Test
    void anotherPartnersValidCertificateCannotSpeakForTheAbsender() {
        byte[] va = TestKeys.sign(OTHER_PARTNER, withOwnId(Soap.sample("va-kue-orn.xml"), 3));

        assertRefused(va, "SIGNATURE_INVALID", "Absender DEU.MNET is not the partner that signed");
    }

    @Test
    void rsaSha1IsAcceptedByDefaultAndCounted() {
        byte[] va = new MessageSigner(TestKeys.key(PARTNER), SignatureAlgorithm.RSA_SHA1)
                .resign(withOwnId(Soap.sample("va-kue-orn.xml"), 4));
        double before = signatures(PARTNER, "RSA_SHA1");
        long stored = rows("wbci_message");

        assertThat(teq(va).code()).isEqualTo(TeqCode.OK);

        assertThat(rows("wbci_message")).as("stored").isEqualTo(stored + 1);
        assertThat(signatures(PARTNER, "RSA_SHA1")).isEqualTo(before + 1);
    }

    @Test
    void theConsolesPartnerPageShowsTheLastAlgorithmAndWhetherSha1IsAccepted() {
        byte[] va = new MessageSigner(TestKeys.key(PARTNER), SignatureAlgorithm.RSA_SHA1)
                .resign(withOwnId(Soap.sample("va-kue-mrn.xml"), 9));
        assertThat(teq(va).code()).isEqualTo(TeqCode.OK);
        ConsoleClient console = new ConsoleClient("http://127.0.0.1:" + port);
        console.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER));

        String page = console.get("/console/partners").body();

        assertThat(row(page, PARTNER)).contains(">RSA-SHA1<").contains("RSA-SHA1 erlaubt");
        assertThat(row(page, OTHER_PARTNER)).contains(">–<").contains("RSA-SHA1 verboten");
    }

    private static String row(String page, String partner) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?s)<tr[^>]*data-partner=\"" + partner.replace(".", "\\.") + "\".*?</tr>")
                .matcher(page);
        assertThat(m.find()).as("row of " + partner).isTrue();
        return m.group();
    }

    @Test
    void rsaSha1IsRefusedFromAPartnerItIsForbiddenFor() {
        byte[] va = new MessageSigner(TestKeys.key(OTHER_PARTNER), SignatureAlgorithm.RSA_SHA1)
                .resign(Soap.replace(withOwnId(Soap.sample("va-kue-orn.xml"), 8), PARTNER, OTHER_PARTNER));
        double before = signatures(OTHER_PARTNER, "RSA_SHA1");

        assertRefused(va, "SIGNATURE_INVALID", "RSA-SHA1 is forbidden for DEU.OTHR");

        assertThat(signatures(OTHER_PARTNER, "RSA_SHA1"))
                .as("counted though refused")
                .isEqualTo(before + 1);
    }

    @Test
    void anUnsignedMessageIsRefused() {
        String text = new String(withOwnId(Soap.sample("va-kue-orn.xml"), 5), StandardCharsets.UTF_8)
                .replaceAll("(?s)<wsse:Security.*</wsse:Security>", "");

        assertRefused(text.getBytes(StandardCharsets.UTF_8), "SIGNATURE_INVALID", "not signed");
    }

    @Test
    void theSampleWithItsOwnBrokenSignatureIsRefused() {
        assertRefused(withOwnId(Soap.sample("va-kue-orn.xml"), 6), "SIGNATURE_INVALID", "");
    }

    @Test
    void aZeitstempelFarInTheFutureIsRefused() {
        byte[] va = signed(
                Soap.replace(withOwnId(Soap.sample("va-kue-orn.xml"), 7), "<zeitstempel>2013-", "<zeitstempel>2099-"));

        assertRefused(va, "OUTSIDE_REPLAY_WINDOW", "in the future");
    }

    private static byte[] withOwnId(byte[] sample, int n) {
        String text = new String(sample, StandardCharsets.UTF_8);
        return text.replaceAll("DEU\\.MNET\\.V0000000\\d\\d", "DEU.MNET.V00000" + String.format("%04d", 5000 + n))
                .getBytes(StandardCharsets.UTF_8);
    }

    private Quittung teq(byte[] soap) {
        Soap.Response r = Soap.post("http://127.0.0.1:" + port + "/wbci/v2", soap);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return codec.readQuittung(r.body()).payload();
    }

    /** wbci_inbound_signatures_total of the partner and algorithm on /actuator/prometheus (0 before the first). */
    private double signatures(String partner, String algorithm) {
        PrometheusText metrics = PrometheusText.parse(prometheus());
        List<PrometheusText.Sample> found =
                metrics.samples("wbci_inbound_signatures_total", "partner", partner, "algorithm", algorithm);
        return found.stream().mapToDouble(PrometheusText.Sample::value).sum();
    }

    private String prometheus() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                    .header("Authorization", TestAccess.bearer(TestAccess.VIEWER_TOKEN))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Long> state() {
        return List.of(
                rows("vorabstimmung"), rows("wbci_message"), rows("outbox"), rows("issued_id"), rows("deadline"));
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private void assertRefused(byte[] soap, String kind, String reason) {
        List<Long> before = state();
        long refusals = refusalLog.count();

        assertThat(teq(soap).code()).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);

        assertThat(state()).as("no state changed").isEqualTo(before);
        assertThat(refusalLog.count()).as("one audit record").isEqualTo(refusals + 1);
        String detail = latestRefusal();
        assertThat(detail).startsWith(kind).contains(reason);
    }

    private String latestRefusal() {
        org.wbcigateway.gateway.inbound.RefusalRepository.Refusal r =
                refusalLog.recent(null, 1).get(0);
        return r.kind() + ": " + r.detail();
    }
}
