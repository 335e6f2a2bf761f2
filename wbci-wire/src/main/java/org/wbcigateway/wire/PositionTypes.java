package org.wbcigateway.wire;

import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Spec §5.2: senders always write the xsi:type of a Position. JAXB leaves it out when the object's type is the
 * declared one, so it is added to the marshalled DOM, derived from the Meldung's xsi:type (or the Quittung).
 */
final class PositionTypes {

    private static final Map<String, String> BY_MELDUNG_TYPE = Map.of(
            "RueckmeldungVorabstimmungType", "MeldungsPositionRUEMVAType",
            "AbbruchmeldungType", "MeldungsPositionABBMType",
            "UebernahmeRessourceMeldungType", "MeldungsPositionAKMTRType",
            "AbbruchmeldungTechnRessourceType", "MeldungsPositionABBMTRType",
            "ErledigtmeldungType", "MeldungsPositionERLMType");
    private static final String TEQ_POSITION_TYPE = "MeldungsPositionTEQType";

    private PositionTypes() {}

    /** @param payload the payload root element; prefixes it needs are declared there */
    static void addXsiTypes(Element payload) {
        NodeList positions = payload.getElementsByTagNameNS("*", "Position");
        for (int i = 0; i < positions.getLength(); i++) {
            Element position = (Element) positions.item(i);
            if (position.getNamespaceURI() == null
                    && !position.hasAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type")
                    && position.getParentNode() instanceof Element parent) {
                String type = positionType(parent);
                if (type != null) {
                    String xsi = prefixFor(payload, XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi");
                    String msg = prefixFor(payload, WireContract.NS_MESSAGE, "msg");
                    position.setAttributeNS(
                            XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, xsi + ":type", msg + ":" + type);
                }
            }
        }
    }

    private static String positionType(Element parent) {
        if ("Quittung".equals(parent.getLocalName())) {
            return TEQ_POSITION_TYPE;
        }
        String meldungType = parent.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        return BY_MELDUNG_TYPE.get(meldungType.substring(meldungType.indexOf(':') + 1));
    }

    /** The prefix bound to the namespace at the payload root, declaring it there if needed. */
    private static String prefixFor(Element root, String namespace, String preferred) {
        String prefix = root.lookupPrefix(namespace);
        if (prefix == null) {
            prefix = preferred;
            root.setAttributeNS(
                    XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE + ":" + prefix, namespace);
        }
        return prefix;
    }
}
