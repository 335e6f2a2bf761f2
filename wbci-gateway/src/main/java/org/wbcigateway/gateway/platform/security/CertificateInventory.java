package org.wbcigateway.gateway.platform.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.partners.CertificateUse;
import org.wbcigateway.gateway.platform.partners.Partner;
import org.wbcigateway.gateway.platform.partners.PartnerCertificate;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.partners.Partners;

/**
 * Every certificate the gateway depends on — our signing key, the partners' signing and pinned TLS client
 * certificates, the TLS keys and trust anchors of the configured bundles — with its expiry. Those expiring within
 * the warning period are reported at start, in the API ({@code GET /api/certificates}) and as the metric
 * {@code wbci.certificate.expiry.days}.
 */
@Component
public class CertificateInventory {

    private static final Logger log = LoggerFactory.getLogger(CertificateInventory.class);

    /** What a certificate is used for. */
    public enum Purpose {
        SIGNING_OWN,
        SIGNING_PARTNER,
        TLS_OWN,
        TLS_TRUSTED,
        TLS_CLIENT_PARTNER
    }

    /** One certificate and where it is used. */
    public record Entry(Purpose purpose, String owner, X509Certificate certificate) {

        public String serial() {
            return certificate.getSerialNumber().toString(16);
        }

        public Instant notAfter() {
            return certificate.getNotAfter().toInstant();
        }
    }

    private final List<Entry> fixed;
    private final OwnSigningKey signingKey;
    private final String carrierCode;
    private final PartnerDirectory directory;
    private final SslBundles bundles;
    private final List<String> bundlesSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MeterRegistry meters;
    private final java.util.Map<Entry, Gauge> gauges = new java.util.concurrent.ConcurrentHashMap<>();
    private final Duration warning;
    private final Clock clock;

    public CertificateInventory(
            OwnSigningKey signingKey,
            PartnerDirectory directory,
            GatewayProperties properties,
            SslBundles bundles,
            MeterRegistry meters,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.warning = properties.security().certificateWarning();
        this.clock = clock;
        this.directory = directory;
        this.signingKey = signingKey;
        this.carrierCode = properties.carrierCode();
        this.bundles = bundles;
        this.meters = meters;
        List<Entry> own = new ArrayList<>();
        if (properties.tls().enabled()) {
            addBundle(own, properties.tls().bundle(), bundles);
            bundlesSeen.add(properties.tls().bundle());
        }
        this.fixed = List.copyOf(own);
        directory.onChange(partners -> registerGauges());
    }

    /** The partners' certificates and their TLS bundles, as the directory has them now. */
    private List<Entry> partnerEntries(Partners partners) {
        List<Entry> all = new ArrayList<>();
        for (Partner p : partners.all()) {
            for (PartnerCertificate c : p.certificates()) {
                all.add(new Entry(
                        c.use() == CertificateUse.SIGNING ? Purpose.SIGNING_PARTNER : Purpose.TLS_CLIENT_PARTNER,
                        p.code().value(),
                        c.certificate()));
            }
            p.tlsBundle().filter(b -> !bundlesSeen.contains(b)).ifPresent(b -> {
                List<Entry> bundle = new ArrayList<>();
                addBundle(bundle, b, bundles);
                all.addAll(bundle);
            });
        }
        return all;
    }

    /** One gauge per certificate in use; those of certificates no longer registered are removed. */
    private synchronized void registerGauges() {
        List<Entry> now = entries();
        gauges.keySet().stream().filter(e -> !now.contains(e)).toList().forEach(e -> meters.remove(gauges.remove(e)));
        now.forEach(e -> gauges.computeIfAbsent(
                e,
                x -> Gauge.builder("wbci.certificate.expiry.days", () -> daysLeft(x))
                        .description("Days until the certificate expires (negative: expired)")
                        .tag("purpose", x.purpose().name())
                        .tag("owner", x.owner())
                        .tag("serial", x.serial())
                        .register(meters)));
    }

    private static void addBundle(List<Entry> all, String name, SslBundles bundles) {
        var stores = bundles.getBundle(name).getStores();
        addStore(all, Purpose.TLS_OWN, name, stores.getKeyStore(), true);
        addStore(all, Purpose.TLS_TRUSTED, name, stores.getTrustStore(), false);
    }

    private static void addStore(List<Entry> all, Purpose purpose, String bundle, KeyStore store, boolean keys) {
        if (store == null) {
            return;
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x && store.isKeyEntry(alias) == keys) {
                    all.add(new Entry(purpose, bundle + "/" + alias, x));
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException("cannot list the certificates of SSL bundle " + bundle, e);
        }
    }

    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        // our key as it signs now (it may change without a restart)
        all.add(new Entry(Purpose.SIGNING_OWN, carrierCode, signingKey.key().certificate()));
        all.addAll(fixed);
        partnerEntries(directory.current()).stream()
                .filter(e -> !all.contains(e))
                .forEach(all::add);
        return all;
    }

    public long daysLeft(Entry entry) {
        return Duration.between(clock.instant(), entry.notAfter()).toDays();
    }

    public boolean expiresSoon(Entry entry) {
        return entry.notAfter().isBefore(clock.instant().plus(warning));
    }

    public boolean expired(Entry entry) {
        return entry.notAfter().isBefore(clock.instant());
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        entries().stream()
                .filter(this::expiresSoon)
                .forEach(e -> log.warn(
                        "certificate {} ({} of {}, serial {}) {} on {}: renew it / ask the partner for its new one",
                        e.certificate().getSubjectX500Principal(),
                        e.purpose(),
                        e.owner(),
                        e.serial(),
                        expired(e) ? "EXPIRED" : "expires",
                        e.notAfter()));
    }
}
