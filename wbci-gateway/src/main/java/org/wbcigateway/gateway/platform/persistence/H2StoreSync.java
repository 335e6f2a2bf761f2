package org.wbcigateway.gateway.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Makes everything an embedded H2 database has committed so far durable: on disk and synced, before the caller
 * acknowledges it.
 *
 * <p>H2's MVStore keeps committed transactions in memory and writes them in the background, about once a second: a
 * process killed in that window loses them (docs/adr/0001-embedded-store-durability.md). {@code WRITE_DELAY=0} does
 * not help — it switches the background writer off altogether. So after a commit this stores the current version,
 * waits for the writes the background writer may still have queued, then forces the file to disk. The background
 * writer stays on for its housekeeping (compaction), and H2's retention time keeps the last synced version intact.
 */
final class H2StoreSync {

    private H2StoreSync() {}

    /** Whether {@code connection} is an H2 connection whose database lives in this process. */
    static boolean isEmbedded(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    /** Stores and syncs the database of {@code connection}; returns when what it committed is on disk. */
    static void sync(Connection connection) throws SQLException {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return; // a remote H2 session: the server's process owns the file
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        if (store.isClosed()) {
            return;
        }
        store.commit();
        FileStore<?> file = store.getFileStore();
        if (file != null && !file.isReadOnly()) {
            file.executeFileStoreOperation(file::sync);
        }
    }
}
