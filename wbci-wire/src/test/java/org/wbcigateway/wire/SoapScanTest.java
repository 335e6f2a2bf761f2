package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link InboundMessage#soap()}: what the SOAP layer needs to know before a SOAP stack may parse a message. */
class SoapScanTest {

    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String WSSE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private final WireReader reader = new WireReader();

    private static String envelope(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"" + SOAP + "\"><S:Header>" + header
                + "</S:Header><S:Body>" + body + "</S:Body></S:Envelope>";
    }

    private WireReader.SoapScan scan(String xml) {
        return reader.parse(xml.getBytes(StandardCharsets.UTF_8)).soap();
    }

    @Test
    void aSoapEnvelopeWithItsPayloadAndNothingSpecial() {
        WireReader.SoapScan scan =
                scan(envelope("", "<e:annehmenAnfrageRequest xmlns:e=\"" + WireContract.NS_ENVELOPE + "\"/>"));

        assertThat(scan.soap11()).isTrue();
        assertThat(scan.payload()).isEqualTo("{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest");
        assertThat(scan.processingInstruction()).isFalse();
        assertThat(scan.mustUnderstandHeaders()).isEmpty();
        assertThat(scan.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void aBarePayloadOrAnotherEnvelopeIsNoSoap11() {
        assertThat(scan("<e:annehmenAnfrageRequest xmlns:e=\"" + WireContract.NS_ENVELOPE + "\"/>")
                        .soap11())
                .isFalse();
        assertThat(scan(envelope("", "<x/>").replace(SOAP, "http://www.w3.org/2003/05/soap-envelope"))
                        .soap11())
                .isFalse();
    }

    @Test
    void anEmptyBodyOrNoBodyHasNoPayload() {
        assertThat(scan(envelope("", "")).payload()).isNull();
        assertThat(scan(envelope("", "<x/>").replace("S:Body", "S:Bodi")).payload())
                .isNull();
    }

    @Test
    void processingInstructionsAnywhereAreNoticed() {
        assertThat(scan(envelope("", "<?pi x?><x/>")).processingInstruction()).isTrue();
        assertThat(scan(envelope("", "<x/>") + "<?after?>").processingInstruction())
                .isTrue();
        assertThat(scan(envelope("", "<!-- a comment --><x/>")).processingInstruction())
                .isFalse();
    }

    @Test
    void mandatoryHeaderBlocksForThisReceiverAreListed() {
        WireReader.SoapScan scan = scan(envelope(
                "<w:Security xmlns:w=\"" + WSSE + "\" S:mustUnderstand=\"1\"/>"
                        + "<a:One xmlns:a=\"urn:a\" S:mustUnderstand=\"true\"/>"
                        + "<a:Optional xmlns:a=\"urn:a\" S:mustUnderstand=\"0\"/>"
                        + "<a:Unmarked xmlns:a=\"urn:a\"/>"
                        + "<a:Next xmlns:a=\"urn:a\" S:mustUnderstand=\"1\" S:actor=\"http://schemas.xmlsoap.org/soap/actor/next\"/>"
                        + "<a:Elsewhere xmlns:a=\"urn:a\" S:mustUnderstand=\"1\" S:actor=\"urn:other\"/>"
                        + "<a:Outer xmlns:a=\"urn:a\"><a:Inner S:mustUnderstand=\"1\"/></a:Outer>",
                "<x/>"));

        assertThat(scan.mustUnderstandHeaders()).containsExactly("{" + WSSE + "}Security", "{urn:a}One", "{urn:a}Next");
    }

    @Test
    void theEncodingIsWhatTheParserRead() {
        String xml = envelope("", "<x>ä</x>").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        assertThat(reader.parse(xml.getBytes(StandardCharsets.UTF_16BE)).soap().encoding())
                .isEqualTo("UTF-16BE");
        String latin1 = envelope("", "<x>ä</x>").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        assertThat(reader.parse(latin1.getBytes(StandardCharsets.ISO_8859_1))
                        .soap()
                        .encoding())
                .isEqualTo("ISO-8859-1");
    }
}
