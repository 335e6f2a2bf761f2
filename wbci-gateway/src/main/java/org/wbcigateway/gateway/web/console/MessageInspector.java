package org.wbcigateway.gateway.web.console;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.wire.HardenedXml;
import org.wbcigateway.wire.security.SignatureAlgorithm;

/**
 * Reads a stored message for the detail page: the SOAP envelope indented, and the signature of its
 * {@code wsse:Security} header (algorithm, signer certificate). Parsed with the hardened parser only.
 */
final class MessageInspector {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    /**
     * How the signature was judged: an inbound message is stored only after its signature was verified against
     * the partner's certificate (else it is refused with TEQ 0990 and never stored); outbound ones we signed.
     */
    enum Verdict {
        VERIFIED_ON_RECEIPT,
        SIGNED_BY_US,
        UNSIGNED
    }

    record Signature(
            Verdict verdict, String algorithm, String subject, String issuer, String serial, Instant notAfter) {}

    /**
     * @param prettyBody the SOAP Body's content (the WBCI message itself), what an agent reads first
     * @param prettyXml  the whole envelope with the WS-Security header
     */
    record Inspected(String prettyBody, String prettyXml, Signature signature) {}

    private MessageInspector() {}

    /** Stored messages passed the wire checks (size, depth, no DTD) on receipt, or were built by us. */
    static Inspected inspect(byte[] raw, MessageRecord.Direction direction) {
        Document doc;
        try {
            doc = HardenedXml.parse(raw);
        } catch (Exception e) {
            String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            return new Inspected(text, text, new Signature(Verdict.UNSIGNED, null, null, null, null, null));
        }
        Element body = first(doc, doc.getDocumentElement().getNamespaceURI(), "Body");
        Element message = body == null ? null : firstElement(body);
        return new Inspected(
                message == null ? PrettyXml.format(doc.getDocumentElement()) : PrettyXml.format(message),
                PrettyXml.format(doc.getDocumentElement()),
                signature(doc, direction));
    }

    private static Element firstElement(Element parent) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Signature signature(Document doc, MessageRecord.Direction direction) {
        Element method = first(doc, DS, "SignatureMethod");
        Element token = first(doc, WSSE, "BinarySecurityToken");
        if (method == null) {
            return new Signature(Verdict.UNSIGNED, null, null, null, null, null);
        }
        String uri = method.getAttribute("Algorithm");
        String algorithm =
                SignatureAlgorithm.bySignatureUri(uri).map(Enum::name).orElse(uri);
        Verdict verdict = direction == MessageRecord.Direction.IN ? Verdict.VERIFIED_ON_RECEIPT : Verdict.SIGNED_BY_US;
        X509Certificate cert = token == null ? null : certificate(token.getTextContent());
        if (cert == null) {
            return new Signature(verdict, algorithm, null, null, null, null);
        }
        return new Signature(
                verdict,
                algorithm,
                cert.getSubjectX500Principal().toString(),
                cert.getIssuerX500Principal().toString(),
                cert.getSerialNumber().toString(16),
                cert.getNotAfter().toInstant());
    }

    private static X509Certificate certificate(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Element first(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
