package org.wbcigateway.gateway.platform.persistence;

import org.wbcigateway.gateway.platform.config.TextInput;

/** Free text (outcome details, errors, notes, input quoted in them) made storable and cut to what its column holds. */
public final class ColumnText {

    /** The size of the gateway's free-text columns. */
    public static final int MAX = 2000;

    private ColumnText() {}

    public static String truncate(String text) {
        return truncate(text, MAX);
    }

    /** {@link #storable} and cut to a column of {@code max} characters. */
    public static String truncate(String text, int max) {
        String storable = storable(text);
        return storable == null || storable.length() <= max ? storable : storable.substring(0, max - 3) + "...";
    }

    /**
     * Control characters other than tab, CR and LF replaced by U+FFFD: PostgreSQL refuses NUL in a text column (the
     * insert fails), and the others only garble what an operator reads.
     */
    public static String storable(String text) {
        if (text == null || TextInput.controlCharacter(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(TextInput.isControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
