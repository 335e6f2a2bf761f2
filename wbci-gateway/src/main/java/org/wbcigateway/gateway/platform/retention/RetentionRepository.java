package org.wbcigateway.gateway.platform.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.wire.Pseudonymiser;

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

    /** {@code outbox.status} of a message not sent yet ({@code OutboxStatus.PENDING}, a package this one precedes). */
    private static final String OUTBOX_PENDING = "PENDING";

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
     * What a batch did: rows deleted or emptied, which stored messages of them were pseudonymised, and whether there
     * may be more (a full batch).
     */
    record Batch(int rows, List<Long> messages, boolean more) {
        static Batch of(int rows) {
            return new Batch(rows, List.of(), rows == BATCH);
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
                return pseudonymiseMessages(before, utc(now));
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
                return Batch.of(emptySearchIndex(before));
            default:
                throw new IllegalArgumentException("no purge for " + dataClass);
        }
    }

    /**
     * The stored messages of Vorabstimmungen that ended by the cutoff, their personal data replaced; not one still
     * waiting in the outbox (it is sent as stored). A message that cannot be read any more loses its bytes.
     */
    private Batch pseudonymiseMessages(OffsetDateTime before, OffsetDateTime now) {
        LocalDate day = before.atZoneSameInstant(BERLIN).toLocalDate();
        List<Map.Entry<Long, byte[]>> due = jdbc.sql(
                        "SELECT id, raw FROM wbci_message m WHERE pseudonymised_at IS NULL "
                                + "AND va_id IN (" + ENDED_BEFORE + ") AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                                + "o.message_id = m.id AND o.status = '" + OUTBOX_PENDING + "') ORDER BY id LIMIT "
                                + BATCH)
                .param("cutoff", before)
                .param("day", day)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getBytes("raw")))
                .list();
        List<Long> changed = new ArrayList<>();
        for (Map.Entry<Long, byte[]> message : due) {
            byte[] pseudonymised;
            try {
                pseudonymised = Pseudonymiser.pseudonymise(message.getValue());
            } catch (IllegalArgumentException e) {
                pseudonymised = new byte[0];
            }
            int updated = jdbc.sql("UPDATE wbci_message SET raw = ?, pseudonymised_at = ? WHERE id = ? "
                            + "AND pseudonymised_at IS NULL")
                    .params(pseudonymised, now, message.getKey())
                    .update();
            if (updated == 1) {
                changed.add(message.getKey());
            }
        }
        // a full batch of due rows means there may be more, even where another node took some of them
        return new Batch(changed.size(), changed, due.size() == BATCH);
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
