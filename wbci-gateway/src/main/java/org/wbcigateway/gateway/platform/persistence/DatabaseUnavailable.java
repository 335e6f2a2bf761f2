package org.wbcigateway.gateway.platform.persistence;

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
 * (PostgreSQL shutting down, crashed, or starting up); also a commit or rollback the JDBC driver could not carry out
 * ({@link TransactionSystemException} caused by an {@link SQLException}), and whatever a failed rollback replaced
 * ({@link TransactionSystemException#getApplicationException()}).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof TransactionSystemException commitOrRollback) {
                // the driver could not commit or roll back: the connection broke (a refusal by the server carries
                // an SQLState and is translated into a DataAccessException instead). Such a commit may or may not
                // have taken effect; the answer is "try again" either way, and a retry is recognised.
                if (commitOrRollback.getCause() instanceof SQLException) {
                    return true;
                }
                // a rollback that failed after the failure replaces it; look at the failure
                if (commitOrRollback.getApplicationException() != null
                        && is(commitOrRollback.getApplicationException())) {
                    return true;
                }
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
