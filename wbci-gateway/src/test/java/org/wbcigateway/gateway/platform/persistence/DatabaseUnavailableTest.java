package org.wbcigateway.gateway.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The database being away, as it shows on PostgreSQL behind HikariCP, told from everything else. */
class DatabaseUnavailableTest {

    @Test
    void theWaysAnOutageShows() {
        // no connection from the pool within connection-timeout (the server refuses connections)
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException(
                        "Could not open JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001"))))
                .isTrue();
        // a statement on a connection the restart killed
        assertThat(DatabaseUnavailable.is(new DataAccessResourceFailureException(
                        "An I/O error occurred",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isTrue();
        // PostgreSQL shutting down, or not accepting connections yet
        assertThat(DatabaseUnavailable.is(new UncategorizedSQLException(
                        "update",
                        "UPDATE outbox",
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(
                        new RuntimeException(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
        // the connection breaks during the commit, and the rollback after it finds the connection closed
        assertThat(DatabaseUnavailable.is(new TransactionSystemException(
                        "Could not commit JDBC transaction",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
        // a rollback that fails for another reason still reveals the failure it replaced
        TransactionSystemException rollback =
                new TransactionSystemException("rollback failed", new IllegalStateException("synchronization failed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("An I/O error occurred"));
        assertThat(DatabaseUnavailable.is(rollback)).isTrue();
    }

    @Test
    void everythingElseIsNot() {
        assertThat(DatabaseUnavailable.is(new DuplicateKeyException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException(
                        "null value", new SQLException("null value in column", "23502"))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new OptimisticLockingFailureException("changed concurrently")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new UncategorizedSQLException(
                        "select", "SELECT", new SQLException("canceling statement due to statement timeout", "57014"))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("no contract")))
                .isFalse();
        TransactionSystemException rollback =
                new TransactionSystemException("rollback failed", new IllegalStateException("synchronization failed"));
        rollback.initApplicationException(new IllegalStateException("bug"));
        assertThat(DatabaseUnavailable.is(rollback)).isFalse();
    }
}
