package org.wbcigateway.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Hands only the payload subtree of the message being parsed to the (validating) JAXB handler, as a document of its
 * own. Prefixes declared on ancestors (e.g. on the SOAP Envelope) are re-declared at the payload root, because an
 * xsi:type value may use them. Line and column numbers stay those of the whole message.
 *
 * <p>The payload is the element whose ordinal (in document order) {@code payloadIndex} gives when that element
 * starts: the scan of the same parse decides it. The first failure of the target (a schema error) ends the
 * forwarding but not the parse, so that the checks that come first (limits, well-formedness, version) still see
 * the whole message; {@link #failure()} keeps it.
 */
final class PayloadForwarder extends DefaultHandler {

    /** One call to the target. */
    private interface Forward {
        void run() throws SAXException;
    }

    private final ContentHandler target;
    private final IntSupplier payloadIndex;
    private final NamespaceSupport namespaces = new NamespaceSupport();
    private final List<String> declaredAtRoot = new ArrayList<>();
    private boolean contextPushed;
    private Locator locator;
    private int elements;
    private int depthInPayload;
    private boolean completed;
    private Exception failure;

    PayloadForwarder(ContentHandler target, IntSupplier payloadIndex) {
        this.target = target;
        this.payloadIndex = payloadIndex;
    }

    /** Whether the whole payload reached the target without a failure. */
    boolean completed() {
        return completed && failure == null;
    }

    /** The target's first failure, or {@code null}. */
    Exception failure() {
        return failure;
    }

    private void forward(Forward call) {
        if (failure == null) {
            try {
                call.run();
            } catch (SAXException | RuntimeException e) {
                failure = e;
            }
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        if (!contextPushed) {
            namespaces.pushContext();
            contextPushed = true;
        }
        namespaces.declarePrefix(prefix, uri);
        if (depthInPayload > 0) {
            forward(() -> target.startPrefixMapping(prefix, uri));
        }
    }

    @Override
    public void endPrefixMapping(String prefix) {
        if (depthInPayload > 0) {
            forward(() -> target.endPrefixMapping(prefix));
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!contextPushed) {
            namespaces.pushContext();
        }
        contextPushed = false;
        if (elements++ == payloadIndex.getAsInt()) {
            forward(() -> {
                if (locator != null) {
                    target.setDocumentLocator(locator);
                }
                target.startDocument();
                declareInScopePrefixes();
            });
            depthInPayload = 1;
        } else if (depthInPayload > 0) {
            depthInPayload++;
        }
        if (depthInPayload > 0) {
            forward(() -> target.startElement(uri, localName, qName, attributes));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depthInPayload > 0) {
            forward(() -> target.endElement(uri, localName, qName));
            if (--depthInPayload == 0) {
                forward(() -> {
                    for (String prefix : declaredAtRoot) {
                        target.endPrefixMapping(prefix);
                    }
                    target.endDocument();
                });
                completed = true;
            }
        }
        namespaces.popContext();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depthInPayload > 0) {
            forward(() -> target.characters(ch, start, length));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (depthInPayload > 0) {
            forward(() -> target.ignorableWhitespace(ch, start, length));
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
