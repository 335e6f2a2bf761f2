package org.wbcigateway.gateway.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.TextInput;

/**
 * Input kept in a text column (a refused message's head): made storable and, when encryption at rest is on, sealed as
 * {@link StoredBytes} seals messages (ADR 0018), as base64 behind a marker. It is made {@link TextInput#storable}
 * first, so no plain text starts with the marker (a control character). Text stored before encryption was on reads
 * as it is.
 */
@Component
public class StoredText {

    private static final String MARKER = "\u0001WE1:";

    private final StoredBytes bytes;

    public StoredText(StoredBytes bytes) {
        this.bytes = bytes;
    }

    /** Input as a column of {@code max} characters keeps it: storable, cut to fit, sealed if encryption is on. */
    public String seal(String text, int max) {
        if (text == null) {
            return null;
        }
        String plain = TextInput.storable(text);
        if (plain.length() > max) {
            plain = plain.substring(0, max);
        }
        if (!bytes.enabled()) {
            return plain;
        }
        while (true) {
            String sealed =
                    MARKER + Base64.getEncoder().encodeToString(bytes.seal(plain.getBytes(StandardCharsets.UTF_8)));
            if (sealed.length() <= max) {
                return sealed;
            }
            // base64 and the seal make it longer: cut the plain text by what it is too long, and try again
            plain = plain.substring(0, Math.max(0, plain.length() - (sealed.length() - max)));
        }
    }

    /** The text as it was stored: opened if it is sealed. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(MARKER)) {
            return stored;
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(MARKER.length()));
        } catch (IllegalArgumentException e) {
            return stored; // written before control characters were replaced, and only looks sealed
        }
        return new String(bytes.open(sealed), StandardCharsets.UTF_8);
    }
}
