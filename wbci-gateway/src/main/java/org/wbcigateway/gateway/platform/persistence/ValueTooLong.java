package org.wbcigateway.gateway.platform.persistence;

import java.sql.SQLException;

/**
 * Tells a write refused because a value is longer than its column (SQLState {@code 22001}, "string data, right
 * truncation", on PostgreSQL and H2 alike): the input was too long, the transaction rolled back, nothing changed —
 * the caller answers 400, not 500. The boundary checks the lengths it knows; this is the net under them.
 */
public final class ValueTooLong {

    private ValueTooLong() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
