package org.wbcigateway.gateway.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database is away (restarting, unreachable, out of connections) from every other
 * failure. Such a failure says nothing about the message or request at hand: the same work succeeds once the
 * database is back, so callers answer "try again" (a SOAP Server fault, HTTP 503) or leave the work for their next
 * round — never a negative TEQ, never the review queue, never a dead letter.
 *
 * <p>Recognised anywhere in the cause chain: Spring's resource-failure exceptions (no connection from the pool, a
 * transaction that cannot begin, an I/O error on the socket), the JDBC connection exceptions, and SQLState classes
 * {@code 08} (connection exception), {@code 53} (insufficient resources, e.g. too many clients) and {@code 57P}
 * (PostgreSQL shutting down, crashed, or starting up); also behind a failed rollback, which replaces the exception
 * that caused it ({@link TransactionSystemException#getApplicationException()}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // a rollback that failed after the failure (the connection is gone by then) hides the failure there
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && is(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
