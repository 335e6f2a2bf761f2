package org.wbcigateway.gateway.crm.feed;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The webhook sender's row in {@code event_consumer}: its acknowledged offset, its lease (a node delivers only while
 * it holds the lease, so at most one delivery runs across nodes) and its retry state. Every write after the claim
 * names the owner, so a node whose lease ran out and was taken over changes nothing.
 */
@Repository
public class WebhookCursor {

    private static final String NAME = EventWebhookSender.CONSUMER;

    /** The cursor as claimed: deliver the events after {@code ackedOffset}; {@code attempts} failed so far. */
    public record Claim(long ackedOffset, int attempts) {}

    private final JdbcClient jdbc;

    public WebhookCursor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cursor if it is due and not leased by another node; locked until the transaction ends. A lease {@code owner}
     * still holds (left behind when the database went away in the middle of a round) is taken back at once: one
     * sender runs one round at a time, so it is not delivering under that lease any more.
     */
    public Optional<Claim> lockDue(OffsetDateTime now, String owner) {
        return jdbc.sql("""
                SELECT acked_offset, attempts FROM event_consumer
                WHERE name = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
                  AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)
                FOR UPDATE SKIP LOCKED""")
                .params(NAME, now, now, owner)
                .query((rs, row) -> new Claim(rs.getLong(1), rs.getInt(2)))
                .optional();
    }

    public void lease(String owner, OffsetDateTime until) {
        jdbc.sql("UPDATE event_consumer SET lease_owner = ?, lease_until = ? WHERE name = ?")
                .params(owner, until, NAME)
                .update();
    }

    /** A delivered event: moves the cursor, clears the retry state, extends the lease. False if the lease is lost. */
    public boolean advance(String owner, long offset, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("""
                UPDATE event_consumer SET acked_offset = ?, attempts = 0, last_error = NULL, next_attempt_at = NULL,
                  lease_until = ?, updated_at = ?
                WHERE name = ? AND lease_owner = ? AND acked_offset < ?""").params(offset, until, now, NAME, owner, offset).update() == 1;
    }

    /** A failed delivery: try again at {@code next}, by whichever node claims the cursor then. */
    public void fail(String owner, String error, OffsetDateTime now, OffsetDateTime next) {
        jdbc.sql("""
                UPDATE event_consumer SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                  lease_owner = NULL, lease_until = NULL, updated_at = ?
                WHERE name = ? AND lease_owner = ?""")
                .params(error.length() <= 2000 ? error : error.substring(0, 2000), next, now, NAME, owner)
                .update();
    }

    public void release(String owner) {
        jdbc.sql("UPDATE event_consumer SET lease_owner = NULL, lease_until = NULL WHERE name = ? AND lease_owner = ?")
                .params(NAME, owner)
                .update();
    }
}
