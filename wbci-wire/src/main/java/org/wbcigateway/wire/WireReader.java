package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.wbcigateway.wire.HardenedXml.ScanAbort;
import org.wbcigateway.wire.WireException.Kind;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads an inbound WBCI message — a whole SOAP 1.1 envelope or just the payload root element — into its JAXB root
 * object ({@code AnnehmenAnfrageRequest}, {@code AnnehmenMeldungRequest}, or one of the two responses), in one parse
 * of its bytes.
 *
 * <p>Checks, in this order: size; well-formed XML without DTD and within the depth and element limits; a WBCI root
 * element; Control majorRelease/minorRelease {@code 02}/{@code 00} (a different two-digit value is TEQ 0993 even if
 * the message has schema errors as well); the XSD; then unmarshalling. The schema is checked while the message is
 * parsed, its verdict kept until the checks before it have passed (see {@link InboundMessage}). Every failure is a
 * {@link WireException}.
 *
 * <p>Thread-safe: each thread has its own parser, schema validator and unmarshaller.
 */
public final class WireReader {

    /**
     * A parser per thread: building one costs more than parsing a message (new symbol table, feature set-up), so
     * each thread keeps its hardened reader; Xerces resets its state at the start of every parse.
     */
    private static final ThreadLocal<XMLReader> READER = ThreadLocal.withInitial(HardenedXml::newXmlReader);
    /** The schema's validator and an unmarshaller per thread, for the same reason. */
    private static final ThreadLocal<PayloadReader> PAYLOAD = ThreadLocal.withInitial(PayloadReader::new);

    private final WireLimits limits;
    private final Supplier<XMLReader> parsers;

    public WireReader() {
        this(WireLimits.defaults());
    }

    public WireReader(WireLimits limits) {
        this(limits, READER::get);
    }

    /** With the parser each call uses (a test counts parses this way). */
    WireReader(WireLimits limits, Supplier<XMLReader> parsers) {
        this.limits = limits;
        this.parsers = parsers;
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

    /** The JAXB root of a message whose signature is not checked here (or was checked before). */
    public Object read(byte[] message) {
        return readOnce(message, false).root();
    }

    /**
     * Reads an inbound message once, into the form every later step shares: its DOM for the signature check, its
     * JAXB root, what the SOAP layer must know. Throws only for what stops a parse (size, DTD, not well-formed, too
     * deep, too many elements); the checks after those are {@link InboundMessage}'s.
     */
    public InboundMessage parse(byte[] message) {
        return readOnce(message, true);
    }

    /**
     * What the SOAP layer must know of a message before it answers: whether it is a SOAP 1.1 Envelope, its payload
     * root ({namespace}local, {@code null} if none), whether it holds processing instructions (SOAP forbids them), the
     * header blocks addressed to this receiver with {@code mustUnderstand="1"} (as {namespace}local), and the
     * character encoding the parser detected.
     */
    public record SoapScan(
            boolean soap11,
            String payload,
            boolean processingInstruction,
            java.util.List<String> mustUnderstandHeaders,
            String encoding) {}

    /** Like {@link #read(byte[])}, and the root must be of the given class (e.g. for one SOAP operation). */
    public <T> T read(byte[] message, Class<T> expectedRoot) {
        Object root = read(message);
        if (!expectedRoot.isInstance(root)) {
            throw new WireException(
                    Kind.NOT_A_WBCI_MESSAGE,
                    "expected " + expectedRoot.getSimpleName() + " but got "
                            + root.getClass().getSimpleName());
        }
        return expectedRoot.cast(root);
    }

    private InboundMessage readOnce(byte[] message, boolean withDocument) {
        if (message.length > limits.maxBytes()) {
            throw new WireException(Kind.TOO_LARGE, "message has more than " + limits.maxBytes() + " bytes");
        }
        PayloadReader payloadReader = PAYLOAD.get();
        try {
            MessageScan scan = new MessageScan(limits);
            PayloadForwarder payload = new PayloadForwarder(payloadReader.start(), scan::payloadIndex);
            DomBuilder dom = withDocument ? new DomBuilder() : null;
            parse(parsers.get(), message, new OnePass(scan, dom, payload));
            Object root = null;
            WireException schemaError = null;
            if (payload.completed()) {
                try {
                    root = payloadReader.result();
                } catch (JAXBException | RuntimeException e) {
                    schemaError = payloadReader.invalid(e);
                }
            } else if (payload.failure() != null) {
                schemaError = payloadReader.invalid(payload.failure());
            }
            return new InboundMessage(message, scan.result(), dom == null ? null : dom.document(), root, schemaError);
        } finally {
            payloadReader.release();
        }
    }

    private static void parse(XMLReader reader, byte[] message, ContentHandler handler) {
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(message)));
        } catch (ScanAbort e) {
            throw new WireException(e.kind, e.getMessage());
        } catch (SAXParseException e) {
            throw new WireException(
                    Kind.NOT_WELL_FORMED,
                    PayloadReader.position(e.getLineNumber(), e.getColumnNumber()) + e.getMessage(),
                    e);
        } catch (SAXException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, String.valueOf(e.getMessage()), e);
        } catch (IOException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, "cannot read the message: " + e.getMessage(), e);
        } finally {
            reader.setContentHandler(null); // the message's objects are not kept alive by the thread's parser
        }
    }
}
