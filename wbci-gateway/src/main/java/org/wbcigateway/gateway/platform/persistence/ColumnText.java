package org.wbcigateway.gateway.platform.persistence;

/** Free text (outcome details, errors, notes) cut to what its column holds. */
public final class ColumnText {

    /** The size of the gateway's free-text columns. */
    public static final int MAX = 2000;

    private ColumnText() {}

    public static String truncate(String text) {
        return truncate(text, MAX);
    }

    /** Cut to a column of {@code max} characters. */
    public static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
