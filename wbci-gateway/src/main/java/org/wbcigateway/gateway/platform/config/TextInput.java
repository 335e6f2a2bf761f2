package org.wbcigateway.gateway.platform.config;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text a client sends: no control character but tab and line breaks. Every JSON string the API reads passes
 * {@link #deserializer()} (registered in {@link JsonConfig}); a request parameter passes the web layer's filter.
 */
public final class TextInput {

    private TextInput() {}

    /** The index of the first control character other than tab, CR and LF; -1 if there is none. */
    public static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A control character other than tab, CR and LF. */
    public static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * The text with U+FFFD for each control character other than tab, CR and LF: what may be stored or quoted of it
     * (PostgreSQL refuses NUL in a text column, and the others only garble what an operator reads).
     */
    public static String storable(String text) {
        if (text == null || controlCharacter(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /** Reads a JSON string as Jackson does, and refuses one with a control character (a 400 naming where). */
    public static ValueDeserializer<String> deserializer() {
        return new ValueDeserializer<>() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String value = StringDeserializer.instance.deserialize(p, ctxt);
                int at = value == null ? -1 : controlCharacter(value);
                if (at >= 0) {
                    throw InvalidFormatException.from(
                            p,
                            String.format(
                                    "a control character (U+%04X) is not allowed in text", (int) value.charAt(at)),
                            storable(value),
                            null);
                }
                return value;
            }
        };
    }
}
