package org.wbcigateway.gateway.platform.partners;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.partners.PartnerDirectoryException.Reason;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;

/**
 * The partner directory: who our partners are, as of the last revision this node read. Changes (API, console) are
 * written in one transaction that increments the directory's revision and take effect on this node at once; other
 * nodes see the new revision within {@code wbci.partner-directory.refresh-interval}. Before the gateway takes any
 * request, the configured partners are written in and this node reads the whole directory (ADR 0012).
 */
@Component
public class PartnerDirectory implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PartnerDirectory.class);

    private final PartnerRepository repository;
    private final ProviderTransactions transactions;
    private final GatewayProperties properties;
    private final ResourceLoader resources;
    private final Clock clock;
    private final AtomicReference<Partners> current = new AtomicReference<>(Partners.EMPTY);
    private final List<Consumer<Partners>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Partner> configured = List.of();

    PartnerDirectory(
            PartnerRepository repository,
            ProviderTransactions transactions,
            GatewayProperties properties,
            ResourceLoader resources,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
        this.resources = resources;
        this.clock = clock;
    }

    /** The directory as this node knows it now. */
    public Partners current() {
        return current.get();
    }

    public Optional<Partner> find(CarrierCode code) {
        return current().find(code);
    }

    /** The partner as this node knows it; NOT_FOUND if there is none. */
    public Partner get(CarrierCode code) {
        return find(code).orElseThrow(() -> new PartnerDirectoryException(Reason.NOT_FOUND, "no partner " + code));
    }

    /** Whether RSA-SHA1 signatures from this partner are refused: its own setting, else the global one. */
    public boolean rsaSha1Forbidden(CarrierCode code) {
        return find(code)
                .flatMap(Partner::forbidRsaSha1)
                .orElse(properties.security().forbidRsaSha1());
    }

    /** Called with the new state after every change this node reads (its own or another node's). */
    public void onChange(Consumer<Partners> listener) {
        listeners.add(listener);
        listener.accept(current());
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed();
        reload();
    }

    /** Writes the configured partners in: their fields and configured certificates replace what was there. */
    void seed() {
        Instant now = clock.instant();
        List<Partner> configured = ConfiguredPartners.read(properties, resources, now);
        this.configured = configured;
        transactions.run(() -> {
            repository.bump();
            Partners before = repository.load();
            before.all().stream()
                    .filter(p -> p.managedBy() == ManagedBy.CONFIGURATION)
                    .filter(p -> configured.stream().noneMatch(c -> c.code().equals(p.code())))
                    .forEach(p -> {
                        log.info("partner {} is no longer configured: kept, now managed in the directory", p.code());
                        repository.manage(p.code(), ManagedBy.DIRECTORY);
                    });
            for (Partner p : configured) {
                repository.upsert(p, now);
                repository.removeCertificates(p.code(), ManagedBy.CONFIGURATION);
                p.certificates().forEach(c -> repository.addCertificate(p.code(), c));
            }
        });
    }

    @Scheduled(
            fixedDelayString = "${wbci.partner-directory.refresh-interval:5s}",
            initialDelayString = "${wbci.partner-directory.refresh-interval:5s}")
    void refresh() {
        try {
            if (transactions.execute(status -> repository.revision())
                    != current().revision()) {
                reload();
            }
        } catch (DataAccessException e) {
            log.warn(
                    "partner directory not refreshed ({}); keeping revision {}",
                    e.getMessage(),
                    current().revision());
        }
    }

    private void reload() {
        Partners read = overlay(transactions.execute(status -> repository.load()));
        Partners before = current.getAndUpdate(now -> read.revision() >= now.revision() ? read : now);
        if (read.revision() > before.revision()) {
            log.debug(
                    "partner directory at revision {}: {} partners",
                    read.revision(),
                    read.byCode().size());
            listeners.forEach(l -> l.accept(read));
        }
    }

    /**
     * This node's configuration counts for the partners it configures, as it did before the directory existed:
     * their fields and configured certificates as this node read them at start, plus the certificates added in the
     * directory. Nodes normally share one configuration, and then this changes nothing; a node configured
     * differently (its own network path to a partner) keeps its own.
     */
    private Partners overlay(Partners stored) {
        if (configured.isEmpty()) {
            return stored;
        }
        java.util.Map<CarrierCode, Partner> merged = new java.util.HashMap<>(stored.byCode());
        for (Partner own : configured) {
            List<PartnerCertificate> certificates = new java.util.ArrayList<>(own.certificates());
            stored.find(own.code())
                    .ifPresent(p -> p.certificates().stream()
                            .filter(c -> c.source() == ManagedBy.DIRECTORY)
                            .forEach(certificates::add));
            merged.put(own.code(), own.withCertificates(certificates));
        }
        return new Partners(stored.revision(), merged);
    }

    /** Creates or replaces a partner's fields (its certificates stay); true if it is new. */
    public boolean save(Partner partner) {
        boolean created = write(() -> {
            Optional<Partner> existing = repository.load().find(partner.code());
            existing.ifPresent(this::requireDirectoryManaged);
            return repository.upsert(directoryManaged(partner), clock.instant());
        });
        return created;
    }

    /** Removes a partner with its certificates; the Vorabstimmungen with it stay. */
    public void delete(CarrierCode code) {
        write(() -> {
            requireDirectoryManaged(existing(code));
            return repository.delete(code);
        });
    }

    /** Registers a certificate for a partner; true if new (a certificate it has already is left as it is). */
    public boolean addCertificate(CarrierCode code, CertificateUse use, X509Certificate certificate) {
        return write(() -> {
            existing(code);
            return repository.addCertificate(
                    code, new PartnerCertificate(use, certificate, ManagedBy.DIRECTORY, clock.instant()));
        });
    }

    /** Withdraws a certificate (every use of it) from a partner: messages signed with it are refused from now on. */
    public void removeCertificate(CarrierCode code, String fingerprint) {
        write(() -> {
            Partner partner = existing(code);
            List<PartnerCertificate> matching = partner.certificates().stream()
                    .filter(c -> c.fingerprint().equalsIgnoreCase(fingerprint))
                    .toList();
            if (matching.isEmpty()) {
                throw new PartnerDirectoryException(
                        Reason.NOT_FOUND, "partner " + code + " has no certificate with SHA-256 " + fingerprint);
            }
            if (matching.stream().anyMatch(c -> c.source() == ManagedBy.CONFIGURATION)) {
                throw new PartnerDirectoryException(
                        Reason.MANAGED_BY_CONFIGURATION,
                        "this certificate of " + code + " is set in configuration (wbci.partners): remove it there");
            }
            return repository.removeCertificate(code, fingerprint.toLowerCase(java.util.Locale.ROOT)) > 0;
        });
    }

    private <T> T write(java.util.function.Supplier<T> change) {
        T result = transactions.execute(status -> {
            repository.bump();
            return change.get();
        });
        reload();
        return result;
    }

    private Partner existing(CarrierCode code) {
        return repository
                .load()
                .find(code)
                .orElseThrow(() -> new PartnerDirectoryException(Reason.NOT_FOUND, "no partner " + code));
    }

    private void requireDirectoryManaged(Partner p) {
        if (p.managedBy() == ManagedBy.CONFIGURATION) {
            throw new PartnerDirectoryException(
                    Reason.MANAGED_BY_CONFIGURATION,
                    "partner " + p.code() + " is set in configuration (wbci.partners), which rewrites it at every "
                            + "start: change it there, or remove it there to manage it here");
        }
    }

    private static Partner directoryManaged(Partner p) {
        return new Partner(
                p.code(),
                p.endpoint(),
                p.tlsBundle(),
                p.forbidRsaSha1(),
                p.bundesland(),
                ManagedBy.DIRECTORY,
                List.of());
    }
}
