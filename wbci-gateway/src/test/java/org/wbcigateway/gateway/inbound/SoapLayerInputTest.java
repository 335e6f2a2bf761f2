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
import org.wbcigateway.gateway.support.LogCapture;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.wire.WbciCodec;

/**
 * What fuzzing found at the SOAP layer, before and around the inbox (issue 5): input the SOAP stack (SAAJ, Spring-WS)
 * cannot take used to end in HTTP 500 with Spring Boot's JSON error, HTTP 400, or a SOAP Fault naming no TEQ code,
 * with ERROR logs and no audit record. Now such input is refused by the raw-message filter with a Fault
 * "TEQ 0995: KIND: …" and an audit record, and a valid message is read the same whatever its encoding or the HTTP
 * Content-Type says.
 */
class SoapLayerInputTest extends SampleEndpointContext {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Refused input: the tenant\'s record and the provider\'s (unreadable input reaches no tenant). */
    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Autowired
    WbciCodec codec;

    /** The ORN sample under a VA-ID of its own, signed by the partner. */
    private static String orn(String idSuffix) {
        return new String(
                signed(Soap.replace(Soap.sample("va-kue-orn.xml"), "DEU.MNET.V000000005", "DEU.MNET.V" + idSuffix)),
                StandardCharsets.UTF_8);
    }

    private record Answer(int status, String text) {}

    private Answer post(byte[] body, String contentType) {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wbci/v2"))
                            .header("Content-Type", contentType)
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<Long> state() {
        return List.of(
                rows("vorabstimmung"), rows("wbci_message"), rows("outbox"), rows("issued_id"), rows("deadline"));
    }

    /** Refused by the filter: a Fault naming TEQ 0995 and the kind, an audit record, nothing else, no ERROR log. */
    private void assertFault(String body, String faultCode, String kind) {
        assertFault(body.getBytes(StandardCharsets.UTF_8), faultCode, kind);
    }

    private void assertFault(byte[] body, String faultCode, String kind) {
        List<Long> before = state();
        long refusals = refusalLog.count();
        Answer answer;
        try (LogCapture logs = LogCapture.attach()) {
            answer = post(body, "text/xml; charset=UTF-8");
            assertThat(logs.incidents())
                    .as("ERROR/exception logs: %s", logs.first())
                    .isZero();
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(500);
        assertThat(answer.text())
                .contains("<faultcode>SOAP-ENV:" + faultCode + "</faultcode>")
                .contains("TEQ 0995: " + kind + ":");
        assertThat(state()).as("no state changed").isEqualTo(before);
        assertThat(refusalLog.count()).as("audit record").isEqualTo(refusals + 1);
    }

    private TeqCode teq(byte[] body, String contentType) {
        Answer answer;
        try (LogCapture logs = LogCapture.attach()) {
            answer = post(body, contentType);
            assertThat(logs.incidents())
                    .as("ERROR/exception logs: %s", logs.first())
                    .isZero();
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return codec.readQuittung(answer.text().getBytes(StandardCharsets.UTF_8))
                .payload()
                .code();
    }

    @Test
    void anEnvelopeWithoutBodyOrWithAnEmptyBodyIsRefused() {
        // was: NullPointerException in the filter (Set.of(...).contains(null)), HTTP 500 with Spring's JSON error
        String orn = orn("000000301");
        assertFault(orn.replace("SOAP-ENV:Body", "SOAP-ENV:Bodi"), "Client", "NOT_A_WBCI_REQUEST");
        assertFault(
                "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body/>"
                        + "</SOAP-ENV:Envelope>",
                "Client",
                "NOT_A_WBCI_REQUEST");
    }

    @Test
    void aPayloadWithoutSoapEnvelopeIsRefused() {
        // was: SAAJ "root element is not named Envelope", HTTP 500 with Spring's JSON error
        String orn = orn("000000302");
        String payload = orn.substring(
                orn.indexOf("<ns3:annehmenAnfrageRequest"),
                orn.indexOf("</ns3:annehmenAnfrageRequest>") + "</ns3:annehmenAnfrageRequest>".length());
        assertFault(payload, "Client", "NOT_SOAP_1_1");
    }

    @Test
    void processingInstructionsAreRefused() {
        // was: SAAJ UnsupportedOperationException, HTTP 500 with Spring's JSON error
        String orn = orn("000000303");
        assertFault(orn.replace("<Control>", "<?fuzz pi?><Control>"), "Client", "PROCESSING_INSTRUCTION");
        assertFault(orn + "<?after the root?>", "Client", "PROCESSING_INSTRUCTION");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<fz:Routing xmlns:fz=\"urn:fuzz\" SOAP-ENV:mustUnderstand=\"1\">x</fz:Routing>",
                "<fz:Routing xmlns:fz=\"urn:fuzz\" SOAP-ENV:mustUnderstand=\"true\"/>",
                "<old:Security xmlns:old=\"http://schemas.xmlsoap.org/ws/2002/07/secext\" SOAP-ENV:mustUnderstand=\"1\"/>"
            })
    void aMandatoryHeaderBlockOtherThanWsseSecurityIsAMustUnderstandFaultWithTeq0995(String block) {
        // was: Spring-WS's MustUnderstand fault naming no TEQ code, and no audit record
        String orn = orn("000000304");
        assertFault(
                orn.replaceFirst("<SOAP-ENV:Header>", "<SOAP-ENV:Header>" + block),
                "MustUnderstand",
                "MUST_UNDERSTAND");
    }

    @Test
    void anOptionalOrForeignActorsHeaderBlockIsIgnored() {
        String orn = orn("000000305")
                .replaceFirst(
                        "<SOAP-ENV:Header>",
                        "<SOAP-ENV:Header>"
                                + "<fz:Routing xmlns:fz=\"urn:fuzz\" SOAP-ENV:mustUnderstand=\"0\"/>"
                                + "<fz:Hop xmlns:fz=\"urn:fuzz\" SOAP-ENV:mustUnderstand=\"1\" SOAP-ENV:actor=\"urn:another-node\"/>");
        assertThat(teq(orn.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8"))
                .isEqualTo(TeqCode.OK);
    }

    private static final List<String> CONTENT_TYPES = List.of(
            "application/soap+xml; charset=UTF-8",
            "text/xml; charset=nonsense",
            "text/plain",
            "text/xml; charset=UTF-16",
            "application/octet-stream");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/soap+xml; charset=UTF-8",
                "text/xml; charset=nonsense",
                "text/plain",
                "text/xml; charset=UTF-16",
                "application/octet-stream"
            })
    void theBytesDecideTheEncodingWhateverTheContentTypeSays(String contentType) {
        // was: SAAJ refused the Content-Type or charset: HTTP 500 with Spring's JSON error
        String id = String.format("%09d", 310 + CONTENT_TYPES.indexOf(contentType));
        assertThat(teq(orn(id).getBytes(StandardCharsets.UTF_8), contentType)).isEqualTo(TeqCode.OK);
    }

    @Test
    void aSignedMessageInUtf16OrWithAUtf8ByteOrderMarkIsAccepted() {
        // was: HTTP 400 (SAAJ read UTF-16 bytes as UTF-8, and cannot read an XML declaration after a UTF-8 BOM)
        String utf16 =
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + orn("000000401").replaceFirst("^<\\?xml[^>]*\\?>", "");
        assertThat(teq(utf16.getBytes(StandardCharsets.UTF_16), "text/xml; charset=UTF-8"))
                .isEqualTo(TeqCode.OK);

        byte[] utf8 = orn("000000402").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(teq(bom, "text/xml; charset=UTF-8")).isEqualTo(TeqCode.OK);
    }

    @Test
    void aSecurityTokenThatIsNotBase64IsTeq0990() {
        // was: WSS4J's IllegalArgumentException ("Last unit does not have enough valid bits") as a Server fault
        String orn = orn("000000403").replaceFirst("(<wsse:BinarySecurityToken[^>]*>)[^<]*<", "$1!!not base64!!<");
        List<Long> before = state();
        long refusals = refusalLog.count();

        assertThat(teq(orn.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8"))
                .isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(state()).isEqualTo(before);
        assertThat(refusalLog.count()).isEqualTo(refusals + 1);
        assertThat(latestRefusal()).startsWith("SIGNATURE_INVALID: the wsse:Security header cannot be processed");
    }

    private String latestRefusal() {
        org.wbcigateway.gateway.inbound.RefusalRepository.Refusal r =
                refusalLog.recent(null, 1).get(0);
        return r.kind() + ": " + r.detail();
    }
}
