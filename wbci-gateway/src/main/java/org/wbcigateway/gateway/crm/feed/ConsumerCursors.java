package org.wbcigateway.gateway.crm.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** How far each consumer of the event feed has acknowledged; an acknowledgement only ever moves forward. */
@Repository
public class ConsumerCursors {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The outcome of an acknowledgement: the consumer's offset now, and whether this one moved it. */
    public record Ack(long ackedOffset, boolean moved) {}

    /** A consumer's cursor with the delivery state the webhook sender keeps there. */
    public record Cursor(
            String consumer,
            long ackedOffset,
            int attempts,
            OffsetDateTime nextAttemptAt,
            String lastError,
            OffsetDateTime updatedAt) {}

    private final JdbcClient jdbc;

    public ConsumerCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static void checkName(String consumer) {
        if (consumer == null || !NAME.matcher(consumer).matches()) {
            throw new IllegalArgumentException("consumer must be 1..64 characters of A-Z, a-z, 0-9, '.', '_', '-'");
        }
    }

    /** The consumer's acknowledged offset; 0 (the feed's start) for a consumer not seen before. */
    public long acked(String consumer) {
        return jdbc.sql("SELECT acked_offset FROM event_consumer WHERE name = ?")
                .param(consumer)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    @Transactional
    public Ack ack(String consumer, long offset, OffsetDateTime now) {
        ensure(consumer, now);
        boolean moved = jdbc.sql("UPDATE event_consumer SET acked_offset = ?, updated_at = ? WHERE name = ? AND "
                                + "acked_offset < ?")
                        .params(offset, now, consumer, offset)
                        .update()
                == 1;
        return new Ack(acked(consumer), moved);
    }

    /** Creates the consumer's row at offset 0 unless it exists. */
    public void ensure(String consumer, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO event_consumer (name, acked_offset, attempts, updated_at) VALUES (?, 0, 0, ?)
                ON CONFLICT DO NOTHING""").params(consumer, now).update();
    }

    public List<Cursor> list() {
        return jdbc.sql("SELECT * FROM event_consumer ORDER BY name")
                .query(ConsumerCursors::map)
                .list();
    }

    private static Cursor map(ResultSet rs, int row) throws SQLException {
        return new Cursor(
                rs.getString("name"),
                rs.getLong("acked_offset"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getString("last_error"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
