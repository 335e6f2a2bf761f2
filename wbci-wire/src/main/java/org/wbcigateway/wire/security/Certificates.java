package org.wbcigateway.wire.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Reading and writing X.509 certificates (PEM, DER, keystores) and issuing self-signed ones. */
public final class Certificates {

    private Certificates() {}

    /** Every certificate in PEM or DER input (a PEM file may hold several). */
    public static List<X509Certificate> read(InputStream in) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("no certificate found");
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read a certificate: " + e.getMessage(), e);
        }
    }

    public static List<X509Certificate> read(String pem) {
        return read(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new RSA key with a self-signed certificate: the development key of a fresh installation, and test fixtures.
     *
     * @param subject   e.g. {@code CN=DEU.AAAA, O=wbci-gateway}
     * @param hostNames subject alternative names for a TLS server certificate: DNS names or IP addresses
     */
    public static SigningKey selfSigned(
            String subject, Instant notBefore, Instant notAfter, int keyBits, String... hostNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(keyBits);
            KeyPair pair = generator.generateKeyPair();
            X500Principal name = new X500Principal(subject);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(63, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (hostNames.length > 0) {
                GeneralName[] names = new GeneralName[hostNames.length];
                for (int i = 0; i < hostNames.length; i++) {
                    boolean ip = hostNames[i].matches("[0-9.]+|.*:.*");
                    names[i] = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, hostNames[i]);
                }
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue a self-signed certificate", e);
        }
    }

    /** A PKCS12 store of trusted certificates (a TLS truststore). */
    public static KeyStore trustStore(java.util.Collection<X509Certificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (X509Certificate certificate : certificates) {
                store.setCertificateEntry("trusted-" + i++, certificate);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a truststore", e);
        }
    }

    /** A PKCS12 keystore holding the key under {@code alias}; for files written to disk and for TLS. */
    public static KeyStore keyStore(SigningKey key, String alias, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    alias, key.privateKey(), password, new java.security.cert.Certificate[] {key.certificate()});
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a keystore", e);
        }
    }
}
