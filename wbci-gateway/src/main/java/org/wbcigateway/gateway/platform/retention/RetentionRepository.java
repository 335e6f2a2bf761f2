package org.wbcigateway.gateway.platform.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.config.DataClass;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;

/**
 * The statements of the retention job, in the schema in scope: its lease per data class, and what each class deletes
 * or empties. Every statement touches only rows its period has passed and leaves them in a state it does not touch
 * again, so two nodes running it at once could not do anything twice; the lease keeps them from trying.
 */
@Repository
class RetentionRepository {

    /** Rows per statement: a purge of years of data holds no lock for long. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final MessageScrub scrub;

    RetentionRepository(JdbcClient jdbc, MessageScrub scrub) {
        this.jdbc = jdbc;
        this.scrub = scrub;
    }

    /** Takes the class for this node until {@code until}, unless another node holds it now. */
    boolean lease(DataClass dataClass, String node, Instant now, Instant until) {
        try {
            jdbc.sql("INSERT INTO retention_run (data_class, rows_total) SELECT ?, 0 "
                            + "WHERE NOT EXISTS (SELECT 1 FROM retention_run WHERE data_class = ?)")
                    .params(dataClass.name(), dataClass.name())
                    .update();
        } catch (DuplicateKeyException e) {
            // another node inserted it a moment ago
        }
        return jdbc.sql("UPDATE retention_run SET lease_owner = ?, lease_until = ? WHERE data_class = ? "
                                + "AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)")
                        .params(node, utc(until), dataClass.name(), utc(now), node)
                        .update()
                == 1;
    }

    /** Gives the lease back with what the run did. */
    void done(DataClass dataClass, String node, Instant now, Instant cutoff, long rows) {
        jdbc.sql("UPDATE retention_run SET lease_owner = NULL, lease_until = NULL, last_run_at = ?, last_cutoff = ?, "
                        + "rows_total = rows_total + ? WHERE data_class = ? AND lease_owner = ?")
                .params(utc(now), utc(cutoff), rows, dataClass.name(), node)
                .update();
    }

    /** What a batch did: rows deleted or emptied, and whether there may be more (a full batch). */
    record Batch(int rows, boolean more) {
        static Batch of(int rows) {
            return new Batch(rows, rows == BATCH);
        }
    }

    /**
     * One batch of the class's rows whose period ended by the cutoff (made at or before it), in the schema in scope,
     * deleted or emptied.
     */
    Batch purgeBatch(DataClass dataClass, Instant cutoff, Instant now) {
        OffsetDateTime before = utc(cutoff);
        switch (dataClass) {
            case RAW_MESSAGES:
                return TenantScope.inProvider()
                        ? Batch.of(deleteOlder("bundle_inbox", "id", "routed_at", before))
                        : pseudonymiseMessages(cutoff, now);
            case IDEMPOTENCY_KEYS:
                return Batch.of(deleteOlder("idempotency_key", "idem_key", "created_at", before));
            case IMPORT_REPORTS:
                // its rejected rows go with it (ON DELETE CASCADE)
                return Batch.of(deleteOlder("import_job", "id", "started_at", before));
            case REFUSAL_LOG:
                return Batch.of(deleteOlder("inbound_refusal", "id", "created_at", before));
            case CRM_EVENTS:
                return Batch.of(deleteOlder("crm_event", "id", "created_at", before));
            case AUDIT_LOG:
                return Batch.of(deleteOlder("audit_log", "id", "at", before));
            case SEARCH_INDEX:
                return Batch.of(emptySearchIndex(cutoff));
            default:
                throw new IllegalArgumentException("no purge for " + dataClass);
        }
    }

    /**
     * The stored messages of Vorabstimmungen that ended by the cutoff, their personal data replaced; not one still
     * waiting in the outbox (it is sent as stored). A message that cannot be read any more loses its bytes.
     */
    private Batch pseudonymiseMessages(Instant cutoff, Instant now) {
        List<Map.Entry<Long, byte[]>> due = jdbc.sql("SELECT id, raw FROM wbci_message m WHERE va_id IN ("
                        + Ended.VA_IDS + ") AND " + MessageScrub.SCRUBBABLE + " ORDER BY id LIMIT " + BATCH)
                .params(Ended.by(cutoff))
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getBytes("raw")))
                .list();
        List<Long> changed = scrub.replace(due, now);
        // a full batch of due rows means there may be more, even where another node took some of them
        return new Batch(changed.size(), due.size() == BATCH);
    }

    private int deleteOlder(String table, String key, String time, OffsetDateTime before) {
        return jdbc.sql("DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table + " WHERE "
                        + time + " <= ? ORDER BY " + key + " LIMIT " + BATCH + ")")
                .param(before)
                .update();
    }

    /** The names of ended Vorabstimmungen emptied (the row stays: the index does not fill it again), numbers gone. */
    private int emptySearchIndex(Instant cutoff) {
        jdbc.sql("DELETE FROM vorabstimmung_number WHERE va_id IN (" + Ended.VA_IDS + ")")
                .params(Ended.by(cutoff))
                .update();
        return jdbc.sql("UPDATE vorabstimmung_search SET customer = '' WHERE va_id IN (SELECT va_id FROM "
                        + "vorabstimmung_search WHERE customer <> '' AND va_id IN (" + Ended.VA_IDS
                        + ") ORDER BY va_id "
                        + "LIMIT " + BATCH + ")")
                .params(Ended.by(cutoff))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
