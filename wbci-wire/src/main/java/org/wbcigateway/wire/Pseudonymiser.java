package org.wbcigateway.wire;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Replaces the personal data in a stored WBCI message ({@link PersonalField}) by placeholders, keeping the rest of
 * the document as it was: the message still reads and shows with its IDs, dates and codes. Its signature no longer
 * verifies afterwards; the store keeps the digest of the bytes as received and that they were verified then.
 */
public final class Pseudonymiser {

    private Pseudonymiser() {}

    /** The message (SOAP envelope or bare payload) with every personal field's text replaced. */
    public static byte[] pseudonymise(byte[] raw) {
        Document document = parse(raw);
        for (Element element : personalFields(document.getDocumentElement(), new ArrayList<>())) {
            while (element.getFirstChild() != null) {
                element.removeChild(element.getFirstChild());
            }
            element.appendChild(document.createTextNode(field(element).placeholder()));
        }
        return HardenedXml.serialize(document);
    }

    /** Whether any personal field of the message holds something other than its placeholder. */
    public static boolean hasPersonalData(byte[] raw) {
        return personalFields(parse(raw).getDocumentElement(), new ArrayList<>()).stream()
                .anyMatch(e -> !field(e).placeholder().equals(e.getTextContent()));
    }

    /** The values of the message's personal fields, as they stand (what a search for the customer looks for). */
    public static List<String> personalValues(byte[] raw) {
        return personalFields(parse(raw).getDocumentElement(), new ArrayList<>()).stream()
                .map(e -> e.getTextContent().strip())
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private static Document parse(byte[] raw) {
        try {
            return HardenedXml.parse(raw);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not a readable message: " + e.getMessage(), e);
        }
    }

    /**
     * The elements below (and with) this one that are personal fields. Only leaves: a complex element of the same
     * name (ABBM's {@code rufnummer { ONKZ, rufnummer }}) is looked into instead.
     */
    private static List<Element> personalFields(Element element, List<Element> found) {
        boolean leaf = true;
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                leaf = false;
                personalFields(child, found);
            }
        }
        if (leaf && field(element) != null) {
            found.add(element);
        }
        return found;
    }

    private static PersonalField field(Element element) {
        return PersonalField.of(element.getLocalName() == null ? element.getTagName() : element.getLocalName());
    }
}
