package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SigningKey;

/**
 * One signing key per carrier code for the whole test run, written as a PKCS12 keystore and a PEM certificate so
 * gateways are configured exactly as in production (wbci.signing.keystore, wbci.partners.X.certificate).
 */
public final class TestKeys {

    public static final String PASSWORD = "test-secret";
    private static final Map<String, SigningKey> KEYS = new ConcurrentHashMap<>();
    private static final Path DIR = tempDir();

    private TestKeys() {}

    public static SigningKey key(String carrier) {
        return KEYS.computeIfAbsent(
                carrier,
                c -> Certificates.selfSigned(
                        "CN=" + c + " test, O=wbci-gateway tests",
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(365)),
                        2048));
    }

    public static MessageSigner signer(String carrier) {
        return new MessageSigner(key(carrier), SignatureAlgorithm.RSA_SHA256);
    }

    /** A partner signing its message, as it goes on the wire. */
    public static byte[] sign(String carrier, byte[] soap) {
        return signer(carrier).resign(soap);
    }

    public static Path keystore(String carrier) {
        Path file = DIR.resolve(carrier + ".p12");
        if (!Files.exists(file)) {
            write(file, key(carrier));
        }
        return file;
    }

    public static Path certificate(String carrier) {
        Path file = DIR.resolve(carrier + ".pem");
        if (!Files.exists(file)) {
            try {
                Files.writeString(file, Certificates.pem(key(carrier).certificate()), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** The settings that give a gateway its key and register its partner's certificate. */
    public static Map<String, String> settings(String carrier, String partner) {
        return Map.of(
                "wbci.signing.keystore",
                keystore(carrier).toString(),
                "wbci.signing.password",
                PASSWORD,
                "wbci.partners.[" + partner + "].certificate",
                certificate(partner).toString());
    }

    /** A TLS key per carrier (server certificate for 127.0.0.1/localhost, also used as its client certificate). */
    public static SigningKey tlsKey(String carrier) {
        return KEYS.computeIfAbsent(
                "tls:" + carrier,
                c -> Certificates.selfSigned(
                        "CN=" + carrier + " tls test",
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(365)),
                        2048,
                        "127.0.0.1",
                        "localhost"));
    }

    /** The PEM file of the carrier's TLS certificate (what its TLS client presents). */
    public static Path tlsCertificate(String carrier) {
        Path file = DIR.resolve(carrier + "-tls.pem");
        if (!Files.exists(file)) {
            try {
                Files.writeString(file, Certificates.pem(tlsKey(carrier).certificate()), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /**
     * Mutual TLS between two gateways: the carrier serves WBCI on {@code tlsPort} with client certificates required
     * and calls its partner at {@code partnerTlsPort} with its own certificate; each trusts only the other's, and
     * pins it as the partner's TLS client certificate (a message on the partner port must come from its Absender).
     */
    public static Map<String, String> mutualTls(String carrier, int tlsPort, String partner, int partnerTlsPort) {
        Path keystore = DIR.resolve(carrier + "-tls.p12");
        Path truststore = DIR.resolve(carrier + "-tls-trust.p12");
        store(keystore, Certificates.keyStore(tlsKey(carrier), "tls", PASSWORD.toCharArray()));
        store(
                truststore,
                Certificates.trustStore(java.util.List.of(tlsKey(partner).certificate())));
        String bundle = "spring.ssl.bundle.jks.partners.";
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put(bundle + "keystore.location", "file:" + keystore);
        settings.put(bundle + "keystore.password", PASSWORD);
        settings.put(bundle + "keystore.type", "PKCS12");
        settings.put(bundle + "truststore.location", "file:" + truststore);
        settings.put(bundle + "truststore.password", PASSWORD);
        settings.put(bundle + "truststore.type", "PKCS12");
        settings.put("wbci.tls.port", String.valueOf(tlsPort));
        settings.put("wbci.tls.bundle", "partners");
        settings.put("wbci.partners.[" + partner + "].endpoint", "https://127.0.0.1:" + partnerTlsPort + "/wbci/v2");
        settings.put("wbci.partners.[" + partner + "].tls-bundle", "partners");
        settings.put(
                "wbci.partners.[" + partner + "].tls-client-certificate",
                tlsCertificate(partner).toString());
        return settings;
    }

    private static synchronized void store(Path file, java.security.KeyStore store) {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void write(Path file, SigningKey key) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Certificates.keyStore(key, "signing", PASSWORD.toCharArray()).store(out, PASSWORD.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("wbci-test-keys");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
