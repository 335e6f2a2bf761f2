package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.wire.WbciCodec;

/** Bad input gets its specific answer and changes nothing; a re-send is a retry; a reused ID gets ABBM 8115. */
class BadInputEndpointTest extends SampleEndpointContext {

    private static final byte[] ORN = Soap.sample("va-kue-orn.xml");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Refused input: the tenant\'s record and the provider\'s (unreadable input reaches no tenant). */
    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Autowired
    WbciCodec codec;

    @Autowired
    VorabstimmungRepository vorabstimmungen;

    @Autowired
    MessageRepository messages;

    private String url() {
        return "http://127.0.0.1:" + port + "/wbci/v2";
    }

    /** The ORN sample under a VA-ID of its own, so tests do not share Vorabstimmungen. */
    private static byte[] orn(String idSuffix) {
        return Soap.replace(ORN, "DEU.MNET.V000000005", "DEU.MNET.V" + idSuffix);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<Long> state() {
        return List.of(
                rows("vorabstimmung"), rows("wbci_message"), rows("outbox"), rows("issued_id"), rows("deadline"));
    }

    private Quittung teq(byte[] soap) {
        Soap.Response r = Soap.post(url(), soap);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return codec.readQuittung(r.body()).payload();
    }

    private void assertRefusedWithTeq(byte[] soap, TeqCode expected) {
        List<Long> before = state();
        long refusals = refusalLog.count();
        assertThat(teq(soap).code()).isEqualTo(expected);
        assertThat(state()).as("no state changed").isEqualTo(before);
        assertThat(refusalLog.count()).as("audit record").isEqualTo(refusals + 1);
    }

    private void assertRefusedWithFault(byte[] soap, String teqCode) {
        List<Long> before = state();
        Soap.Response r = Soap.post(url(), soap);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("Fault").contains("TEQ " + teqCode);
        assertThat(state()).as("no state changed").isEqualTo(before);
    }

    @Test
    void wrongStructureIsTeq0995() {
        assertRefusedWithTeq(
                signed(Soap.replace(orn("000000101"), "<postleitzahl>80637", "<postleitzahl>8063")),
                TeqCode.STRUKTUR_UNGUELTIG);
        assertRefusedWithTeq(
                signed(Soap.replace(orn("000000102"), "Kundenwunschtermin>", "Wunschtermin>")),
                TeqCode.STRUKTUR_UNGUELTIG);
    }

    @Test
    void wrongMajorReleaseIsTeq0993() {
        // the version is checked before anything else: the sample's broken signature does not matter
        assertRefusedWithTeq(
                Soap.replace(orn("000000103"), "<majorRelease>02", "<majorRelease>03"), TeqCode.VERSION_FALSCH);
    }

    @Test
    void unknownSenderIsTeq0990() {
        byte[] foreign = TestKeys.sign("DEU.XXXX", Soap.replace(orn("000000104"), "DEU.MNET", "DEU.XXXX"));
        assertRefusedWithTeq(foreign, TeqCode.SIGNATUR_UNGUELTIG);
    }

    @Test
    void brokenXmlIsASoapFault() {
        String text = new String(orn("000000105"), StandardCharsets.UTF_8);
        assertRefusedWithFault(text.substring(0, text.length() - 40).getBytes(StandardCharsets.UTF_8), "0995");
        assertRefusedWithFault(
                ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + text.substring(text.indexOf("<SOAP-ENV:Envelope")))
                        .getBytes(StandardCharsets.UTF_8),
                "0995");
        assertRefusedWithFault("not xml at all".getBytes(StandardCharsets.UTF_8), "0995");
    }

    @Test
    void aByteIdenticalResendIsATransportRetry() {
        byte[] va = signed(orn("000000106"));
        assertThat(teq(va).code()).isEqualTo(TeqCode.OK);
        List<Long> before = state();
        assertThat(teq(va).code()).isEqualTo(TeqCode.OK);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aReusedVaIdWithOtherContentIsAnsweredBvidAndTheFirstVaIsUntouched() {
        assertThat(teq(signed(orn("000000107"))).code()).isEqualTo(TeqCode.OK);
        byte[] other = signed(Soap.replace(orn("000000107"), "<hausnummer>11<", "<hausnummer>12<"));
        assertThat(teq(other).code()).isEqualTo(TeqCode.OK);
        VorabstimmungsId id = VorabstimmungsId.of("DEU.MNET.V000000107");
        assertThat(vorabstimmungen.find(id).orElseThrow().state().phase()).isEqualTo(Phase.VA_PENDING);
        List<MessageRecord> timeline = messages.timeline(id.value());
        assertThat(timeline)
                .extracting(MessageRecord::outcome)
                .containsExactly(
                        MessageRecord.Outcome.ACCEPTED,
                        MessageRecord.Outcome.ANSWERED_ABBM,
                        MessageRecord.Outcome.QUEUED);
        Abbruchmeldung abbm =
                (Abbruchmeldung) codec.readMessage(timeline.get(2).raw()).payload();
        assertThat(abbm.positionen().get(0).meldungscode()).isEqualTo(Meldungscode.BVID);
        assertThat(abbm.vorabstimmungsIdRef()).isEqualTo(id);
    }
}
