package org.wbcigateway.gateway.web.api;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses stored under a client's Idempotency-Key (see {@link IdempotencyFilter}). */
@Repository
public class IdempotencyRepository {

    /** The response first given to a key, and what request it answered. */
    public record StoredResponse(
            String key,
            String fingerprint,
            String method,
            String path,
            int status,
            String contentType,
            String location,
            byte[] body) {}

    private final JdbcClient jdbc;

    public IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key in the caller's transaction. A second transaction claiming the same key waits for the first on
     * the primary key and then fails with a duplicate key (PostgreSQL), or fails at once (H2).
     */
    public void claim(String key, String fingerprint, String method, String path, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO idempotency_key (idem_key, fingerprint, method, path, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(key, fingerprint, method, path.length() <= 1000 ? path : path.substring(0, 1000), now)
                .update();
    }

    /** Records the response, in the transaction that claimed the key and made the request's effect. */
    public void complete(String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, body = ? WHERE idem_key = ?")
                .params(status, contentType, location, body, key)
                .update();
    }

    /** A completed key; a claimed key whose transaction is still open is not visible. */
    public Optional<StoredResponse> find(String key) {
        return jdbc.sql("SELECT * FROM idempotency_key WHERE idem_key = ? AND status IS NOT NULL")
                .param(key)
                .query((rs, i) -> new StoredResponse(
                        rs.getString("idem_key"),
                        rs.getString("fingerprint"),
                        rs.getString("method"),
                        rs.getString("path"),
                        rs.getInt("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
    }
}
