package org.wbcigateway.gateway.platform.security;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.partners.CertificateUse;
import org.wbcigateway.gateway.platform.partners.Partner;
import org.wbcigateway.gateway.platform.partners.PartnerCertificate;
import org.wbcigateway.gateway.platform.partners.Partners;

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

    /**
     * The certificates registered in the directory. Whether one is valid is checked when a signature is verified
     * (so a rollover's old certificate stops counting the moment it expires, without a change here).
     */
    static PartnerCertificates of(Partners partners) {
        Map<CarrierCode, List<X509Certificate>> byPartner = new LinkedHashMap<>();
        Map<CarrierCode, List<X509Certificate>> pinnedTlsClients = new LinkedHashMap<>();
        for (Partner p : partners.all()) {
            registered(p, CertificateUse.SIGNING).ifPresent(c -> byPartner.put(p.code(), c));
            registered(p, CertificateUse.TLS_CLIENT).ifPresent(c -> pinnedTlsClients.put(p.code(), c));
        }
        return new PartnerCertificates(byPartner, pinnedTlsClients);
    }

    private static Optional<List<X509Certificate>> registered(Partner p, CertificateUse use) {
        List<X509Certificate> registered = p.certificates(use).stream()
                .map(PartnerCertificate::certificate)
                .toList();
        return registered.isEmpty() ? Optional.empty() : Optional.of(registered);
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
