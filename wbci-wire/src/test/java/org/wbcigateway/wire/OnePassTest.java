package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WireException.Kind;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;
import org.wbcigateway.wire.security.SigningKey;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * {@link WireReader#parse(byte[])}: an inbound message is parsed once, and that one parse serves the signature check
 * (its DOM), the schema and the mapping (its JAXB root); the checks still answer in the order of spec §5.
 */
class OnePassTest {

    private static final Instant NOW = Instant.now();
    private static final SigningKey PARTNER = Certificates.selfSigned(
            "CN=DEU.MNET test", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), 2048);
    private static final MessageSigner SIGNER = new MessageSigner(PARTNER, SignatureAlgorithm.RSA_SHA256);

    private final SignatureVerifier verifier =
            new SignatureVerifier(List.of(PARTNER.certificate()), Clock.systemUTC(), 2048);
    private final AtomicInteger parses = new AtomicInteger();
    private final WireReader reader = new WireReader(WireLimits.defaults(), this::countingParser);

    /** The hardened parser, counting how often it parses. */
    private XMLFilterImpl countingParser() {
        return new XMLFilterImpl(HardenedXml.newXmlReader()) {
            @Override
            public void parse(InputSource input) throws SAXException, IOException {
                parses.incrementAndGet();
                super.parse(input);
            }
        };
    }

    @Test
    void oneParseServesTheSignatureCheckTheSchemaAndTheMapping() {
        byte[] signed = SIGNER.resign(TestData.sample("va-kue-orn.xml"));
        WbciCodec codec = new WbciCodec(reader, new WireWriter());

        InboundMessage message = reader.parse(signed);
        message.checkRootAndVersion();
        SignatureVerifier.Verified verified = verifier.verify(message.document());
        Object payload = codec.readMessage(message).payload();

        assertThat(verified.certificate()).isEqualTo(PARTNER.certificate());
        assertThat(payload).isInstanceOf(Vorabstimmungsanfrage.class);
        assertThat(message.raw()).isSameAs(signed);
        assertThat(message.soap().payload()).isEqualTo("{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest");
        assertThat(parses).hasValue(1);
    }

    @Test
    void readingWithoutSignatureCheckParsesOnceToo() {
        reader.read(TestData.sample("va-kue-mrn.xml"));

        assertThat(parses).hasValue(1);
    }

    /**
     * The DOM of the one parse is what the signature check needs: for the same bytes it verifies exactly where a DOM
     * parser's document does, whatever the bytes look like around the signed content.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "as signed",
                "comment in the Body",
                "CDATA and character references",
                "UTF-16",
                "attribute spacing",
                "one byte of the Body changed",
                "unsigned",
                "prefix declared on the Envelope"
            })
    void theDomVerifiesExactlyWhereADomParsersDocumentDoes(String variant) {
        String signed = new String(SIGNER.resign(TestData.sample("va-kue-mrn.xml")), StandardCharsets.UTF_8);
        byte[] bytes = switch (variant) {
            case "comment in the Body" -> utf8(signed.replaceFirst("<Control>", "<!-- a comment --><Control>"));
            case "CDATA and character references" ->
                utf8(signed.replaceFirst("<majorRelease>02<", "<majorRelease><![CDATA[02]]><")
                        .replaceFirst("<minorRelease>00<", "<minorRelease>&#48;0<"));
            case "UTF-16" ->
                signed.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
            case "attribute spacing" -> utf8(signed.replaceFirst("<SOAP-ENV:Body ", "<SOAP-ENV:Body   "));
            case "one byte of the Body changed" -> utf8(signed.replaceFirst("<firmenname>B", "<firmenname>C"));
            case "unsigned" -> utf8(signed.replaceAll("(?s)<wsse:Security.*</wsse:Security>", ""));
            case "prefix declared on the Envelope" ->
                utf8(signed.replaceFirst("<SOAP-ENV:Envelope ", "<SOAP-ENV:Envelope xmlns:unused=\"urn:unused\" "));
            default -> utf8(signed);
        };
        if (!variant.equals("as signed")) {
            assertThat(bytes).as("the variant changes the bytes").isNotEqualTo(utf8(signed));
        }

        String expected = variant.equals("one byte of the Body changed") || variant.equals("unsigned")
                ? Kind.SIGNATURE_INVALID.name()
                : "verified";

        assertThat(outcome(() -> verifier.verify(bytes)))
                .as("a DOM parser's document")
                .isEqualTo(expected);
        assertThat(outcome(() -> verifier.verify(reader.parse(bytes).document())))
                .as("the one parse's DOM")
                .isEqualTo(expected);
    }

    @Test
    void aWrongVersionComesBeforeSchemaErrorsAndTheSchemaErrorNamesItsLine() {
        String tv = TestData.soap(TestData.fixture("tv.xml"));
        InboundMessage both = reader.parse(utf8(tv.replace("<majorRelease>02<", "<majorRelease>03<")
                .replace("<zeitstempel>2026-11-25T10:15:00.123+01:00<", "<zeitstempel>yesterday<")));
        InboundMessage schemaOnly = reader.parse(
                utf8(tv.replace("<zeitstempel>2026-11-25T10:15:00.123+01:00<", "<zeitstempel>yesterday<")));

        assertThat(catchThrowableOfType(WireException.class, both::checkRootAndVersion)
                        .kind())
                .isEqualTo(Kind.WRONG_VERSION);
        assertThat(catchThrowableOfType(WireException.class, both::root).kind()).isEqualTo(Kind.WRONG_VERSION);
        schemaOnly.checkRootAndVersion();
        WireException schema = catchThrowableOfType(WireException.class, schemaOnly::root);
        assertThat(schema.kind()).isEqualTo(Kind.SCHEMA_INVALID);
        assertThat(schema.detail()).startsWith("line ").contains("column", "yesterday");
    }

    @Test
    void whatStopsTheParseIsThrownAtOnce() {
        String tv = TestData.soap(TestData.fixture("tv.xml"));

        assertThat(catchThrowableOfType(WireException.class, () -> reader.parse(utf8(tv.substring(0, 200))))
                        .kind())
                .isEqualTo(Kind.NOT_WELL_FORMED);
        assertThat(catchThrowableOfType(
                                WireException.class, () -> reader.parse(utf8("<!DOCTYPE x [<!ENTITY e \"e\">]>" + tv)))
                        .kind())
                .isEqualTo(Kind.DTD_FORBIDDEN);
    }

    @Test
    void aTeqIsComposedAsADomSignedAndWrittenOnce() {
        WbciCodec codec = new WbciCodec();
        Envelope<WbciMessage> va = codec.readMessage(TestData.sample("va-kue-orn.xml"));
        Envelope<Quittung> teq = new Envelope<>(
                va.control(),
                Quittung.of(
                        va.payload().endkundenvertragspartner().ekpAbg(),
                        va.payload().vorabstimmungsId(),
                        TeqCode.OK));

        byte[] written = SIGNER.signAndWrite(codec.quittungSoap(teq, true));

        assertThat(verifier.verify(written).certificate()).isEqualTo(PARTNER.certificate());
        assertThat(codec.readQuittung(written).payload()).isEqualTo(teq.payload());
        // the Position's xsi:type prefixes are declared inside the signed Body, on the payload root
        assertThat(new String(written, StandardCharsets.UTF_8))
                .containsPattern("<[a-z0-9]+:annehmenAnfrageResponse[^>]*xmlns:xsi=[^>]*>");
    }

    private static String outcome(Runnable check) {
        try {
            check.run();
            return "verified";
        } catch (WireException e) {
            return e.kind().name();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
