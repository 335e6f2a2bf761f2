package org.wbcigateway.gateway.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.config.TextInput;

/** The {@code audit_log} table. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line; texts are cut to their columns. */
    public void insert(
            OffsetDateTime at,
            String actor,
            AuditEntry.Channel channel,
            String action,
            String target,
            String outcome,
            String detail,
            String remoteAddress) {
        jdbc.sql("INSERT INTO audit_log (at, actor, channel, action, target, outcome, detail, remote_address) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        at,
                        cut(actor, 100),
                        channel.name(),
                        cut(action, 200),
                        cut(target, 100),
                        cut(outcome, 32),
                        cut(detail, 2000),
                        cut(remoteAddress, 64))
                .update();
    }

    /** How many lines match; every filter is optional. */
    public long count(String actor, String target) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(actor, target, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(String actor, String target, StringBuilder sql, List<Object> params) {
        if (actor != null) {
            sql.append(" AND actor = ?");
            params.add(actor);
        }
        if (target != null) {
            sql.append(" AND target = ?");
            params.add(target);
        }
    }

    /** The newest lines first; every filter is optional. */
    public List<AuditEntry> list(String actor, String target, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(actor, target, sql, params);
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"),
                        AuditEntry.Channel.valueOf(rs.getString("channel")),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("outcome"),
                        rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
    }

    /** Storable (a user name or path may hold a control character) and cut to its column. */
    private static String cut(String s, int max) {
        String storable = TextInput.storable(s);
        return storable == null || storable.length() <= max ? storable : storable.substring(0, max);
    }
}
