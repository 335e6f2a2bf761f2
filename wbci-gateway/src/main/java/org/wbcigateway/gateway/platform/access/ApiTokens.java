package org.wbcigateway.gateway.platform.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured API tokens, kept only as SHA-256 digests and compared in constant time. */
public final class ApiTokens {

    private static final String SHA256 = "{sha256}";

    /** Who a token belongs to. */
    /** Who presented a token: its name, role and tenant (empty: the provider's). */
    public record Holder(String name, Role role, Optional<String> tenant) {

        /** The authorities of its role, and of its tenant if it has one. */
        public List<org.springframework.security.core.GrantedAuthority> authorities() {
            return TenantAuthority.with(role.authorities(), tenant);
        }
    }

    private record Entry(byte[] digest, Holder holder) {}

    private final List<Entry> entries;

    public ApiTokens(Map<String, AccessProperties.Token> tokens) {
        this.entries = tokens.entrySet().stream()
                .map(e -> new Entry(
                        digestOf(e.getValue().token()),
                        new Holder(
                                e.getKey(),
                                e.getValue().role(),
                                Optional.ofNullable(e.getValue().tenant()).filter(t -> !t.isBlank()))))
                .toList();
    }

    public Optional<Holder> holder(String presented) {
        byte[] digest = sha256(presented);
        Holder found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), digest)) {
                found = e.holder();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public static String sha256Form(String token) {
        return SHA256 + HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] digestOf(String configured) {
        if (configured.startsWith(SHA256)) {
            String hex = configured.substring(SHA256.length());
            if (hex.length() != 64) {
                throw new IllegalArgumentException("a {sha256} token needs 64 hex digits");
            }
            return HexFormat.of().parseHex(hex);
        }
        return sha256(configured);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
