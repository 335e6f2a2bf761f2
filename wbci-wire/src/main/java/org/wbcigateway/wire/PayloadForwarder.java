package org.wbcigateway.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Second pass: hands only the payload subtree to the (validating) JAXB handler, as a document of its own.
 * Prefixes declared on ancestors (e.g. on the SOAP Envelope) are re-declared at the payload root, because an
 * xsi:type value may use them. Line and column numbers stay those of the whole message.
 */
final class PayloadForwarder extends DefaultHandler {

    private final ContentHandler target;
    private final int payloadIndex;
    private final NamespaceSupport namespaces = new NamespaceSupport();
    private final List<String> declaredAtRoot = new ArrayList<>();
    private boolean contextPushed;
    private Locator locator;
    private int elements;
    private int depthInPayload;

    PayloadForwarder(ContentHandler target, int payloadIndex) {
        this.target = target;
        this.payloadIndex = payloadIndex;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (!contextPushed) {
            namespaces.pushContext();
            contextPushed = true;
        }
        namespaces.declarePrefix(prefix, uri);
        if (depthInPayload > 0) {
            target.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (depthInPayload > 0) {
            target.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!contextPushed) {
            namespaces.pushContext();
        }
        contextPushed = false;
        if (elements++ == payloadIndex) {
            if (locator != null) {
                target.setDocumentLocator(locator);
            }
            target.startDocument();
            declareInScopePrefixes();
            depthInPayload = 1;
        } else if (depthInPayload > 0) {
            depthInPayload++;
        }
        if (depthInPayload > 0) {
            target.startElement(uri, localName, qName, attributes);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (depthInPayload > 0) {
            target.endElement(uri, localName, qName);
            if (--depthInPayload == 0) {
                for (String prefix : declaredAtRoot) {
                    target.endPrefixMapping(prefix);
                }
                target.endDocument();
            }
        }
        namespaces.popContext();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depthInPayload > 0) {
            target.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (depthInPayload > 0) {
            target.ignorableWhitespace(ch, start, length);
        }
    }

    private void declareInScopePrefixes() throws SAXException {
        for (String prefix : Collections.list(namespaces.getPrefixes())) {
            if (!XMLConstants.XML_NS_PREFIX.equals(prefix)) {
                declare(prefix, namespaces.getURI(prefix));
            }
        }
        String defaultNamespace = namespaces.getURI("");
        if (defaultNamespace != null && !defaultNamespace.isEmpty()) {
            declare("", defaultNamespace);
        }
    }

    private void declare(String prefix, String uri) throws SAXException {
        target.startPrefixMapping(prefix, uri);
        declaredAtRoot.add(prefix);
    }
}
