package org.wbcigateway.wire.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/**
 * The key this side signs with and its certificate, which travels in every message as the BinarySecurityToken.
 * {@code Control/signaturId} names the certificate's issuer and serial (spec §5).
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    /**
     * The issuer DN as {@code Control/signaturId/issuer} carries it in the samples ({@code EMAILADDRESS=…, CN=…, C=DE}),
     * cut to the schema's 255 single-line characters.
     */
    public String issuer() {
        StringBuilder out = new StringBuilder();
        for (char c : certificate.getIssuerX500Principal().toString().toCharArray()) {
            boolean allowed = (c >= 0x20 && c <= 0x7E) || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
            out.append(allowed ? c : '?');
        }
        return out.length() > 255 ? out.substring(0, 255) : out.toString();
    }

    /** The serial number in lower-case hex, as {@code Control/signaturId/serial} carries it. */
    public String serial() {
        return certificate.getSerialNumber().toString(16);
    }

    /**
     * Loads a key entry from a keystore (PKCS12 or JKS).
     *
     * @param alias the entry; empty = the only key entry in the store
     */
    public static SigningKey load(InputStream keystore, String type, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(keystore, password);
            String entry = alias == null || alias.isBlank() ? onlyKeyEntry(store) : alias;
            if (!store.isKeyEntry(entry)) {
                throw new IllegalArgumentException("the keystore has no key entry '" + entry + "'");
            }
            return new SigningKey(
                    (PrivateKey) store.getKey(entry, password), (X509Certificate) store.getCertificate(entry));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the signing keystore: " + e.getMessage(), e);
        }
    }

    private static String onlyKeyEntry(KeyStore store) throws GeneralSecurityException {
        var keys = Collections.list(store.aliases()).stream()
                .filter(a -> isKey(store, a))
                .toList();
        if (keys.size() != 1) {
            throw new IllegalArgumentException(
                    "the keystore holds " + keys.size() + " key entries; name the one to sign with (alias)");
        }
        return keys.get(0);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** An in-memory PKCS12 store holding just this key, for WSS4J's Crypto. */
    KeyStore asKeyStore(char[] password) {
        return Certificates.keyStore(this, MessageSigner.ALIAS, password);
    }
}
