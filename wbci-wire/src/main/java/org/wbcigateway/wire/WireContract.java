package org.wbcigateway.wire;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The WBCI v2.00 wire contract: namespaces, root elements, and the JAXB context and schema (both built once). */
public final class WireContract {

    public static final String NS_ENVELOPE = "http://www.vatm.de/wbci/v2/envelope";
    public static final String NS_REQUEST = "http://www.vatm.de/wbci/v2/request";
    public static final String NS_MESSAGE = "http://www.vatm.de/wbci/v2/message";
    public static final String NS_COMPLEX = "http://www.vatm.de/wbci/v2/type/complex";
    public static final String NS_SIMPLE = "http://www.vatm.de/wbci/v2/type/simple";
    public static final String NS_ENUM = "http://www.vatm.de/wbci/v2/type/enum";

    public static final String MAJOR_RELEASE = "02";
    public static final String MINOR_RELEASE = "00";

    public static final Set<String> ROOT_ELEMENTS = Set.of(
            "annehmenAnfrageRequest", "annehmenAnfrageResponse", "annehmenMeldungRequest", "annehmenMeldungResponse");

    /** Classpath locations of the contract files. */
    public static final String XSD_ROOT = "/wbci/v2/xsd/wbci-envelope.xsd";

    public static final String WSDL = "/wbci/v2/wbci.wsdl";

    private WireContract() {}

    /** Thread-safe. */
    public static JAXBContext jaxbContext() {
        return Holder.CONTEXT;
    }

    /** Thread-safe; validators made from it are not. */
    public static Schema schema() {
        return Holder.SCHEMA;
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = createContext();
        static final Schema SCHEMA = createSchema();

        private static JAXBContext createContext() {
            try {
                return JAXBContext.newInstance(
                        org.wbcigateway.wire.v2.envelope.ObjectFactory.class,
                        org.wbcigateway.wire.v2.request.ObjectFactory.class,
                        org.wbcigateway.wire.v2.message.ObjectFactory.class,
                        org.wbcigateway.wire.v2.complex.ObjectFactory.class,
                        org.wbcigateway.wire.v2.enumeration.ObjectFactory.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the WBCI JAXB context", e);
            }
        }

        private static Schema createSchema() {
            URL url = WireContract.class.getResource(XSD_ROOT);
            if (url == null) {
                throw new IllegalStateException("schema not on the classpath: " + XSD_ROOT);
            }
            try (InputStream in = url.openStream()) {
                SchemaFactory factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                // the xs:imports are siblings on the classpath; resolve them there, whatever packaging (directory,
                // jar, a Spring Boot jar nested in a jar), and never from anywhere else
                factory.setResourceResolver(
                        new ClasspathSchemaResolver(XSD_ROOT.substring(0, XSD_ROOT.lastIndexOf('/') + 1)));
                return factory.newSchema(new StreamSource(in, url.toExternalForm()));
            } catch (SAXException e) {
                throw new IllegalStateException("cannot load the WBCI schema", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
