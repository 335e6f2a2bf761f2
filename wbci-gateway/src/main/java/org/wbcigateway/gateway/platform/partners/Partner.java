package org.wbcigateway.gateway.platform.partners;

import java.util.List;
import java.util.Optional;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.ManagedBy;

/**
 * A partner carrier as the directory holds it.
 *
 * @param code          its carrier code
 * @param endpoint      where its WBCI endpoint listens; empty = we cannot send to it (its messages are still taken)
 * @param tlsBundle     Spring Boot SSL bundle for calling it over https; empty = the JVM's default trust
 * @param forbidRsaSha1 refuse (true) or accept (false) RSA-SHA1 from it; empty = {@code wbci.security.forbid-rsa-sha1}
 * @param bundesland    its Bundesland (deadlines it owes, dates we send it); empty = ours
 * @param managedBy     configuration (rewritten at every start) or the directory (API, console)
 * @param certificates  its signing and TLS client certificates
 */
public record Partner(
        CarrierCode code,
        Optional<String> endpoint,
        Optional<String> tlsBundle,
        Optional<Boolean> forbidRsaSha1,
        Optional<Bundesland> bundesland,
        ManagedBy managedBy,
        List<PartnerCertificate> certificates) {

    public Partner {
        certificates = List.copyOf(certificates);
    }

    public List<PartnerCertificate> certificates(CertificateUse use) {
        return certificates.stream().filter(c -> c.use() == use).toList();
    }

    /** The same partner with other certificates. */
    public Partner withCertificates(List<PartnerCertificate> other) {
        return new Partner(code, endpoint, tlsBundle, forbidRsaSha1, bundesland, managedBy, other);
    }
}
