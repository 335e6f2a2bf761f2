package org.wbcigateway.gateway.security;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Set;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.config.GatewayProperties;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireException.Kind;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;

/**
 * Who signed an inbound message, and whether that may speak for its Absender: the signature must verify against a
 * registered partner certificate, the Absender must be a partner that certificate is registered for, and RSA-SHA1
 * only where that partner allows it. Every failure is TEQ 0990.
 */
public class PartnerAuthenticator {

    /** The partners a verified signature may speak for. */
    public record Signer(X509Certificate certificate, Set<CarrierCode> partners, SignatureAlgorithm algorithm) {
    }

    private final PartnerCertificates certificates;
    private final GatewayProperties properties;
    private final SignatureVerifier verifier;

    public PartnerAuthenticator(PartnerCertificates certificates, GatewayProperties properties, Clock systemClock) {
        this.certificates = certificates;
        this.properties = properties;
        this.verifier = new SignatureVerifier(certificates.all(), systemClock, properties.signing().minimumKeyLength());
    }

    public Signer authenticate(byte[] soap) {
        SignatureVerifier.Verified verified = verifier.verify(soap);
        return new Signer(verified.certificate(), certificates.owners(verified.certificate()), verified.algorithm());
    }

    /** The Absender of an authenticated message must be one of the partners its signer is registered for. */
    public void checkSender(Signer signer, CarrierCode absender) {
        if (!signer.partners().contains(absender)) {
            throw new WireException(Kind.SIGNATURE_INVALID, "Absender " + absender + " is not the partner that "
                    + "signed: the certificate " + signer.certificate().getSubjectX500Principal()
                    + " is registered for " + signer.partners());
        }
        boolean sha1Allowed = properties.partner(absender).map(GatewayProperties.Partner::allowRsaSha1).orElse(false);
        if (signer.algorithm() == SignatureAlgorithm.RSA_SHA1 && !sha1Allowed) {
            throw new WireException(Kind.SIGNATURE_INVALID, "RSA-SHA1 is not accepted from " + absender
                    + " (wbci.partners." + absender + ".allow-rsa-sha1 is false)");
        }
    }

    /** A TEQ answering our message must be signed with a certificate of the partner we sent it to. */
    public void checkTeq(byte[] soap, CarrierCode partner) {
        Signer signer = authenticate(soap);
        checkSender(signer, partner);
    }
}
