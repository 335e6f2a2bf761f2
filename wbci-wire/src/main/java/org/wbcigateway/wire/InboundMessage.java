package org.wbcigateway.wire;

import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.wbcigateway.wire.WireException.Kind;

/**
 * An inbound message read once ({@link WireReader#parse(byte[])}): its raw bytes, as received (they are stored and
 * compared byte for byte); what the SOAP layer must know of it; the DOM the signature check works on; and its JAXB
 * root, read and validated against the schema in the same parse. What the parse found wrong beyond the checks that
 * stop it (size, DTD, well-formedness, depth, element count) is kept and thrown in the order of spec §5:
 * {@link #checkRootAndVersion()} (0995 for no WBCI root, 0993 for another version) before any other check, the
 * schema (0995) by {@link #root()}, after the signature check the caller makes in between. Not thread-safe: one
 * message, one unit of work.
 */
public final class InboundMessage {

    private static final Pattern RELEASE = Pattern.compile("[0-9]{2}");

    private final byte[] raw;
    private final MessageScan.Result scan;
    private final Document document;
    private final Object root;
    private final WireException schemaError;

    InboundMessage(byte[] raw, MessageScan.Result scan, Document document, Object root, WireException schemaError) {
        this.raw = raw;
        this.scan = scan;
        this.document = document;
        this.root = root;
        this.schemaError = schemaError;
    }

    /** The bytes as received; not to be changed. */
    public byte[] raw() {
        return raw;
    }

    /** What the SOAP layer must know before it answers: envelope, payload root, processing instructions, headers. */
    public WireReader.SoapScan soap() {
        return new WireReader.SoapScan(
                scan.soap(),
                payloadName(),
                scan.processingInstruction(),
                scan.mustUnderstandHeaders(),
                scan.encoding());
    }

    /** The whole message as a DOM, for the signature check; the DOM is the check's to use, not to be changed. */
    public Document document() {
        if (document == null) {
            throw new IllegalStateException("this message was read without a DOM");
        }
        return document;
    }

    /**
     * The checks that come before any other (spec §5): a WBCI root element, alone in the SOAP Body, and Control
     * major/minorRelease {@code 02}/{@code 00} (TEQ 0993). A value that is not two digits is left to the schema.
     */
    public void checkRootAndVersion() {
        if (scan.payloadIndex() < 0) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "the SOAP Body holds no element");
        }
        if (!WireContract.NS_ENVELOPE.equals(scan.payloadNamespace())
                || !WireContract.ROOT_ELEMENTS.contains(scan.payloadName())) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "unknown root element " + payloadName());
        }
        if (scan.extraBodyContent()) {
            throw new WireException(Kind.NOT_A_WBCI_MESSAGE, "the SOAP Body holds more than one element");
        }
        checkVersion("majorRelease", scan.majorRelease(), WireContract.MAJOR_RELEASE);
        checkVersion("minorRelease", scan.minorRelease(), WireContract.MINOR_RELEASE);
    }

    /**
     * The JAXB root object ({@code AnnehmenAnfrageRequest} …), schema-valid; first {@link #checkRootAndVersion()}.
     *
     * @throws WireException of the first check that fails
     */
    public Object root() {
        checkRootAndVersion();
        if (schemaError != null) {
            throw schemaError;
        }
        return root;
    }

    private String payloadName() {
        return scan.payloadIndex() < 0 ? null : "{" + scan.payloadNamespace() + "}" + scan.payloadName();
    }

    private static void checkVersion(String name, String value, String expected) {
        if (value != null && RELEASE.matcher(value).matches() && !value.equals(expected)) {
            throw new WireException(
                    Kind.WRONG_VERSION,
                    "Control/" + name + " is " + value + ", this gateway speaks WBCI v2.00 (" + expected + ")");
        }
    }
}
