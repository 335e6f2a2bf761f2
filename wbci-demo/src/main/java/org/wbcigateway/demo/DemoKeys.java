package org.wbcigateway.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;

/** A signing key per demo carrier: a PKCS12 keystore for the carrier itself and its certificate for the others. */
final class DemoKeys {

    static final String PASSWORD = "demo";
    static final String ALIAS = "signing";

    private DemoKeys() {}

    static Path keystore(Path dir, String carrier) {
        return dir.resolve(carrier + ".p12");
    }

    static Path certificate(Path dir, String carrier) {
        return dir.resolve(carrier + ".pem");
    }

    /** Creates the keystore and certificate files of the carrier; returns its key. */
    static SigningKey create(Path dir, String carrier) {
        Instant now = Instant.now();
        SigningKey key = Certificates.selfSigned(
                "CN=" + carrier + ", O=wbci-gateway demo",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)),
                2048);
        try (OutputStream out = Files.newOutputStream(keystore(dir, carrier))) {
            Certificates.keyStore(key, ALIAS, PASSWORD.toCharArray()).store(out, PASSWORD.toCharArray());
            Files.writeString(certificate(dir, carrier), Certificates.pem(key.certificate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }
}
