package org.wbcigateway.gateway.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.wbcigateway.gateway.platform.config.ConfigResources;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SigningKey;

/**
 * The key we sign every message and TEQ with, changed without a restart: the configured keystore file is read again
 * every {@code wbci.signing.reload-interval}, and when its content changed (a new key put in place, e.g. a
 * Kubernetes Secret updated) the new key signs from then on. A file that cannot be read, or holds no usable key,
 * changes nothing and is logged. Partners register the new certificate before it is put in place (it is at
 * {@code /api/certificates/own} from then on): during a rollover both certificates are valid at once. A tenant with a
 * key of its own ({@link TenantSigningKeys}) signs with that instead.
 */
public class OwnSigningKey {

    private static final Logger log = LoggerFactory.getLogger(OwnSigningKey.class);

    private record Current(byte[] digest, MessageSigner signer) {}

    private final GatewayProperties properties;
    private final ResourceLoader resources;
    private final AtomicReference<Current> current;
    private final TenantSigningKeys tenantKeys;

    OwnSigningKey(GatewayProperties properties, ResourceLoader resources, Clock clock, TenantSigningKeys tenantKeys) {
        this.properties = properties;
        this.tenantKeys = tenantKeys;
        this.resources = resources;
        SigningKey key = SigningKeys.load(properties, resources, clock);
        this.current = new AtomicReference<>(
                new Current(properties.signing().configured() ? digest(read()) : new byte[0], signer(key)));
    }

    /**
     * The signer of the current key of the tenant in scope (its own, else the installation's): take it once per
     * message, so its signaturId and signature agree.
     */
    public MessageSigner signer() {
        return TenantScope.tenant()
                .flatMap(t -> tenantKeys.signer(t.id()))
                .orElseGet(() -> current.get().signer());
    }

    public SigningKey key() {
        return signer().key();
    }

    @Scheduled(
            fixedDelayString = "${wbci.signing.reload-interval:1m}",
            initialDelayString = "${wbci.signing.reload-interval:1m}")
    void reload() {
        if (!properties.signing().configured()) {
            return; // the development key is never rotated
        }
        byte[] content;
        try {
            content = read();
        } catch (IllegalStateException e) {
            log.error("signing keystore not read again ({}); still signing with serial {}", e.getMessage(), serial());
            return;
        }
        byte[] digest = digest(content);
        if (Arrays.equals(digest, current.get().digest())) {
            return;
        }
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            GatewayProperties.Signing signing = properties.signing();
            SigningKey key =
                    SigningKey.load(in, signing.type(), signing.password().toCharArray(), signing.alias());
            String before = serial();
            current.set(new Current(digest, signer(key)));
            log.warn(
                    "signing key changed without a restart: now serial {} ({}), valid until {}; was serial {}",
                    key.serial(),
                    key.certificate().getSubjectX500Principal(),
                    key.certificate().getNotAfter().toInstant(),
                    before);
        } catch (IOException | RuntimeException e) {
            log.error(
                    "the changed signing keystore {} holds no usable key ({}); still signing with serial {}",
                    properties.signing().keystore(),
                    e.getMessage(),
                    serial());
        }
    }

    private String serial() {
        return current.get().signer().key().serial();
    }

    private MessageSigner signer(SigningKey key) {
        return new MessageSigner(key, properties.signing().algorithm());
    }

    private byte[] read() {
        try (InputStream in =
                ConfigResources.open(resources, properties.signing().keystore())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read wbci.signing.keystore " + properties.signing().keystore(), e);
        }
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
