package org.wbcigateway.wire.security;

import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.w3c.dom.Document;
import org.wbcigateway.wire.HardenedXml;
import org.xml.sax.SAXException;

/**
 * Signs an outgoing SOAP message as WBCI expects (spec §5, STACK.md): {@code wsse:Security} with mustUnderstand,
 * the certificate as a BinarySecurityToken (direct reference), one XML signature over the SOAP Body with exclusive
 * C14N. Thread-safe: each call builds its own WSS4J objects around the shared, read-only key.
 */
public final class MessageSigner {

    static final String ALIAS = "wbci-signing";
    private static final char[] PASSWORD = "in-memory".toCharArray();

    static {
        WsSecurity.init();
    }

    private final SigningKey key;
    private final SignatureAlgorithm algorithm;
    private final Merlin crypto;

    public MessageSigner(SigningKey key, SignatureAlgorithm algorithm) {
        this.key = key;
        this.algorithm = algorithm;
        this.crypto = new Merlin();
        this.crypto.setKeyStore(key.asKeyStore(PASSWORD));
    }

    public SigningKey key() {
        return key;
    }

    /** The same message with a {@code wsse:Security} header holding the signature; the Body keeps its content. */
    public byte[] sign(byte[] soap) {
        try {
            return HardenedXml.serialize(sign(HardenedXml.parse(soap)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot sign a message that is not well-formed XML", e);
        }
    }

    /** Signs a SOAP message built as a DOM (e.g. {@code WbciCodec.messageSoap}) and writes it: one serialisation. */
    public byte[] signAndWrite(Document soap) {
        return HardenedXml.serialize(sign(soap));
    }

    /**
     * Signs a message that may already carry a signature (for example a received one replayed by a test partner):
     * every {@code wsse:Security} header is removed first.
     */
    public byte[] resign(byte[] soap) {
        try {
            Document document = HardenedXml.parse(soap);
            org.w3c.dom.NodeList headers = document.getElementsByTagNameNS(WSConstants.WSSE_NS, WSConstants.WSSE_LN);
            for (int i = headers.getLength() - 1; i >= 0; i--) {
                headers.item(i).getParentNode().removeChild(headers.item(i));
            }
            return HardenedXml.serialize(sign(document));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot sign a message that is not well-formed XML", e);
        }
    }

    public Document sign(Document document) {
        try {
            WSSecHeader header = new WSSecHeader(document);
            header.insertSecurityHeader();
            WSSecSignature signature = new WSSecSignature(header);
            signature.setUserInfo(ALIAS, new String(PASSWORD));
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(algorithm.signatureUri());
            signature.setDigestAlgo(algorithm.digestUri());
            signature.setSigCanonicalization(WSConstants.C14N_EXCL_OMIT_COMMENTS);
            signature
                    .getParts()
                    .add(new WSEncryptionPart(
                            WSConstants.ELEM_BODY, document.getDocumentElement().getNamespaceURI(), "Element"));
            return signature.build(crypto);
        } catch (WSSecurityException e) {
            throw new IllegalStateException("cannot sign the message: " + e.getMessage(), e);
        }
    }
}
