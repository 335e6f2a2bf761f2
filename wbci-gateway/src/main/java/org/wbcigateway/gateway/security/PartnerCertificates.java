package org.wbcigateway.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.ResourceLoader;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.config.GatewayProperties;
import org.wbcigateway.wire.security.Certificates;

/**
 * The certificates registered per partner. One certificate may sign for several carrier codes (a service operator
 * running WBCI for several providers); a partner may have several during a key change.
 */
public final class PartnerCertificates {

    private final Map<CarrierCode, List<X509Certificate>> byPartner;

    PartnerCertificates(Map<CarrierCode, List<X509Certificate>> byPartner) {
        this.byPartner = Map.copyOf(byPartner);
    }

    static PartnerCertificates load(GatewayProperties properties, ResourceLoader resources) {
        Map<CarrierCode, List<X509Certificate>> byPartner = new LinkedHashMap<>();
        properties.partners().forEach((code, partner) -> {
            if (partner.certificate() == null || partner.certificate().isBlank()) {
                return;
            }
            try (InputStream in = Resources.open(resources, partner.certificate())) {
                byPartner.put(CarrierCode.of(code), Certificates.read(in));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot read the certificate of partner " + code + " ("
                        + partner.certificate() + "): " + e.getMessage(), e);
            }
        });
        return new PartnerCertificates(byPartner);
    }

    public List<X509Certificate> of(CarrierCode partner) {
        return byPartner.getOrDefault(partner, List.of());
    }

    /** The partners this certificate is registered for (sorted), empty if none. */
    public Set<CarrierCode> owners(X509Certificate certificate) {
        Set<CarrierCode> owners = new TreeSet<>(java.util.Comparator.comparing(CarrierCode::value));
        byPartner.forEach((code, certificates) -> {
            if (certificates.contains(certificate)) {
                owners.add(code);
            }
        });
        return owners;
    }

    public Collection<X509Certificate> all() {
        List<X509Certificate> all = new ArrayList<>();
        byPartner.values().forEach(all::addAll);
        return all;
    }

    public Map<CarrierCode, List<X509Certificate>> byPartner() {
        return byPartner;
    }
}
