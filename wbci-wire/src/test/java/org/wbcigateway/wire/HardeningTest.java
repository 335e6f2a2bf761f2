package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.wire.WireException.Kind;
import org.wbcigateway.wire.v2.envelope.AnnehmenAnfrageRequest;
import org.wbcigateway.wire.v2.envelope.AnnehmenMeldungRequest;

/** Hostile and broken input: each gives its own WireException kind and TEQ code, and nothing leaks or hangs. */
@Timeout(60)
class HardeningTest {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final WireReader reader = new WireReader();

    @Test
    void doctypeIsRefused() {
        assertFails(withDoctype("tv.xml", "<!DOCTYPE env:annehmenAnfrageRequest>"), Kind.DTD_FORBIDDEN);
    }

    @Test
    void externalEntityIsRefusedBeforeItIsResolved() {
        String dtd = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        byte[] xml = TestData.utf8(XML_DECLARATION
                + dtd
                + TestData.fixture("tv.xml")
                        .replace(XML_DECLARATION, "")
                        .replace("<NeuerKundenwunschtermin>2027-01-12", "<NeuerKundenwunschtermin>&xxe;"));

        WireException e = assertFails(xml, Kind.DTD_FORBIDDEN);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void externalDtdIsNotFetched() {
        assertFails(withDoctype("tv.xml", "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\">"), Kind.DTD_FORBIDDEN);
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        byte[] xml = TestData.utf8(dtd + "<lolz>&lol9;</lolz>");

        long start = System.nanoTime();
        // refused at the DOCTYPE, before any entity is expanded (the class timeout bounds a parser that expands)
        assertFails(xml, Kind.DTD_FORBIDDEN);
        System.out.printf(
                "billion laughs refused in %d ms%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @Test
    void xincludeIsNotProcessed() {
        byte[] xml = TestData.fixtureWith(
                "tv.xml",
                "</Anfrage>",
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></Anfrage>");

        assertFails(xml, Kind.SCHEMA_INVALID);
    }

    @Test
    void oversizedMessageIsRefusedBeforeParsing() {
        byte[] valid = TestData.utf8(TestData.fixture("tv.xml"));
        WireReader small = new WireReader(WireLimits.defaults().withMaxBytes(valid.length));
        byte[] oneByteMore = TestData.utf8(TestData.fixture("tv.xml") + " ");

        assertThatCode(() -> small.read(valid)).doesNotThrowAnyException();
        assertFails(small, oneByteMore, Kind.TOO_LARGE);
        // not even well-formed: the size is checked first
        assertFails(new byte[WireLimits.DEFAULT_MAX_BYTES + 1], Kind.TOO_LARGE);
    }

    @Test
    void oversizedStreamIsRefusedWithoutReadingItAll() {
        byte[] huge = new byte[WireLimits.DEFAULT_MAX_BYTES * 4];
        ByteArrayInputStream in = new ByteArrayInputStream(huge);

        WireException e = catchThrowableOfType(WireException.class, () -> reader.read(in));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(in.available()).isGreaterThan(WireLimits.DEFAULT_MAX_BYTES * 2);
    }

    @Test
    void tooDeepNestingIsRefused() {
        String deep = "<x>".repeat(WireLimits.DEFAULT_MAX_DEPTH) + "</x>".repeat(WireLimits.DEFAULT_MAX_DEPTH);
        byte[] inPayload = TestData.fixtureWith("tv.xml", "</Anfrage>", deep + "</Anfrage>");
        byte[] inSoapHeader = TestData.utf8(TestData.soap(TestData.fixture("tv.xml"))
                .replace("<SOAP-ENV:Header/>", "<SOAP-ENV:Header>" + deep + "</SOAP-ENV:Header>"));

        assertFails(inPayload, Kind.TOO_DEEP);
        assertFails(inSoapHeader, Kind.TOO_DEEP);
    }

    @Test
    void tooManyElementsAreRefused() {
        byte[] xml = TestData.utf8(TestData.soap(TestData.fixture("tv.xml"))
                .replace(
                        "<SOAP-ENV:Header/>",
                        "<SOAP-ENV:Header>" + "<x/>".repeat(WireLimits.DEFAULT_MAX_ELEMENTS) + "</SOAP-ENV:Header>"));

        assertFails(xml, Kind.TOO_MANY_ELEMENTS);
    }

    @Test
    void notWellFormedXmlIsRefused() {
        String tv = TestData.fixture("tv.xml");
        assertFails(TestData.utf8(tv.substring(0, tv.length() / 2)), Kind.NOT_WELL_FORMED);
        assertFails(TestData.utf8(tv.replace("</AenderungsId>", "</Aenderungsid>")), Kind.NOT_WELL_FORMED);
        assertFails(TestData.utf8(tv.replace("<Anfrage ", "<Anfrage a='1' a='2' ")), Kind.NOT_WELL_FORMED);
        assertFails(TestData.utf8(tv + "<trailing/>"), Kind.NOT_WELL_FORMED);
        assertFails(new byte[0], Kind.NOT_WELL_FORMED);
        assertFails(TestData.utf8("not xml at all"), Kind.NOT_WELL_FORMED);
    }

    @Test
    void notWellFormedIsReportedBeforeAWrongVersion() {
        String tv = TestData.fixture("tv.xml").replace("<majorRelease>02<", "<majorRelease>03<");
        assertFails(TestData.utf8(tv.substring(0, tv.length() - 10)), Kind.NOT_WELL_FORMED);
    }

    @Test
    void wrongVersionIs0993() {
        WireException major = assertFails(
                TestData.fixtureWith("tv.xml", "<majorRelease>02<", "<majorRelease>03<"), Kind.WRONG_VERSION);
        assertThat(major.teqCode()).isEqualTo(TeqCode.VERSION_FALSCH);
        assertThat(major.detail()).contains("majorRelease", "03");

        assertFails(TestData.fixtureWith("ruem-va.xml", "<minorRelease>00<", "<minorRelease>01<"), Kind.WRONG_VERSION);
    }

    @Test
    void wrongVersionWinsOverSchemaErrors() {
        String tv = TestData.fixture("tv.xml")
                .replace("<majorRelease>02<", "<majorRelease>03<")
                .replace("<CarrierCode>DEU.EKPAUF<", "<CarrierCode>not a carrier<")
                .replace("<zeitstempel>2026-11-25T10:15:00.123+01:00<", "<zeitstempel>yesterday<");

        WireException e = assertFails(TestData.utf8(tv), Kind.WRONG_VERSION);
        assertThat(e.teqCode().code()).isEqualTo("0993");
    }

    @Test
    void wrongVersionInsideASoapEnvelope() {
        byte[] sample = TestData.sample("va-kue-orn.xml");
        String xml = new String(sample, java.nio.charset.StandardCharsets.UTF_8)
                .replace("<majorRelease>02<", "<majorRelease>01<");

        assertFails(TestData.utf8(xml), Kind.WRONG_VERSION);
    }

    @Test
    void unknownRootElementIsNotAWbciMessage() {
        assertFails(TestData.utf8("<foo/>"), Kind.NOT_A_WBCI_MESSAGE);
        assertFails(
                TestData.utf8("<env:Control xmlns:env=\"http://www.vatm.de/wbci/v2/envelope\"/>"),
                Kind.NOT_A_WBCI_MESSAGE);
        assertFails(
                TestData.utf8(TestData.fixture("tv.xml").replace("http://www.vatm.de/wbci/v2/envelope", "urn:other")),
                Kind.NOT_A_WBCI_MESSAGE);
        assertFails(TestData.utf8(TestData.soap("<foo/>")), Kind.NOT_A_WBCI_MESSAGE);
        assertFails(TestData.utf8(TestData.soap("")), Kind.NOT_A_WBCI_MESSAGE);
        String tv = TestData.fixture("tv.xml").replace(XML_DECLARATION, "");
        assertFails(TestData.utf8(TestData.soap(tv + tv)), Kind.NOT_A_WBCI_MESSAGE);
        String soap12 = TestData.soap(TestData.fixture("tv.xml"))
                .replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope");
        assertFails(TestData.utf8(soap12), Kind.NOT_A_WBCI_MESSAGE);
    }

    @Test
    void wrongOperationIsNotAWbciMessage() {
        WireException e = catchThrowableOfType(
                WireException.class,
                () -> reader.read(TestData.utf8(TestData.fixture("tv.xml")), AnnehmenMeldungRequest.class));

        assertThat(e.kind()).isEqualTo(Kind.NOT_A_WBCI_MESSAGE);
        assertThat(e.detail()).contains("AnnehmenMeldungRequest", "AnnehmenAnfrageRequest");
    }

    @Test
    void schemaErrorNamesLineAndColumnOfTheWholeMessage() {
        String soap =
                TestData.soap(TestData.fixture("tv.xml").replace("DEU.EKPAUF.T000000007", "DEU.EKPAUF.X000000007"));
        int line = lineOf(soap, "X000000007");

        WireException e = assertFails(TestData.utf8(soap), Kind.SCHEMA_INVALID);

        assertThat(e.detail()).startsWith("line " + line + ", column ").contains("DEU.EKPAUF.X000000007");
    }

    @Test
    void prefixesDeclaredOnTheSoapEnvelopeReachThePayload() {
        String payload = TestData.fixture("tv.xml")
                .replace(XML_DECLARATION, "")
                .replace("xmlns:req=\"http://www.vatm.de/wbci/v2/request\"", "")
                .replace("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
        String soap =
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:req=\"http://www.vatm.de/wbci/v2/request\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><s:Body>" + payload
                        + "</s:Body></s:Envelope>";

        assertThat(reader.read(TestData.utf8(soap), AnnehmenAnfrageRequest.class)
                        .getAnfrage())
                .isNotNull();
    }

    private WireException assertFails(byte[] xml, Kind kind) {
        return assertFails(reader, xml, kind);
    }

    private static WireException assertFails(WireReader reader, byte[] xml, Kind kind) {
        WireException e = catchThrowableOfType(WireException.class, () -> reader.read(xml));
        assertThat(e).as("expected " + kind).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.teqCode())
                .isEqualTo(kind == Kind.WRONG_VERSION ? TeqCode.VERSION_FALSCH : TeqCode.STRUKTUR_UNGUELTIG);
        assertThat(e.detail()).isNotBlank();
        return e;
    }

    private static byte[] withDoctype(String fixture, String doctype) {
        return TestData.utf8(
                XML_DECLARATION + doctype + TestData.fixture(fixture).replace(XML_DECLARATION, ""));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
