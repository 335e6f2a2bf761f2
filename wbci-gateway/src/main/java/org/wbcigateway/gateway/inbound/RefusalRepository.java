package org.wbcigateway.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.persistence.ColumnText;
import org.wbcigateway.gateway.platform.security.StoredText;

/**
 * Audit records of inbound input refused with a negative TEQ or a SOAP fault; nothing else is stored of it. Its head
 * may name a line holder: it is sealed when encryption at rest is on ({@link StoredText}).
 */
@Repository
public class RefusalRepository {

    private static final int HEAD = 4000;

    private final JdbcClient jdbc;
    private final StoredText text;

    public RefusalRepository(JdbcClient jdbc, StoredText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    public void insert(String teqCode, String kind, String detail, String sender, byte[] raw, OffsetDateTime now) {
        String head = text.seal(new String(raw, 0, Math.min(raw.length, HEAD), StandardCharsets.UTF_8), HEAD);
        jdbc.sql("""
                INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, size_bytes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(teqCode, kind, ColumnText.truncate(detail), sender, head, raw.length, now)
                .update();
    }

    /** A refused input as an operator reads it: when, from whom (if known), which TEQ and why. */
    public record Refusal(
            long id,
            OffsetDateTime at,
            String sender,
            String teqCode,
            String kind,
            String detail,
            int sizeBytes,
            String rawHead) {}

    /** The newest first; {@code sender} optional. */
    public java.util.List<Refusal> recent(String sender, int limit) {
        String where = sender == null ? "" : " WHERE sender = ?";
        var query = jdbc.sql("SELECT * FROM inbound_refusal" + where + " ORDER BY id DESC LIMIT ?");
        if (sender != null) {
            query = query.param(sender);
        }
        return query.param(limit).query(this::map).list();
    }

    /** A page of all, the newest first. */
    public java.util.List<Refusal> page(int limit, int offset) {
        return jdbc.sql("SELECT * FROM inbound_refusal ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(this::map)
                .list();
    }

    private Refusal map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Refusal(
                rs.getLong("id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("sender"),
                rs.getString("teq_code"),
                rs.getString("kind"),
                rs.getString("detail"),
                rs.getInt("size_bytes"),
                text.open(rs.getString("raw_head")));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_refusal")
                .query(Long.class)
                .single();
    }
}
