package org.wbcigateway.wire;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/** Resolves the schema's xs:imports by file name from one classpath folder; nothing is fetched from elsewhere. */
final class ClasspathSchemaResolver implements LSResourceResolver {

    private final String folder;
    private final DOMImplementationLS ls;

    ClasspathSchemaResolver(String folder) {
        this.folder = folder;
        try {
            this.ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
        if (systemId == null) {
            return null;
        }
        String name = systemId.substring(systemId.lastIndexOf('/') + 1);
        InputStream in = ClasspathSchemaResolver.class.getResourceAsStream(folder + name);
        if (in == null) {
            throw new IllegalStateException("schema import not on the classpath: " + folder + name);
        }
        LSInput input = ls.createLSInput();
        input.setByteStream(in);
        input.setSystemId(
                ClasspathSchemaResolver.class.getResource(folder + name).toExternalForm());
        input.setPublicId(publicId);
        return input;
    }
}
