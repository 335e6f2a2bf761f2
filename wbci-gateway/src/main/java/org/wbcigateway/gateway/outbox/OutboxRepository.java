package org.wbcigateway.gateway.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.gateway.platform.persistence.ColumnText;
import org.wbcigateway.gateway.platform.security.StoredBytes;

/**
 * The outbox. Only the oldest undelivered message of a Vorabstimmung is due, so its messages leave in order; a node
 * takes a due message by a lease (claimed with SKIP LOCKED), so several nodes never send the same one at once, and
 * records the outcome only while it still holds that lease.
 */
@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;
    private final OutboxWakeup wakeup;
    private final StoredBytes bytes;

    public OutboxRepository(JdbcClient jdbc, OutboxWakeup wakeup) {
        this(jdbc, wakeup, StoredBytes.PLAIN);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public OutboxRepository(JdbcClient jdbc, OutboxWakeup wakeup, StoredBytes bytes) {
        this.jdbc = jdbc;
        this.wakeup = wakeup;
        this.bytes = bytes;
    }

    /** Queues a stored message; this node's sender is woken once the transaction has committed. */
    public void enqueue(long messageId, String vaId, CarrierCode partner, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO outbox (message_id, va_id, partner, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', 0, ?, ?)""").params(messageId, vaId, partner.value(), now, now).update();
        wakeup.afterCommit();
    }

    /**
     * Due entries, heads of their Vorabstimmung only, not leased by another node, the longest-waiting first; locked
     * until the transaction ends. Entries whose lease {@code owner} still holds are due again for it: a node takes back
     * what it had claimed but could not finish (e.g. the database went away after the send), at once rather than after
     * its lease expires. That is safe only because one node never runs two claiming rounds at the same time.
     *
     * <p>The order is the index {@code outbox_due (status, next_attempt_at, id)}, so a claim reads about as many rows as
     * it returns however long the backlog is ({@code PerMessageQueryPlanTest}); in id order it walked past every entry
     * waiting for a partner that is down. PostgreSQL needs statistics for this plan (autovacuum, its default, keeps
     * them): without any, it read, checked and sorted every due entry for each batch — minutes per batch with 100,000
     * queued during a partner outage.
     */
    public List<OutboxEntry> lockDue(OffsetDateTime now, int limit, String owner) {
        return jdbc.sql(LOCK_DUE)
                .params(now, now, owner, limit)
                .query(OutboxRepository::map)
                .list();
    }

    /** The claim of {@link #lockDue}; its plan is tested. */
    public static final String LOCK_DUE = """
            SELECT * FROM outbox o
            WHERE o.status = 'PENDING' AND o.next_attempt_at <= ?
              AND (o.lease_until IS NULL OR o.lease_until < ? OR o.lease_owner = ?)
              AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.va_id = o.va_id AND p.id < o.id
                              AND p.status <> 'DELIVERED')
            ORDER BY o.next_attempt_at, o.id
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";

    public void lease(long id, String owner, OffsetDateTime until) {
        jdbc.sql("UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ?")
                .params(owner, until, id)
                .update();
    }

    /**
     * Extends this node's lease right before an attempt, so a whole batch of slow partners never outlives it; false
     * if the lease was lost meanwhile (another node took the message after it expired) or the entry is settled.
     */
    public boolean renewLease(long id, String owner, OffsetDateTime until) {
        return jdbc.sql("UPDATE outbox SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'PENDING'")
                        .params(until, id, owner)
                        .update()
                == 1;
    }

    /**
     * The partner's positive TEQ. Written only while {@code owner} still holds the lease: a node whose lease ran out
     * and was taken over leaves the entry to the node that has it now. Returns whether it was written.
     */
    public boolean markDelivered(long id, String owner, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE outbox SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?, last_teq_code = 'OK',
                  lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""").params(now, id, owner).update() == 1;
    }

    /**
     * A failed attempt: try again at {@code next}, or give up ({@code dead}). Like {@link #markDelivered}, only while
     * {@code owner} holds the lease, so a late failure never undoes another node's delivery.
     */
    public boolean markFailed(long id, String owner, String error, String teqCode, OffsetDateTime next, boolean dead) {
        return jdbc.sql("""
                UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, last_teq_code = ?,
                  next_attempt_at = ?, lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""")
                        .params(
                                dead ? OutboxStatus.DEAD.name() : OutboxStatus.PENDING.name(),
                                ColumnText.truncate(error),
                                teqCode,
                                next,
                                id,
                                owner)
                        .update()
                == 1;
    }

    /** Gives a leased message back untried, due again at {@code next}; no attempt is counted. */
    public void defer(long id, String owner, OffsetDateTime next) {
        jdbc.sql("""
                UPDATE outbox SET next_attempt_at = ?, lease_owner = NULL, lease_until = NULL
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""").params(next, id, owner).update();
    }

    /** Puts a dead letter back in line, with fresh attempts. */
    public boolean resend(long id, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_owner = NULL,
                  lease_until = NULL WHERE id = ? AND status = 'DEAD'""").params(now, id).update() == 1;
    }

    /** The stored message an entry sends. */
    public Optional<OutgoingMessage> message(long messageId) {
        return jdbc.sql("SELECT id, va_id, message_type, partner, raw FROM wbci_message WHERE id = ?")
                .param(messageId)
                .query((rs, row) -> new OutgoingMessage(
                        rs.getLong("id"),
                        rs.getString("va_id"),
                        MessageType.valueOf(rs.getString("message_type")),
                        CarrierCode.of(rs.getString("partner")),
                        bytes.open(rs.getBytes("raw"))))
                .optional();
    }

    public Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT * FROM outbox WHERE id = ?")
                .param(id)
                .query(OutboxRepository::map)
                .optional();
    }

    public Optional<OutboxEntry> findByMessage(long messageId) {
        return jdbc.sql("SELECT * FROM outbox WHERE message_id = ?")
                .param(messageId)
                .query(OutboxRepository::map)
                .optional();
    }

    /** A page of the entries in this status, oldest first. */
    public List<OutboxEntry> list(OutboxStatus status, int limit, int offset) {
        return jdbc.sql("SELECT * FROM outbox WHERE status = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(status.name(), limit, offset)
                .query(OutboxRepository::map)
                .list();
    }

    public long count(OutboxStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    public List<OutboxEntry> list(OutboxStatus status, int limit) {
        if (status == null) {
            return jdbc.sql("SELECT * FROM outbox ORDER BY id DESC LIMIT ?")
                    .param(limit)
                    .query(OutboxRepository::map)
                    .list();
        }
        return jdbc.sql("SELECT * FROM outbox WHERE status = ? ORDER BY id LIMIT ?")
                .params(status.name(), limit)
                .query(OutboxRepository::map)
                .list();
    }

    /** Per status other than DELIVERED: how many entries, and when the oldest was queued. */
    public Map<OutboxStatus, OutboxBacklog.Backlog> backlog(OffsetDateTime now) {
        Map<OutboxStatus, OutboxBacklog.Backlog> backlog = new EnumMap<>(OutboxStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE status <> 'DELIVERED' "
                        + "GROUP BY status")
                .query((rs, row) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    backlog.put(
                            OutboxStatus.valueOf(rs.getString("status")),
                            new OutboxBacklog.Backlog(
                                    rs.getLong("n"), oldest == null ? Duration.ZERO : Duration.between(oldest, now)));
                    return null;
                })
                .list();
        return backlog;
    }

    /** When the partner last accepted a message from us; empty if never. */
    public Optional<OffsetDateTime> lastDelivered(CarrierCode partner) {
        return jdbc.sql("SELECT MAX(delivered_at) FROM outbox WHERE partner = ? AND status = 'DELIVERED'")
                .param(partner.value())
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
    }

    public long countUndelivered() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status <> 'DELIVERED'")
                .query(Long.class)
                .single();
    }

    private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getLong("message_id"),
                rs.getString("va_id"),
                CarrierCode.of(rs.getString("partner")),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getString("last_error"),
                rs.getString("last_teq_code"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("delivered_at", OffsetDateTime.class));
    }
}
