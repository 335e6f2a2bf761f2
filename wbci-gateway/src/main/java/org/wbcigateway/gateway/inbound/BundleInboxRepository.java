package org.wbcigateway.gateway.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.platform.security.StoredBytes;

/** The bundle inbox in the provider's schema (ADR 0015); callers run it in the provider's scope. */
@Repository
class BundleInboxRepository {

    private static final String COLUMNS =
            "id, code, va_id, message_type, sender, reason, matched, received_at, " + "routed_to, routed_by, routed_at";

    private final JdbcClient jdbc;
    private final StoredBytes bytes;

    BundleInboxRepository(JdbcClient jdbc, StoredBytes bytes) {
        this.jdbc = jdbc;
        this.bytes = bytes;
    }

    void insert(
            String code,
            WbciMessage message,
            HoldReason reason,
            List<String> matched,
            byte[] raw,
            String digest,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO bundle_inbox (code, va_id, message_type, sender, reason, matched, raw, digest, "
                        + "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code,
                        message.vorabstimmungsId().value(),
                        message.type().name(),
                        message.absender().value(),
                        reason.name(),
                        String.join(",", matched),
                        bytes.seal(raw),
                        digest,
                        at)
                .update();
    }

    boolean holdsDigest(String digest) {
        return jdbc.sql("SELECT COUNT(*) FROM bundle_inbox WHERE digest = ?")
                        .param(digest)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The messages of a VA, waiting or routed, in order of receipt. */
    List<HeldMessage> ofVa(String code, String vaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bundle_inbox WHERE code = ? AND va_id = ? ORDER BY id")
                .params(code, vaId)
                .query(BundleInboxRepository::read)
                .list();
    }

    /** The waiting messages of a VA in order of receipt, locked until the transaction ends. */
    List<HeldMessage> lockWaiting(String code, String vaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bundle_inbox WHERE code = ? AND va_id = ? AND routed_at IS NULL "
                        + "ORDER BY id FOR UPDATE")
                .params(code, vaId)
                .query(BundleInboxRepository::read)
                .list();
    }

    Optional<HeldMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bundle_inbox WHERE id = ?")
                .param(id)
                .query(BundleInboxRepository::read)
                .optional();
    }

    byte[] raw(long id) {
        return jdbc.sql("SELECT raw FROM bundle_inbox WHERE id = ?")
                .param(id)
                .query((rs, i) -> bytes.open(rs.getBytes(1)))
                .single();
    }

    /** The waiting messages first (oldest first), then the routed ones (latest first). */
    List<HeldMessage> page(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bundle_inbox "
                        + "ORDER BY CASE WHEN routed_at IS NULL THEN 0 ELSE 1 END, "
                        + "CASE WHEN routed_at IS NULL THEN received_at END, routed_at DESC, id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(BundleInboxRepository::read)
                .list();
    }

    long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM bundle_inbox WHERE routed_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Marks a waiting message routed; false if it was routed already (by another node or request). */
    boolean markRouted(long id, String tenantId, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE bundle_inbox SET routed_to = ?, routed_by = ?, routed_at = ? "
                                + "WHERE id = ? AND routed_at IS NULL")
                        .params(tenantId, by, at, id)
                        .update()
                > 0;
    }

    private static HeldMessage read(ResultSet rs, int row) throws SQLException {
        String matched = rs.getString("matched");
        return new HeldMessage(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("va_id"),
                MessageType.valueOf(rs.getString("message_type")),
                rs.getString("sender"),
                HoldReason.valueOf(rs.getString("reason")),
                matched == null || matched.isEmpty() ? List.of() : Arrays.asList(matched.split(",")),
                rs.getObject("received_at", OffsetDateTime.class),
                rs.getString("routed_to"),
                rs.getString("routed_by"),
                rs.getObject("routed_at", OffsetDateTime.class));
    }
}
