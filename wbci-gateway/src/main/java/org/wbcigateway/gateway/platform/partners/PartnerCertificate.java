package org.wbcigateway.gateway.platform.partners;

import java.security.cert.X509Certificate;
import java.time.Instant;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.wire.security.Certificates;

/** One certificate registered for a partner; several of one use are valid at once during a rollover. */
public record PartnerCertificate(CertificateUse use, X509Certificate certificate, ManagedBy source, Instant addedAt) {

    /** SHA-256 of the DER encoding, lower-case hex: how the API names a certificate. */
    public String fingerprint() {
        return Fingerprints.sha256(certificate);
    }

    public String pem() {
        return Certificates.pem(certificate);
    }

    /** Whether the certificate is within its validity at this instant. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(certificate.getNotBefore().toInstant())
                && !instant.isAfter(certificate.getNotAfter().toInstant());
    }
}
