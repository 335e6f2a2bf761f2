package org.wbcigateway.gateway.crm.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * Every {@code crm_event} row as a durable, ordered feed that readers follow by offset.
 *
 * <p><b>Why the offset is not the row's id.</b> Ids are drawn when a row is inserted but become visible when its
 * transaction commits, so with concurrent transactions id 41 can commit after id 42 was already read; a reader that
 * continues "after 42" would skip 41 forever. A visibility delay (serve only rows older than a few seconds) merely
 * makes that unlikely: a transaction that outlives the delay (a lock wait, a GC pause, a slow disk) still loses an
 * event. So the feed offset is handed out afterwards, only to committed rows, by a single-writer step:
 * {@link #sequence()} locks the one row of {@code event_feed_head} ({@code SELECT ... FOR UPDATE}), numbers the
 * rows without an offset in id order, and stores the new head, all in one transaction. Because the steps run one
 * after another and each publishes its offsets and the head atomically, a reader that sees an offset also sees
 * every lower one. Reads stop at the head they saw first, so they never run ahead of a step that is committing.
 * This holds for H2 and PostgreSQL alike (read committed, row locks); it needs no background job: every read and
 * the webhook sender sequence first. Offset order is commit order: events of one transaction keep their id order,
 * and of two transactions writing about the same contract, the one that committed first comes first.
 */
@Repository
public class EventFeed {

    private static final int STEP = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public EventFeed(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Events after the offset, oldest first, sequencing what was committed since the last step. */
    public List<FeedEvent> read(long after, int limit) {
        sequence();
        long head = head();
        return jdbc.sql("""
                SELECT feed_offset, contract_id, va_id, event_type, detail, created_at FROM crm_event
                WHERE feed_offset > ? AND feed_offset <= ? ORDER BY feed_offset LIMIT ?""").params(after, head, limit).query(EventFeed::map).list();
    }

    /** The highest offset handed out so far. */
    public long head() {
        return jdbc.sql("SELECT last_offset FROM event_feed_head WHERE id = 1")
                .query(Long.class)
                .single();
    }

    /** The single-writer step: gives committed rows without an offset the next offsets, in id order. */
    public void sequence() {
        while (unsequenced() && Boolean.TRUE.equals(tx.execute(status -> step()))) {
            // a full step: there may be more
        }
    }

    private boolean unsequenced() {
        return jdbc.sql("SELECT id FROM crm_event WHERE feed_offset IS NULL LIMIT 1")
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Returns whether the step was full. */
    private boolean step() {
        long last = jdbc.sql("SELECT last_offset FROM event_feed_head WHERE id = 1 FOR UPDATE")
                .query(Long.class)
                .single();
        // read after taking the lock: rows numbered by the step we may have waited for are not picked again
        List<Long> ids = jdbc.sql("SELECT id FROM crm_event WHERE feed_offset IS NULL ORDER BY id LIMIT ?")
                .param(STEP)
                .query(Long.class)
                .list();
        for (long id : ids) {
            jdbc.sql("UPDATE crm_event SET feed_offset = ? WHERE id = ?")
                    .params(++last, id)
                    .update();
        }
        jdbc.sql("UPDATE event_feed_head SET last_offset = ? WHERE id = 1")
                .param(last)
                .update();
        return ids.size() == STEP;
    }

    private static FeedEvent map(ResultSet rs, int row) throws SQLException {
        return new FeedEvent(
                rs.getLong("feed_offset"),
                rs.getString("contract_id"),
                rs.getString("va_id"),
                CrmEventType.byFeedName(rs.getString("event_type")),
                rs.getString("detail"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
