package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.wbcigateway.wire.HardenedXml.ScanAbort;
import org.wbcigateway.wire.WireException.Kind;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads an inbound WBCI message — a whole SOAP 1.1 envelope or just the payload root element — into its JAXB root
 * object ({@code AnnehmenAnfrageRequest}, {@code AnnehmenMeldungRequest}, or one of the two responses).
 *
 * <p>Checks, in this order: size; well-formed XML without DTD and within the depth and element limits; a WBCI root
 * element; Control majorRelease/minorRelease {@code 02}/{@code 00} (a different two-digit value is TEQ 0993 even if
 * the message has schema errors as well); the XSD; then unmarshalling. Every failure is a {@link WireException}.
 *
 * <p>Thread-safe: the JAXB context and the schema are shared, each thread has its own parser, unmarshallers are
 * made per call.
 */
public final class WireReader {

    private static final Pattern RELEASE = Pattern.compile("[0-9]{2}");

    /**
     * A parser per thread: building one costs more than parsing a message (new symbol table, feature set-up), so
     * each thread keeps its hardened reader; Xerces resets its state at the start of every parse.
     */
    private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(HardenedXml::newXmlReader);

    private final WireLimits limits;
    private final JAXBContext context = WireContract.jaxbContext();
    private final Schema schema = WireContract.schema();

    public WireReader() {
        this(WireLimits.defaults());
    }

    public WireReader(WireLimits limits) {
        this.limits = limits;
    }

    public WireLimits limits() {
        return limits;
    }

    /** Reads at most {@code maxBytes + 1} bytes from the stream, so an oversized body is refused without buffering it. */
    public Object read(InputStream in) {
        try {
            return read(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytes() + 1L)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object read(byte[] message) {
        XMLReader reader = READER.get(); // used by both passes
        MessageScan.Result result = scan(reader, message);
        checkRootAndVersion(result);
        return unmarshal(reader, message, result.payloadIndex());
    }

    /**
     * The checks that come before any other (spec §5): size, hardened well-formed parse, a WBCI root, and the
     * version (TEQ 0993). The signature is checked after these and before the schema.
     */
    public void checkEnvelope(byte[] message) {
        checkRootAndVersion(scan(READER.get(), message));
    }

    private static void checkRootAndVersion(MessageScan.Result result) {
        checkRoot(result);
        checkVersion("majorRelease", result.majorRelease(), WireContract.MAJOR_RELEASE);
        checkVersion("minorRelease", result.minorRelease(), WireContract.MINOR_RELEASE);
    }

    /**
     * Only the first, cheap pass: size, hardened well-formed parse, depth and element limits. A message that passes
     * is at least a well-formed document a SOAP stack may parse; it may still fail {@link #read(byte[])}.
     *
     * @return the qualified name of the payload root element ({namespace}local), or {@code null} if there is none
     */
    public String checkWellFormed(byte[] message) {
        MessageScan.Result result = scan(READER.get(), message);
        return result.payloadIndex() < 0 ? null : "{" + result.payloadNamespace() + "}" + result.payloadName();
    }

    private MessageScan.Result scan(XMLReader reader, byte[] message) {
        if (message.length > limits.maxBytes()) {
            throw new WireException(Kind.TOO_LARGE,
                    "message has more than " + limits.maxBytes() + " bytes");
        }
        MessageScan scan = new MessageScan(limits);
        parse(reader, message, scan);
        return scan.result();
    }

    /**
     * What the SOAP layer must know before it lets a SOAP stack parse the message, from the same first pass as
     * {@link #checkWellFormed(byte[])}: whether the document is a SOAP 1.1 Envelope, its payload root, whether it holds
     * processing instructions (SOAP forbids them), the header blocks addressed to this receiver with
     * {@code mustUnderstand="1"} (as {namespace}local), and the character encoding the parser detected.
     */
    public record SoapScan(boolean soap11, String payload, boolean processingInstruction,
                           java.util.List<String> mustUnderstandHeaders, String encoding) {
    }

    /** Size, hardened well-formed parse, depth and element limits (as {@link #checkWellFormed(byte[])}), and more. */
    public SoapScan scanSoap(byte[] message) {
        MessageScan.Result result = scan(READER.get(), message);
        return new SoapScan(result.soap(),
                result.payloadIndex() < 0 ? null : "{" + result.payloadNamespace() + "}" + result.payloadName(),
                result.processingInstruction(), result.mustUnderstandHeaders(), result.encoding());
    }

    /** Like {@link #read(byte[])}, and the root must be of the given class (e.g. for one SOAP operation). */
    public <T> T read(byte[] message, Class<T> expectedRoot) {
        Object root = read(message);
        if (!expectedRoot.isInstance(root)) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE,
                    "expected " + expectedRoot.getSimpleName() + " but got " + root.getClass().getSimpleName());
        }
        return expectedRoot.cast(root);
    }

    private static void parse(XMLReader reader, byte[] message, ContentHandler handler) {
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(message)));
        } catch (ScanAbort e) {
            throw new WireException(e.kind, e.getMessage());
        } catch (SAXParseException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, position(e.getLineNumber(), e.getColumnNumber()) + e.getMessage(), e);
        } catch (SAXException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, String.valueOf(e.getMessage()), e);
        } catch (IOException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, "cannot read the message: " + e.getMessage(), e);
        }
    }

    private static void checkRoot(MessageScan.Result scan) {
        if (scan.payloadIndex() < 0) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "the SOAP Body holds no element");
        }
        if (!WireContract.NS_ENVELOPE.equals(scan.payloadNamespace())
                || !WireContract.ROOT_ELEMENTS.contains(scan.payloadName())) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "unknown root element {"
                    + scan.payloadNamespace() + "}" + scan.payloadName());
        }
        if (scan.extraBodyContent()) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "the SOAP Body holds more than one element");
        }
    }

    /** A value that is not two digits is left to the schema (0995); two other digits are a wrong version (0993). */
    private static void checkVersion(String name, String value, String expected) {
        if (value != null && RELEASE.matcher(value).matches() && !value.equals(expected)) {
            throw new WireException(Kind.WRONG_VERSION,
                    "Control/" + name + " is " + value + ", this gateway speaks WBCI v2.00 (" + expected + ")");
        }
    }

    /** Validates while unmarshalling; the validator sees every event before JAXB does. */
    private Object unmarshal(XMLReader reader, byte[] message, int payloadIndex) {
        FirstError firstError = new FirstError();
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(schema);
            unmarshaller.setEventHandler(firstError);
            UnmarshallerHandler handler = unmarshaller.getUnmarshallerHandler();
            reader.setContentHandler(new PayloadForwarder(handler, payloadIndex));
            reader.parse(new InputSource(new ByteArrayInputStream(message)));
            return handler.getResult();
        } catch (JAXBException | SAXException | IOException | RuntimeException e) {
            String detail = firstError.event != null
                    ? describe(firstError.event)
                    : "cannot unmarshal the message: " + e.getMessage();
            throw new WireException(Kind.SCHEMA_INVALID, detail, e);
        }
    }

    private static String describe(ValidationEvent event) {
        ValidationEventLocator locator = event.getLocator();
        String where = locator == null ? "" : position(locator.getLineNumber(), locator.getColumnNumber());
        return where + event.getMessage();
    }

    private static String position(int line, int column) {
        return line < 0 ? "" : "line " + line + ", column " + column + ": ";
    }

    /** Keeps the first error and stops there; warnings are ignored. */
    private static final class FirstError implements ValidationEventHandler {
        ValidationEvent event;

        @Override
        public boolean handleEvent(ValidationEvent e) {
            if (e.getSeverity() == ValidationEvent.WARNING) {
                return true;
            }
            if (event == null) {
                event = e;
            }
            return false;
        }
    }
}
