package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import org.wbcigateway.wire.WireException.Kind;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes a JAXB root object ({@code AnnehmenAnfrageRequest} …) as UTF-8 XML. Every Position gets its xsi:type
 * (spec §5.2), and the result is validated against the schema: an invalid message is never returned but
 * thrown as {@link WireException} of kind {@link Kind#INVALID_OUTPUT}. Thread-safe.
 */
public final class WireWriter {

    private final JAXBContext context = WireContract.jaxbContext();
    private final Schema schema = WireContract.schema();

    /** The payload alone, as an XML document. */
    public byte[] write(Object root) {
        return serialize(toDocument(root));
    }

    /** The payload in a SOAP 1.1 envelope without header. */
    public byte[] writeSoap(Object root) {
        return serialize(SoapEnvelope.wrap(toDocument(root).getDocumentElement()));
    }

    /** The validated payload as a DOM document, e.g. for a SOAP stack that signs it. */
    public Document toDocument(Object root) {
        Document document = HardenedXml.newDocument();
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.marshal(root, new DOMResult(document));
        } catch (JAXBException e) {
            throw new WireException(Kind.INVALID_OUTPUT, "cannot marshal " + describe(root) + ": " + e, e);
        }
        PositionTypes.addXsiTypes(document);
        validate(document, root);
        return document;
    }

    private void validate(Document document, Object root) {
        try {
            schema.newValidator().validate(new DOMSource(document));
        } catch (SAXParseException e) {
            throw new WireException(Kind.INVALID_OUTPUT, describe(root) + " breaks the schema: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new WireException(Kind.INVALID_OUTPUT, "cannot validate " + describe(root) + ": " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            Transformer transformer = HardenedXml.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new WireException(Kind.INVALID_OUTPUT, "cannot serialize: " + e.getMessage(), e);
        }
    }

    private static String describe(Object root) {
        return root == null ? "null" : root.getClass().getSimpleName();
    }
}
