package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WsdlTest {

    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    private static final String SOAP_BINDING_NS = "http://schemas.xmlsoap.org/wsdl/soap/";

    @Test
    void operationsAreTheTwoAnnehmenCallsOverDocumentLiteralSoap11() throws Exception {
        Document wsdl = parse(WireContract.class.getResource(WireContract.WSDL));

        assertThat(attributes(wsdl, WSDL_NS, "operation", "name")).containsOnly("annehmenAnfrage", "annehmenMeldung");
        assertThat(attributes(wsdl, SOAP_BINDING_NS, "binding", "style")).containsExactly("document");
        assertThat(attributes(wsdl, SOAP_BINDING_NS, "body", "use"))
                .containsOnly("literal")
                .hasSize(4);
        assertThat(attributes(wsdl, WSDL_NS, "part", "element"))
                .map(qName -> qName.substring(qName.indexOf(':') + 1))
                .containsExactlyInAnyOrderElementsOf(WireContract.ROOT_ELEMENTS);
    }

    @Test
    void typesImportTheEnvelopeSchema() throws Exception {
        URL url = WireContract.class.getResource(WireContract.WSDL);
        Element schema = (Element) parse(url)
                .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema")
                .item(0);

        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        assertThatCode(() -> factory.newSchema(new DOMSource(schema, url.toExternalForm())))
                .doesNotThrowAnyException();
    }

    private static Document parse(URL url) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(url.toExternalForm());
    }

    private static List<String> attributes(Document document, String namespace, String element, String attribute) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.hasAttribute(attribute)) {
                values.add(e.getAttribute(attribute));
            }
        }
        return values;
    }
}
