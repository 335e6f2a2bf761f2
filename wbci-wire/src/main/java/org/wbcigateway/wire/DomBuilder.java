package org.wbcigateway.wire;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;

/**
 * Builds a DOM from the events of the one parse of an inbound message, for the signature check: elements, attributes,
 * namespace declarations (as {@code xmlns} attributes, as a DOM parser keeps them), text and processing instructions.
 * Comments are left out: the only canonicalisation accepted (exclusive C14N without comments) ignores them. The
 * parser has checked every name and reference, so the document does no checks of its own.
 */
final class DomBuilder {

    private final Document document;
    private final StringBuilder text = new StringBuilder();
    private final List<String> prefixes = new ArrayList<>();
    private Node current;

    DomBuilder() {
        this.document = HardenedXml.newDocument();
        this.document.setStrictErrorChecking(false);
        this.current = document;
    }

    Document document() {
        return document;
    }

    /** A declaration on the element that starts next: prefix ("" for the default namespace), then namespace. */
    void startPrefixMapping(String prefix, String uri) {
        prefixes.add(prefix);
        prefixes.add(uri);
    }

    void startElement(String uri, String localName, String qName, Attributes attributes) {
        flushText();
        Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName.isEmpty() ? localName : qName);
        for (int i = 0; i < prefixes.size(); i += 2) {
            String prefix = prefixes.get(i);
            element.setAttributeNS(
                    XMLConstants.XMLNS_ATTRIBUTE_NS_URI,
                    prefix.isEmpty() ? XMLConstants.XMLNS_ATTRIBUTE : XMLConstants.XMLNS_ATTRIBUTE + ":" + prefix,
                    prefixes.get(i + 1));
        }
        prefixes.clear();
        for (int i = 0; i < attributes.getLength(); i++) {
            String namespace = attributes.getURI(i);
            String name = attributes.getQName(i);
            element.setAttributeNS(
                    namespace.isEmpty() ? null : namespace,
                    name.isEmpty() ? attributes.getLocalName(i) : name,
                    attributes.getValue(i));
        }
        current.appendChild(element);
        current = element;
    }

    void endElement() {
        flushText();
        current = current.getParentNode();
    }

    void characters(char[] ch, int start, int length) {
        if (current != document) {
            text.append(ch, start, length);
        }
    }

    void processingInstruction(String target, String data) {
        flushText();
        current.appendChild(document.createProcessingInstruction(target, data));
    }

    /** Consecutive character events make one text node, as a DOM parser makes them. */
    private void flushText() {
        if (!text.isEmpty()) {
            current.appendChild(document.createTextNode(text.toString()));
            text.setLength(0);
        }
    }
}
