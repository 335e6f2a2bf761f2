package org.wbcigateway.gateway.platform.partners;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.ConfigResources;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.wire.security.Certificates;

/** The partners of {@code wbci.partners}, read into directory entries with their certificate files. */
final class ConfiguredPartners {

    private ConfiguredPartners() {}

    static List<Partner> read(GatewayProperties properties, ResourceLoader resources, Instant now) {
        List<Partner> partners = new ArrayList<>();
        properties.partners().forEach((code, p) -> {
            List<PartnerCertificate> certificates = new ArrayList<>();
            certificates(resources, code, "certificate", p.certificate())
                    .forEach(c -> certificates.add(
                            new PartnerCertificate(CertificateUse.SIGNING, c, ManagedBy.CONFIGURATION, now)));
            certificates(resources, code, "tls-client-certificate", p.tlsClientCertificate())
                    .forEach(c -> certificates.add(
                            new PartnerCertificate(CertificateUse.TLS_CLIENT, c, ManagedBy.CONFIGURATION, now)));
            partners.add(new Partner(
                    CarrierCode.of(code),
                    blankToEmpty(p.endpoint()),
                    blankToEmpty(p.tlsBundle()),
                    Optional.ofNullable(p.forbidRsaSha1()),
                    Optional.ofNullable(p.bundesland()),
                    ManagedBy.CONFIGURATION,
                    certificates));
        });
        return partners;
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static List<X509Certificate> certificates(
            ResourceLoader resources, String partner, String setting, String location) {
        if (location == null || location.isBlank()) {
            return List.of();
        }
        try (InputStream in = ConfigResources.open(resources, location)) {
            return Certificates.read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot read wbci.partners[" + partner + "]." + setting + " (" + location + "): " + e.getMessage(),
                    e);
        }
    }
}
