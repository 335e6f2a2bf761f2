package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.SignatureVerifier;

/**
 * The real 2013 messages, re-signed with DEU.MNET's test key (their own signatures no longer verify), posted to
 * an instance that is DEU.DTAG with partner DEU.MNET on 2013-07-24: a signed TEQ OK, and each VA becomes an
 * incoming Vorabstimmung with its content. Bad input changes nothing.
 */
class InteropSamplesEndpointTest extends SampleEndpointContext {

    @LocalServerPort
    int port;

    @Autowired
    VorabstimmungRepository vorabstimmungen;

    @Autowired
    MessageRepository messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WbciCodec codec;

    private String url() {
        return "http://127.0.0.1:" + port + "/wbci/v2";
    }

    private Quittung post(byte[] soap) {
        Soap.Response r = Soap.post(url(), soap);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Envelope<Quittung> teq = codec.readQuittung(r.body());
        assertThat(teq.payload().absender()).isEqualTo(CarrierCode.of("DEU.DTAG"));
        SignatureVerifier dtag = new SignatureVerifier(
                List.of(TestKeys.key("DEU.DTAG").certificate()), java.time.Clock.systemUTC(), 2048);
        assertThat(dtag.verify(r.body()).certificate())
                .as("the TEQ is signed by DEU.DTAG")
                .isEqualTo(TestKeys.key("DEU.DTAG").certificate());
        assertThat(teq.control().signaturId().serial())
                .isEqualTo(
                        TestKeys.key("DEU.DTAG").certificate().getSerialNumber().toString(16));
        return teq.payload();
    }

    @Test
    void theThreeVaSamplesAreAcceptedAsIncomingVorabstimmungen() {
        for (String sample : List.of("va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml")) {
            assertThat(post(signed(Soap.sample(sample))).code()).as(sample).isEqualTo(TeqCode.OK);
        }
        check("DEU.MNET.V000000004", Geschaeftsfall.VA_KUE_MRN);
        check("DEU.MNET.V000000005", Geschaeftsfall.VA_KUE_ORN);
        check("DEU.MNET.V000000006", Geschaeftsfall.VA_RRNP);
    }

    private void check(String id, Geschaeftsfall gf) {
        VorabstimmungRecord va = vorabstimmungen.find(VorabstimmungsId.of(id)).orElseThrow();
        assertThat(va.geschaeftsfall()).isEqualTo(gf);
        assertThat(va.ownRole()).isEqualTo(Rolle.EKP_ABG);
        assertThat(va.partner()).isEqualTo(CarrierCode.of("DEU.MNET"));
        assertThat(va.state().phase()).isEqualTo(Phase.VA_PENDING);
        assertThat(va.kundenwunschtermin()).isEqualTo(LocalDate.of(2013, 10, 1));
        List<MessageRecord> timeline = messages.timeline(id);
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).outcome()).isEqualTo(MessageRecord.Outcome.ACCEPTED);
        Vorabstimmungsanfrage stored =
                (Vorabstimmungsanfrage) codec.readMessage(timeline.get(0).raw()).payload();
        assertThat(stored.vorabstimmungsId().value()).isEqualTo(id);
        assertThat(stored.endkunde().toString()).contains("Bezirksjugendring Oberbayern");
        long due = jdbc.sql(
                        "SELECT COUNT(*) FROM deadline WHERE va_id = ? AND awaited = 'RUEM_VA_OR_ABBM' AND owed_by = 'EKP_ABG'")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(due).isEqualTo(1);
        assertThat(jdbc.sql("SELECT decision_status || ': ' || decision_reason FROM vorabstimmung WHERE va_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("decision mode REVIEW: in the review queue when the TEQ is given, no pending round")
                .isEqualTo("REVIEW: SWITCHED_OFF");
    }

    @Test
    void theTeqSampleReadsAsAPositiveTeq() {
        Envelope<Quittung> teq = codec.readQuittung(Soap.sample("teq.xml"));
        assertThat(teq.payload().code()).isEqualTo(TeqCode.OK);
        Soap.Response r = Soap.post(url(), Soap.sample("teq.xml"));
        assertThat(r.status()).as("a TEQ is no request").isEqualTo(500);
        assertThat(r.text()).contains("Fault");
    }

    @Test
    void theWsdlIsPublished() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try {
            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://127.0.0.1:" + port + "/wbci/wbci.wsdl"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("annehmenAnfrage").contains("annehmenMeldung");
            for (String xsd : List.of(
                    "wbci-envelope", "wbci-request", "wbci-message", "wbci-complex", "wbci-simple", "wbci-enum")) {
                var schema = http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/wbci/xsd/" + xsd + ".xsd"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(schema.statusCode()).as(xsd).isEqualTo(200);
                assertThat(schema.body()).as(xsd).contains("http://www.vatm.de/wbci/v2/");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
