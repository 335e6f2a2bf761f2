package org.wbcigateway.wire;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/** JDK XML factories locked down against DTDs, entities, XInclude and external access. */
public final class HardenedXml {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    /** Throws instead of printing to stderr, which is what the parser does without an error handler. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private HardenedXml() {}

    /**
     * A namespace-aware SAX reader that refuses any DOCTYPE. The refusal is thrown from {@code startDTD}, which the
     * parser calls before it reads the internal subset, so no entity is ever declared, let alone expanded.
     */
    static XMLReader newXmlReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setErrorHandler(FAIL_ON_ERROR);
            reader.setProperty(LEXICAL_HANDLER, new DefaultHandler2() {
                @Override
                public void startDTD(String name, String publicId, String systemId) throws SAXException {
                    throw new ScanAbort(WireException.Kind.DTD_FORBIDDEN, "a DOCTYPE declaration is not allowed");
                }
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure the XML parser", e);
        }
    }

    /**
     * A DOM builder per thread, locked down like the SAX reader; building one costs more than a small document
     * (parser configuration, symbol table), and it is reset before each use.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER =
            ThreadLocal.withInitial(HardenedXml::newDocumentBuilder);

    /** A serializer per thread: the factory lookup and set-up cost more than writing a message. */
    private static final ThreadLocal<Transformer> SERIALIZER = ThreadLocal.withInitial(HardenedXml::newSerializer);

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot configure the DOM builder", e);
        }
    }

    /** An empty document, for documents this side builds itself (outbound) and for the one parse inbound. */
    static Document newDocument() {
        Document document = BUILDER.get().newDocument();
        document.setXmlStandalone(true);
        return document;
    }

    /**
     * Parses a document into DOM with no DTD, no entities and no external access: for messages this side wrote, or
     * for showing a stored one. An inbound message is read by {@link WireReader#parse(byte[])}, with its limits.
     */
    public static Document parse(byte[] xml) throws SAXException {
        DocumentBuilder builder = BUILDER.get();
        try {
            builder.reset();
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder.parse(new java.io.ByteArrayInputStream(xml));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a DOM document as bytes (UTF-8, with declaration), without re-indenting. */
    public static byte[] serialize(Document document) {
        try {
            return write(document);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot serialise a document", e);
        }
    }

    /** {@link #serialize(Document)}, with the serializer's own exception. */
    static byte[] write(Document document) throws javax.xml.transform.TransformerException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
        SERIALIZER
                .get()
                .transform(
                        new javax.xml.transform.dom.DOMSource(document),
                        new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    private static Transformer newSerializer() {
        Transformer transformer = newTransformer();
        transformer.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
        return transformer;
    }

    static Transformer newTransformer() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            return factory.newTransformer();
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("cannot configure the XML serializer", e);
        }
    }

    /** Stops a parse for a reason of our own (not an XML syntax error). */
    static final class ScanAbort extends SAXException {
        final transient WireException.Kind kind;

        ScanAbort(WireException.Kind kind, String detail) {
            super(detail);
            this.kind = kind;
        }
    }
}
