package org.wbcigateway.wire;

import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Wraps a payload in a plain SOAP 1.1 envelope (no header: WS-Security adds its own). */
public final class SoapEnvelope {

    public static final String NS = MessageScan.SOAP11_NS;
    private static final String PREFIX = "SOAP-ENV";

    private SoapEnvelope() {}

    /** A new document {@code <SOAP-ENV:Envelope><SOAP-ENV:Body>payload</SOAP-ENV:Body></SOAP-ENV:Envelope>}. */
    public static Document wrap(Element payload) {
        Document document = HardenedXml.newDocument();
        Element body = emptyEnvelope(document);
        body.appendChild(document.importNode(payload, true));
        return document;
    }

    /** Puts an Envelope with an empty Body into a new document; returns the Body, for the payload to go into. */
    static Element emptyEnvelope(Document document) {
        Element envelope = document.createElementNS(NS, PREFIX + ":Envelope");
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE + ":" + PREFIX, NS);
        Element body = document.createElementNS(NS, PREFIX + ":Body");
        document.appendChild(envelope);
        envelope.appendChild(body);
        return body;
    }
}
