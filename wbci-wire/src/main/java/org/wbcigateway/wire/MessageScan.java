package org.wbcigateway.wire;

import org.wbcigateway.wire.HardenedXml.ScanAbort;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * First pass over an inbound message: enforces the depth and element limits, finds the WBCI payload root
 * (the document element, or the only child of a SOAP 1.1 Body) and reads Control/majorRelease and minorRelease.
 * For the SOAP layer it also notes what SOAP 1.1 forbids or demands beyond XML: processing instructions, and the
 * header blocks addressed to this receiver with {@code mustUnderstand="1"}; and the encoding the parser read.
 */
final class MessageScan extends DefaultHandler {

    static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    /** Where the payload starts (its ordinal among all elements in document order) and what it says. */
    record Result(
            int payloadIndex,
            String payloadNamespace,
            String payloadName,
            boolean extraBodyContent,
            String majorRelease,
            String minorRelease,
            boolean soap,
            boolean processingInstruction,
            java.util.List<String> mustUnderstandHeaders,
            String encoding) {}

    /** SOAP 1.1 actor of the next SOAP node: header blocks without an actor or with this one are ours. */
    static final String ACTOR_NEXT = "http://schemas.xmlsoap.org/soap/actor/next";

    private final WireLimits limits;
    private Locator locator;
    private int depth;
    private int elements;

    private boolean soap;
    private boolean processingInstruction;
    private String encoding;
    private final java.util.List<String> mustUnderstand = new java.util.ArrayList<>();
    private int headerDepth = -1;
    private int bodyDepth = -1;
    private boolean extraBodyContent;
    private int payloadIndex = -1;
    private int payloadDepth = -1;
    private String payloadNamespace;
    private String payloadName;

    private boolean inControl;
    private boolean controlSeen;
    private String field;
    private final StringBuilder text = new StringBuilder();
    private String majorRelease;
    private String minorRelease;

    MessageScan(WireLimits limits) {
        this.limits = limits;
    }

    /** The payload's ordinal once its start tag has been read, else -1. */
    int payloadIndex() {
        return payloadIndex;
    }

    Result result() {
        return new Result(
                payloadIndex,
                payloadNamespace,
                payloadName,
                extraBodyContent,
                majorRelease,
                minorRelease,
                soap,
                processingInstruction,
                java.util.List.copyOf(mustUnderstand),
                encoding);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        int index = elements++;
        depth++;
        if (index == 0 && locator instanceof org.xml.sax.ext.Locator2 l) {
            encoding = l.getEncoding(); // known once the prolog is read; gone after the parse
        }
        if (depth > limits.maxDepth()) {
            throw new ScanAbort(
                    WireException.Kind.TOO_DEEP, "elements nest deeper than " + limits.maxDepth() + " levels" + at());
        }
        if (elements > limits.maxElements()) {
            throw new ScanAbort(
                    WireException.Kind.TOO_MANY_ELEMENTS, "more than " + limits.maxElements() + " elements" + at());
        }
        if (depth == 1) {
            soap = SOAP11_NS.equals(uri) && "Envelope".equals(localName);
            if (!soap) {
                payload(index, uri, localName);
            }
        } else if (soap && depth == 2 && SOAP11_NS.equals(uri) && "Body".equals(localName)) {
            bodyDepth = depth;
        } else if (soap && depth == 2 && SOAP11_NS.equals(uri) && "Header".equals(localName)) {
            headerDepth = depth;
        } else if (headerDepth > 0 && depth == headerDepth + 1) {
            String value = attributes.getValue(SOAP11_NS, "mustUnderstand");
            String actor = attributes.getValue(SOAP11_NS, "actor");
            boolean mandatory = value != null && ("1".equals(value.strip()) || "true".equals(value.strip()));
            if (mandatory && (actor == null || actor.isBlank() || ACTOR_NEXT.equals(actor.strip()))) {
                mustUnderstand.add("{" + uri + "}" + localName);
            }
        } else if (bodyDepth > 0 && depth == bodyDepth + 1) {
            if (payloadIndex < 0) {
                payload(index, uri, localName);
            } else {
                extraBodyContent = true;
            }
        } else if (payloadDepth > 0 && depth == payloadDepth + 1) {
            inControl = !controlSeen && uri.isEmpty() && "Control".equals(localName);
            controlSeen |= inControl;
        } else if (inControl
                && depth == payloadDepth + 2
                && uri.isEmpty()
                && ("majorRelease".equals(localName) || "minorRelease".equals(localName))) {
            field = localName;
            text.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (field != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (field != null) {
            if ("majorRelease".equals(field) && majorRelease == null) {
                majorRelease = text.toString();
            } else if ("minorRelease".equals(field) && minorRelease == null) {
                minorRelease = text.toString();
            }
            field = null;
        }
        if (depth == payloadDepth + 1) {
            inControl = false;
        }
        if (depth == bodyDepth) {
            bodyDepth = -1;
        }
        if (depth == headerDepth) {
            headerDepth = -1;
        }
        depth--;
    }

    @Override
    public void processingInstruction(String target, String data) {
        processingInstruction = true;
    }

    private void payload(int index, String uri, String localName) {
        payloadIndex = index;
        payloadDepth = depth;
        payloadNamespace = uri;
        payloadName = localName;
    }

    private String at() {
        return locator == null
                ? ""
                : " (line " + locator.getLineNumber() + ", column " + locator.getColumnNumber() + ")";
    }
}
