package org.wbcigateway.wire;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one parse of an inbound message, handing each event to the three readers of it in turn: the scan (limits,
 * payload root, version, SOAP facts; it may stop the parse), the DOM builder for the signature check (where one is
 * wanted), and the forwarder of the payload to the validating unmarshaller.
 */
final class OnePass extends DefaultHandler {

    private final MessageScan scan;
    private final DomBuilder dom;
    private final PayloadForwarder payload;

    /** @param dom {@code null} where no DOM is wanted */
    OnePass(MessageScan scan, DomBuilder dom, PayloadForwarder payload) {
        this.scan = scan;
        this.dom = dom;
        this.payload = payload;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        scan.setDocumentLocator(locator);
        payload.setDocumentLocator(locator);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (dom != null) {
            dom.startPrefixMapping(prefix, uri);
        }
        payload.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) {
        payload.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        scan.startElement(uri, localName, qName, attributes);
        if (dom != null) {
            dom.startElement(uri, localName, qName, attributes);
        }
        payload.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        scan.endElement(uri, localName, qName);
        if (dom != null) {
            dom.endElement();
        }
        payload.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        scan.characters(ch, start, length);
        if (dom != null) {
            dom.characters(ch, start, length);
        }
        payload.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (dom != null) {
            dom.characters(ch, start, length);
        }
        payload.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        scan.processingInstruction(target, data);
        if (dom != null) {
            dom.processingInstruction(target, data);
        }
    }
}
