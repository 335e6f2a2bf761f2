package org.wbcigateway.gateway.web.console;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Writes a parsed document indented, two spaces a level; whitespace-only text between elements is dropped. */
final class PrettyXml {

    private PrettyXml() {}

    static String format(Element root) {
        StringBuilder out = new StringBuilder();
        element(root, 0, out);
        return out.toString();
    }

    private static void element(Element e, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            out.append(' ')
                    .append(a.getName())
                    .append("=\"")
                    .append(escape(a.getValue(), true))
                    .append('"');
        }
        NodeList children = e.getChildNodes();
        String text = onlyText(children);
        if (children.getLength() == 0 || (text != null && text.isEmpty())) {
            out.append("/>\n");
        } else if (text != null) {
            out.append('>')
                    .append(escape(text, false))
                    .append("</")
                    .append(e.getTagName())
                    .append(">\n");
        } else {
            out.append(">\n");
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element c) {
                    element(c, depth + 1, out);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    String t = child.getNodeValue().strip();
                    if (!t.isEmpty()) {
                        out.append(indent).append("  ").append(escape(t, false)).append('\n');
                    }
                }
            }
            out.append(indent).append("</").append(e.getTagName()).append(">\n");
        }
    }

    /** The text if the element holds nothing but text (as sent, whitespace kept), else {@code null}. */
    private static String onlyText(NodeList children) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < children.getLength(); i++) {
            Node c = children.item(i);
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return null;
            }
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        return text.toString().isBlank() ? "" : text.toString();
    }

    private static String escape(String s, boolean attribute) {
        String out = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return attribute ? out.replace("\"", "&quot;") : out;
    }
}
