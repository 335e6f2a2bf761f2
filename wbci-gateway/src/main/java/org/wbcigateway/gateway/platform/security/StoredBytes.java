package org.wbcigateway.gateway.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * Stored WBCI messages encrypted at rest (ADR 0018), when {@code wbci.encryption.keystore} is set: AES-GCM with the
 * keystore's key {@code wbci.encryption.key}; the bytes stored name the key they were sealed with, so after a
 * rotation (a new key in the keystore, {@code key} set to it) the older ones still open with theirs. Bytes stored
 * before encryption was switched on are plain XML and are read as they are.
 */
@Component
public class StoredBytes {

    /** Sealed bytes start with this (no XML does: it starts with '<', whitespace or a byte order mark). */
    private static final byte[] MAGIC = {0, 'W', 'E', '1'};

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String current;
    private final SecureRandom random = new SecureRandom();

    /** Bytes stored as they are (no encryption): for code that runs without the application, e.g. tests. */
    public static final StoredBytes PLAIN = new StoredBytes();

    private StoredBytes() {
        this.keys = Map.of();
        this.current = null;
    }

    @org.springframework.beans.factory.annotation.Autowired
    public StoredBytes(GatewayProperties properties) {
        GatewayProperties.Encryption settings = properties.encryption();
        if (!settings.enabled()) {
            this.keys = Map.of();
            this.current = null;
            return;
        }
        this.keys = load(settings);
        if (!keys.containsKey(settings.key())) {
            throw new IllegalStateException("wbci.encryption.key " + settings.key() + " is no AES key of "
                    + settings.keystore() + " (it has " + keys.keySet() + ")");
        }
        this.current = settings.key();
    }

    private static Map<String, SecretKey> load(GatewayProperties.Encryption settings) {
        char[] password =
                settings.password() == null ? new char[0] : settings.password().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(settings.keystore()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Map<String, SecretKey> found = new HashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    SecretKey key = (SecretKey) store.getKey(alias, password);
                    if ("AES".equalsIgnoreCase(key.getAlgorithm())) {
                        found.put(alias, key);
                    }
                }
            }
            return Map.copyOf(found);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "wbci.encryption.keystore " + settings.keystore() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether new bytes are sealed. */
    public boolean enabled() {
        return current != null;
    }

    /** The bytes as they are to be stored: sealed with the current key, or as they are when encryption is off. */
    public byte[] seal(byte[] plain) {
        if (current == null) {
            return plain;
        }
        byte[] alias = current.getBytes(StandardCharsets.UTF_8);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(alias);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[MAGIC.length + 1 + alias.length + IV_BYTES + sealed.length];
            int at = 0;
            System.arraycopy(MAGIC, 0, out, at, MAGIC.length);
            at += MAGIC.length;
            out[at++] = (byte) alias.length;
            System.arraycopy(alias, 0, out, at, alias.length);
            at += alias.length;
            System.arraycopy(iv, 0, out, at, IV_BYTES);
            at += IV_BYTES;
            System.arraycopy(sealed, 0, out, at, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal stored bytes", e);
        }
    }

    /** The bytes as they were before they were stored: opened with the key they name, or as they are if plain. */
    public byte[] open(byte[] stored) {
        if (stored == null
                || stored.length < MAGIC.length
                || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return stored;
        }
        int at = MAGIC.length;
        int aliasLength = stored[at++] & 0xff;
        String alias = new String(stored, at, aliasLength, StandardCharsets.UTF_8);
        at += aliasLength;
        SecretKey key = keys.get(alias);
        if (key == null) {
            throw new IllegalStateException(
                    "stored bytes are sealed with the key " + alias
                            + ", which wbci.encryption.keystore does not hold (keep every key a stored message was sealed with)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, at, IV_BYTES));
            cipher.updateAAD(alias.getBytes(StandardCharsets.UTF_8));
            at += IV_BYTES;
            return cipher.doFinal(stored, at, stored.length - at);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored bytes sealed with " + alias + " do not open: " + e.getMessage(), e);
        }
    }

    /** The key bytes are sealed with ({@code null}: plain), for the operators' look at a stored message. */
    public static String keyOf(byte[] stored) {
        if (stored == null
                || stored.length < MAGIC.length + 1
                || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        return new String(stored, MAGIC.length + 1, stored[MAGIC.length] & 0xff, StandardCharsets.UTF_8);
    }
}
