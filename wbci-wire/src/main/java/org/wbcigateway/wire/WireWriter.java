package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wbcigateway.wire.WireException.Kind;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes a JAXB root object ({@code AnnehmenAnfrageRequest} …) as UTF-8 XML. Every Position gets its xsi:type
 * (spec §5.2), and the result is validated against the schema: an invalid message is never returned but
 * thrown as {@link WireException} of kind {@link Kind#INVALID_OUTPUT}. Thread-safe: each thread keeps its own
 * marshaller and schema validator (building a validator costs more than validating a message).
 */
public final class WireWriter {

    private static final ThreadLocal<Marshaller> MARSHALLER = ThreadLocal.withInitial(WireWriter::newMarshaller);
    private static final ThreadLocal<Validator> VALIDATOR =
            ThreadLocal.withInitial(() -> WireContract.schema().newValidator());

    /** The payload alone, as an XML document. */
    public byte[] write(Object root) {
        return serialize(toDocument(root));
    }

    /** The payload in a SOAP 1.1 envelope without header. */
    public byte[] writeSoap(Object root) {
        return serialize(toSoapDocument(root));
    }

    /** The validated payload as a DOM document. */
    public Document toDocument(Object root) {
        Document document = HardenedXml.newDocument();
        marshal(root, document);
        validate(document.getDocumentElement(), root);
        return document;
    }

    /**
     * The validated payload in a SOAP 1.1 envelope without header, as a DOM document for the signer: marshalled
     * straight into the Body, so that it is written once, after signing.
     */
    public Document toSoapDocument(Object root) {
        Document document = HardenedXml.newDocument();
        Element body = SoapEnvelope.emptyEnvelope(document);
        validate(marshal(root, body), root);
        return document;
    }

    /** Marshals into {@code parent} and returns the payload element, with the xsi:types of its Positions. */
    private Element marshal(Object root, Node parent) {
        try {
            MARSHALLER.get().marshal(root, new DOMResult(parent));
        } catch (JAXBException e) {
            throw new WireException(Kind.INVALID_OUTPUT, "cannot marshal " + describe(root) + ": " + e, e);
        }
        Element payload = (Element) parent.getLastChild();
        PositionTypes.addXsiTypes(payload);
        return payload;
    }

    private void validate(Element payload, Object root) {
        try {
            VALIDATOR.get().validate(new DOMSource(payload));
        } catch (SAXParseException e) {
            throw new WireException(Kind.INVALID_OUTPUT, describe(root) + " breaks the schema: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new WireException(
                    Kind.INVALID_OUTPUT, "cannot validate " + describe(root) + ": " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            return HardenedXml.write(document);
        } catch (TransformerException e) {
            throw new WireException(Kind.INVALID_OUTPUT, "cannot serialize: " + e.getMessage(), e);
        }
    }

    private static Marshaller newMarshaller() {
        try {
            Marshaller marshaller = WireContract.jaxbContext().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a marshaller", e);
        }
    }

    private static String describe(Object root) {
        return root == null ? "null" : root.getClass().getSimpleName();
    }
}
