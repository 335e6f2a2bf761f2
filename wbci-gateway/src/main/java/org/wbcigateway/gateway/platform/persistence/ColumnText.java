package org.wbcigateway.gateway.platform.persistence;

/** Free text (outcome details, errors, notes) cut to what its column holds. */
public final class ColumnText {

    /** The size of the gateway's free-text columns. */
    public static final int MAX = 2000;

    private ColumnText() {
    }

    public static String truncate(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    }
}
