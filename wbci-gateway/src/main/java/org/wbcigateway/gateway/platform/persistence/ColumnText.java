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

    /** {@link TextInput#storable} and cut to a column of {@code max} characters. */
    public static String truncate(String text, int max) {
        String storable = TextInput.storable(text);
        return storable == null || storable.length() <= max ? storable : storable.substring(0, max - 3) + "...";
    }
}
