package org.wbcigateway.gateway.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.ResourceLoader;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.wire.security.Certificates;

/**
 * The certificates registered per partner: those its messages are signed with, and those its TLS client presents on
 * the partner port (its own {@code tls-client-certificate}, else its signing certificates). One certificate may
 * sign for several carrier codes (a service operator running WBCI for several providers); a partner may have several
 * during a key change.
 */
public final class PartnerCertificates {

    private final Map<CarrierCode, List<X509Certificate>> byPartner;
    private final Map<CarrierCode, List<X509Certificate>> pinnedTlsClients;
    private final Map<CarrierCode, List<X509Certificate>> tlsClients;

    PartnerCertificates(
            Map<CarrierCode, List<X509Certificate>> byPartner,
            Map<CarrierCode, List<X509Certificate>> pinnedTlsClients) {
        this.byPartner = Map.copyOf(byPartner);
        this.pinnedTlsClients = Map.copyOf(pinnedTlsClients);
        Map<CarrierCode, List<X509Certificate>> effective = new LinkedHashMap<>(byPartner);
        effective.putAll(pinnedTlsClients);
        this.tlsClients = Map.copyOf(effective);
    }

    static PartnerCertificates load(GatewayProperties properties, ResourceLoader resources) {
        Map<CarrierCode, List<X509Certificate>> byPartner = new LinkedHashMap<>();
        Map<CarrierCode, List<X509Certificate>> pinnedTlsClients = new LinkedHashMap<>();
        properties.partners().forEach((code, partner) -> {
            CarrierCode carrier = CarrierCode.of(code);
            read(resources, code, "certificate", partner.certificate()).ifPresent(c -> byPartner.put(carrier, c));
            read(resources, code, "tls-client-certificate", partner.tlsClientCertificate())
                    .ifPresent(c -> pinnedTlsClients.put(carrier, c));
        });
        return new PartnerCertificates(byPartner, pinnedTlsClients);
    }

    private static Optional<List<X509Certificate>> read(
            ResourceLoader resources, String partner, String setting, String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try (InputStream in = Resources.open(resources, location)) {
            return Optional.of(Certificates.read(in));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot read wbci.partners.[" + partner + "]." + setting + " (" + location + "): " + e.getMessage(),
                    e);
        }
    }

    public List<X509Certificate> of(CarrierCode partner) {
        return byPartner.getOrDefault(partner, List.of());
    }

    /** The partners this signing certificate is registered for (sorted), empty if none. */
    public Set<CarrierCode> owners(X509Certificate certificate) {
        return owners(byPartner, certificate);
    }

    /** The partners whose TLS client presents this certificate (sorted), empty if none. */
    public Set<CarrierCode> tlsClientOwners(X509Certificate certificate) {
        return owners(tlsClients, certificate);
    }

    private static Set<CarrierCode> owners(
            Map<CarrierCode, List<X509Certificate>> registered, X509Certificate certificate) {
        Set<CarrierCode> owners = new TreeSet<>(java.util.Comparator.comparing(CarrierCode::value));
        registered.forEach((code, certificates) -> {
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

    /** The TLS client certificates set per partner ({@code tls-client-certificate}), without the signing ones. */
    public Map<CarrierCode, List<X509Certificate>> pinnedTlsClients() {
        return pinnedTlsClients;
    }
}
