package org.wbcigateway.gateway.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.wbcigateway.gateway.platform.config.ConfigResources;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.persistence.SecretFiles;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;

/** Where the signing key comes from: the configured keystore, or a development key kept on disk. */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final char[] DEVELOPMENT_PASSWORD = "development".toCharArray();

    private SigningKeys() {}

    static SigningKey load(GatewayProperties properties, ResourceLoader resources, Clock clock) {
        GatewayProperties.Signing signing = properties.signing();
        if (signing.configured()) {
            try (InputStream in = ConfigResources.open(resources, signing.keystore())) {
                return SigningKey.load(in, signing.type(), signing.password().toCharArray(), signing.alias());
            } catch (IOException e) {
                throw new IllegalStateException(
                        "cannot read wbci.signing.keystore " + signing.keystore() + ": " + e, e);
            }
        }
        String file = signing.developmentKeystore() == null
                        || signing.developmentKeystore().isBlank()
                ? "./data/" + properties.carrierCode() + "-development-signing-key.p12"
                : signing.developmentKeystore();
        return development(Path.of(file), properties.carrierCode(), clock);
    }

    /** A self-signed key, generated once and kept, so partners can register its certificate. */
    static SigningKey development(Path file, String carrier, Clock clock) {
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    SigningKey key = SigningKey.load(in, "PKCS12", DEVELOPMENT_PASSWORD, null);
                    warn(file);
                    return key;
                }
            }
            SigningKey key = Certificates.selfSigned(
                    "CN=" + carrier + " development, O=wbci-gateway",
                    clock.instant().minus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(3 * 365)),
                    2048);
            ByteArrayOutputStream keystore = new ByteArrayOutputStream();
            Certificates.keyStore(key, "signing", DEVELOPMENT_PASSWORD).store(keystore, DEVELOPMENT_PASSWORD);
            SecretFiles.write(file, keystore::writeTo);
            warn(file);
            return key;
        } catch (IOException | GeneralSecurityException | UncheckedIOException e) {
            throw new IllegalStateException("cannot create the development signing key at " + file + ": " + e, e);
        }
    }

    private static void warn(Path file) {
        log.warn(
                "signing with the self-signed DEVELOPMENT key {} (wbci.signing.keystore is not set); partners must "
                        + "register its certificate (GET /api/certificates/own). Configure a real key for production.",
                file);
    }
}
