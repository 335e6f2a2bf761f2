package org.wbcigateway.gateway.platform.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.partners.Fingerprints;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SigningKey;

/**
 * The tenants' own signing keys (issue 15), in the provider's schema so every node has them: generated here or
 * uploaded, each stored as a PKCS#12 store under {@code wbci.tenancy.key-password}. The latest key of a tenant signs
 * its messages and TEQs from the moment it is stored on this node, and within
 * {@code wbci.partner-directory.refresh-interval} on the others; a tenant without one signs with the installation's.
 * As with the installation's key, partners register the new certificate before it is put in place.
 */
@Component
public class TenantSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(TenantSigningKeys.class);
    private static final String ALIAS = "signing";
    private static final int GENERATED_BITS = 3072;
    private static final Duration GENERATED_VALIDITY = Duration.ofDays(3 * 365);

    /** How a tenant's key came to be. */
    public enum KeySource {
        GENERATED,
        UPLOADED
    }

    private record Loaded(String fingerprint, MessageSigner signer) {}

    private final TenantKeyRepository repository;
    private final ProviderTransactions provider;
    private final GatewayProperties properties;
    private final Clock clock;
    private final AtomicReference<Map<String, Loaded>> loaded = new AtomicReference<>(Map.of());

    TenantSigningKeys(
            TenantKeyRepository repository,
            ProviderTransactions provider,
            GatewayProperties properties,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.repository = repository;
        this.provider = provider;
        this.properties = properties;
        this.clock = clock;
        reload();
    }

    /** The signer of the tenant's own key, if it has one. */
    public Optional<MessageSigner> signer(String tenantId) {
        return Optional.ofNullable(loaded.get().get(tenantId)).map(Loaded::signer);
    }

    /** A signing key to give a tenant: one made here, or one uploaded. */
    public sealed interface NewKey permits Generate, Upload {}

    /** A new RSA key with a self-signed certificate (its CA-issued certificate can replace it later). */
    public record Generate() implements NewKey {}

    /** The key entry of an uploaded keystore (PKCS12 or JKS); {@code alias} only where it holds several keys. */
    public record Upload(byte[] keystore, String type, char[] password, String alias) implements NewKey {}

    /** A key made or read and checked, not yet any tenant's. */
    public record ReadyKey(SigningKey key, KeySource source) {}

    /**
     * Makes or reads the key for the tenant of this id and code and checks it as a key we would sign with, before
     * anything is stored: a key that is refused leaves nothing behind.
     */
    public ReadyKey ready(String tenantId, CarrierCode code, NewKey newKey) {
        requirePassword();
        if (newKey instanceof Upload upload) {
            SigningKey key = SigningKey.load(
                    new ByteArrayInputStream(upload.keystore()),
                    upload.type() == null ? "PKCS12" : upload.type(),
                    upload.password() == null ? new char[0] : upload.password(),
                    upload.alias());
            check(key);
            return new ReadyKey(key, KeySource.UPLOADED);
        }
        SigningKey key = Certificates.selfSigned(
                "CN=" + code.value() + ", OU=" + tenantId + ", O=wbci-gateway",
                clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant().plus(GENERATED_VALIDITY),
                GENERATED_BITS);
        return new ReadyKey(key, KeySource.GENERATED);
    }

    /** The tenant signs with this key from now on. */
    public SigningKey install(Tenant tenant, ReadyKey ready, String by) {
        store(tenant, ready.key(), ready.source(), by);
        return ready.key();
    }

    private void check(SigningKey key) {
        if (!(key.certificate().getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("the key is not an RSA key: WBCI signatures are RSA-SHA256 or RSA-SHA1");
        }
        int minimum = properties.signing().minimumKeyLength();
        if (rsa.getModulus().bitLength() < minimum) {
            throw new IllegalArgumentException("the RSA key has "
                    + rsa.getModulus().bitLength() + " bits, fewer than wbci.signing.minimum-key-length " + minimum);
        }
        try {
            key.certificate().checkValidity(java.util.Date.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the certificate is not valid now: " + e.getMessage());
        }
    }

    private void store(Tenant tenant, SigningKey key, KeySource source, String by) {
        char[] password = properties.tenancy().keyPassword().toCharArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Certificates.keyStore(key, ALIAS, password).store(out, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the tenant's keystore", e);
        }
        String fingerprint = Fingerprints.sha256(key.certificate());
        provider.run(() -> repository.insert(
                tenant.id(), fingerprint, out.toByteArray(), source, key, by, OffsetDateTime.now(clock)));
        reload();
        log.warn(
                "tenant {} signs with its own key from now on: serial {} ({}), valid until {}",
                tenant.id(),
                key.serial(),
                key.certificate().getSubjectX500Principal(),
                key.certificate().getNotAfter().toInstant());
    }

    /** Fails unless tenants can be given keys of their own here ({@code wbci.tenancy.key-password} is set). */
    public void requirePassword() {
        if (!properties.tenancy().keysEnabled()) {
            throw new NotConfiguredException();
        }
    }

    /** {@code wbci.tenancy.key-password} is not set. */
    public static class NotConfiguredException extends RuntimeException {
        NotConfiguredException() {
            super("a tenant's own signing key needs the setting wbci.tenancy.key-password, which protects it in the "
                    + "database");
        }
    }

    /** Reads the latest key of every tenant again; a key read before (same fingerprint) is not loaded again. */
    @Scheduled(
            fixedDelayString = "${wbci.partner-directory.refresh-interval:5s}",
            initialDelayString = "${wbci.partner-directory.refresh-interval:5s}")
    synchronized void reload() {
        Map<String, TenantKeyRepository.Stored> latest = provider.execute(status -> repository.latest());
        Map<String, Loaded> before = loaded.get();
        Map<String, Loaded> next = new HashMap<>();
        latest.forEach((tenant, stored) -> {
            Loaded known = before.get(tenant);
            if (known != null && known.fingerprint().equals(stored.fingerprint())) {
                next.put(tenant, known);
                return;
            }
            if (!properties.tenancy().keysEnabled()) {
                log.error("tenant {} has a signing key of its own, but wbci.tenancy.key-password is not set", tenant);
                return;
            }
            try {
                char[] password = properties.tenancy().keyPassword().toCharArray();
                SigningKey key =
                        SigningKey.load(new ByteArrayInputStream(stored.keystore()), "PKCS12", password, ALIAS);
                next.put(
                        tenant,
                        new Loaded(
                                stored.fingerprint(),
                                new MessageSigner(key, properties.signing().algorithm())));
            } catch (RuntimeException e) {
                log.error(
                        "tenant {}'s signing key cannot be read ({}); it signs with the installation's",
                        tenant,
                        e.getMessage());
            }
        });
        loaded.set(Map.copyOf(next));
    }
}
