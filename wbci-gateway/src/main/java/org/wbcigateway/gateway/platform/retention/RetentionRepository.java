package org.wbcigateway.gateway.platform.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.state.Phase;

/**
 * The statements of the retention job, in the schema in scope: its lease per data class, and what each class deletes
 * or empties. Every statement touches only rows its period has passed and leaves them in a state it does not touch
 * again, so two nodes running it at once could not do anything twice; the lease keeps them from trying.
 */
@Repository
class RetentionRepository {

    /** Rows per statement: a purge of years of data holds no lock for long. */
    static final int BATCH = 1000;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The phases in which a Vorabstimmung has ended, as stored. */
    private static final String ENDED_PHASES = Arrays.stream(Phase.values())
            .filter(Phase::isEnded)
            .map(p -> "'" + p.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * Vorabstimmungen that ended by the cutoff: rejected, cancelled or void by then, or agreed with a Wechseltermin
     * before the cutoff's day (the switch is over when that day ends, Germany's time).
     */
    private static final String ENDED_BEFORE = "SELECT va_id FROM vorabstimmung WHERE (phase IN (" + ENDED_PHASES
            + ") AND updated_at <= :cutoff) OR (phase = '" + Phase.AGREED.name() + "' AND wechseltermin < :day)";

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * One batch of the class's rows whose period ended by the cutoff (made at or before it), in the schema in scope,
     * deleted or emptied; how many.
     */
    int purgeBatch(DataClass dataClass, Instant cutoff) {
        OffsetDateTime before = utc(cutoff);
        switch (dataClass) {
            case IDEMPOTENCY_KEYS:
                return deleteOlder("idempotency_key", "idem_key", "created_at", before);
            case IMPORT_REPORTS:
                // its rejected rows go with it (ON DELETE CASCADE)
                return deleteOlder("import_job", "id", "started_at", before);
            case REFUSAL_LOG:
                return deleteOlder("inbound_refusal", "id", "created_at", before);
            case CRM_EVENTS:
                return deleteOlder("crm_event", "id", "created_at", before);
            case AUDIT_LOG:
                return deleteOlder("audit_log", "id", "at", before);
            case SEARCH_INDEX:
                return emptySearchIndex(before);
            default:
                throw new IllegalArgumentException("no purge for " + dataClass);
        }
    }

    private int deleteOlder(String table, String key, String time, OffsetDateTime before) {
        return jdbc.sql("DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table + " WHERE "
                        + time + " <= ? ORDER BY " + key + " LIMIT " + BATCH + ")")
                .param(before)
                .update();
    }

    /** The names of ended Vorabstimmungen emptied (the row stays: the index does not fill it again), numbers gone. */
    private int emptySearchIndex(OffsetDateTime before) {
        LocalDate day = before.atZoneSameInstant(BERLIN).toLocalDate();
        jdbc.sql("DELETE FROM vorabstimmung_number WHERE va_id IN (" + ENDED_BEFORE + ")")
                .param("cutoff", before)
                .param("day", day)
                .update();
        return jdbc.sql("UPDATE vorabstimmung_search SET customer = '' WHERE va_id IN (SELECT va_id FROM "
                        + "vorabstimmung_search WHERE customer <> '' AND va_id IN (" + ENDED_BEFORE
                        + ") ORDER BY va_id "
                        + "LIMIT " + BATCH + ")")
                .param("cutoff", before)
                .param("day", day)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
