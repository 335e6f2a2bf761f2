package org.wbcigateway.wire.security;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.AlgorithmSuite;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wbcigateway.wire.HardenedXml;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireException.Kind;
import org.xml.sax.SAXException;

/**
 * Checks the WS-Security signature of an inbound SOAP message with WSS4J: exactly one signature, made with a
 * certificate from the trusted set (pinned: equal to a registered certificate, not merely issued by a known CA) that
 * is valid now, covering the SOAP Body of this very envelope (not a copy elsewhere), with RSA-SHA256 or RSA-SHA1 and
 * exclusive C14N. Which partner the certificate belongs to, and whether that partner may use SHA-1, the caller
 * decides from the result.
 */
public final class SignatureVerifier {

    /** A signature that verified: who signed, and the weakest algorithm used in it. */
    public record Verified(X509Certificate certificate, SignatureAlgorithm algorithm) {}

    static {
        WsSecurity.init();
    }

    private final Set<X509Certificate> trusted;
    private final Clock clock;
    private final Merlin crypto;
    private final AlgorithmSuite algorithms;
    private final WSSConfig config;

    public SignatureVerifier(Collection<X509Certificate> trusted, Clock clock, int minimumKeyLength) {
        this.trusted = Set.copyOf(trusted);
        this.clock = clock;
        this.crypto = new Merlin();
        this.crypto.setTrustStore(Certificates.trustStore(this.trusted));
        this.algorithms = new AlgorithmSuite();
        for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
            algorithms.addSignatureMethod(a.signatureUri());
            algorithms.addDigestAlgorithm(a.digestUri());
        }
        algorithms.addC14nAlgorithm(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        algorithms.addTransformAlgorithm(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        algorithms.setMinimumAsymmetricKeyLength(minimumKeyLength);
        this.config = WSSConfig.getNewInstance();
        this.config.setValidator(WSConstants.SIGNATURE, new PinnedCertificate());
    }

    public Verified verify(byte[] soap) {
        try {
            return verify(HardenedXml.parse(soap));
        } catch (SAXException e) {
            throw new WireException(Kind.NOT_WELL_FORMED, String.valueOf(e.getMessage()), e);
        }
    }

    public Verified verify(Document document) {
        Element body = soapBody(document);
        WSHandlerResult result;
        try {
            RequestData data = new RequestData();
            data.setWssConfig(config);
            data.setSigVerCrypto(crypto);
            data.setAlgorithmSuite(algorithms);
            WSSecurityEngine engine = new WSSecurityEngine();
            engine.setWssConfig(config);
            result = engine.processSecurityHeader(document, data);
        } catch (WSSecurityException e) {
            throw invalid(describe(e));
        } catch (RuntimeException e) {
            // WSS4J throws its own runtime exceptions on some malformed headers (e.g. a token that is not base64)
            throw invalid("the wsse:Security header cannot be processed: " + e);
        }
        List<WSSecurityEngineResult> signatures =
                result == null ? null : result.getActionResults().get(WSConstants.SIGN);
        if (signatures == null || signatures.isEmpty()) {
            throw invalid("the message is not signed (no wsse:Security signature)");
        }
        if (signatures.size() > 1) {
            throw invalid("the message carries " + signatures.size() + " signatures; WBCI signs once");
        }
        WSSecurityEngineResult signature = signatures.get(0);
        @SuppressWarnings("unchecked")
        List<WSDataRef> references = (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        if (body == null || references == null || references.stream().noneMatch(r -> r.getProtectedElement() == body)) {
            throw invalid("the signature does not cover the SOAP Body");
        }
        X509Certificate certificate = (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
        return new Verified(certificate, weakest(signature, references));
    }

    private static SignatureAlgorithm weakest(WSSecurityEngineResult signature, List<WSDataRef> references) {
        String method = (String) signature.get(WSSecurityEngineResult.TAG_SIGNATURE_METHOD);
        SignatureAlgorithm weakest = SignatureAlgorithm.bySignatureUri(method)
                .orElseThrow(() -> invalid("signature method " + method + " is not accepted"));
        for (WSDataRef reference : references) {
            SignatureAlgorithm digest = SignatureAlgorithm.byDigestUri(reference.getDigestAlgorithm())
                    .orElseThrow(() -> invalid("digest " + reference.getDigestAlgorithm() + " is not accepted"));
            if (digest == SignatureAlgorithm.RSA_SHA1) {
                weakest = SignatureAlgorithm.RSA_SHA1;
            }
        }
        return weakest;
    }

    /** {@code Envelope/Body} by position, whatever Ids the message carries. */
    private static Element soapBody(Document document) {
        Element envelope = document.getDocumentElement();
        for (Node n = envelope.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && WSConstants.ELEM_BODY.equals(e.getLocalName())
                    && envelope.getNamespaceURI() != null
                    && envelope.getNamespaceURI().equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static String describe(WSSecurityException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CertificateException) {
            return cause.getMessage();
        }
        String message = e.getMessage();
        return message == null ? e.getErrorCode().name() : message;
    }

    private static WireException invalid(String detail) {
        return new WireException(Kind.SIGNATURE_INVALID, detail);
    }

    /** Trust is a registered certificate, valid at this moment; no chain building, no CA. */
    private final class PinnedCertificate implements Validator {
        @Override
        public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
            X509Certificate[] chain = credential == null ? null : credential.getCertificates();
            if (chain == null || chain.length == 0) {
                throw failed("the signature names no X.509 certificate");
            }
            X509Certificate certificate = chain[0];
            if (!trusted.contains(certificate)) {
                throw failed("certificate " + certificate.getSubjectX500Principal() + " (serial "
                        + certificate.getSerialNumber().toString(16) + ") is not registered for any partner");
            }
            try {
                certificate.checkValidity(java.util.Date.from(clock.instant()));
            } catch (CertificateException e) {
                throw failed("certificate " + certificate.getSubjectX500Principal() + " is not valid now: "
                        + e.getMessage());
            }
            return credential;
        }

        private WSSecurityException failed(String reason) {
            return new WSSecurityException(
                    WSSecurityException.ErrorCode.FAILED_AUTHENTICATION, new CertificateException(reason));
        }
    }
}
