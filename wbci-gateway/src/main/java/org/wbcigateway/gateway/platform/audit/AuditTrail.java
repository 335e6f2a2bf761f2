package org.wbcigateway.gateway.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * Writes and reads the audit log. A line is written in its own statement after the action: if the database refuses
 * it, the line goes to the log at WARN instead, so no action is ever undone or hidden for want of its audit line.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    public static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The authenticated user or token name of the current request, else {@value #ANONYMOUS}. */
    public static String currentActor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated() ? ANONYMOUS : a.getName();
    }

    public void record(String actor, AuditEntry.Channel channel, String action, String target, String outcome,
                       String detail, String remoteAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            jdbc.sql("INSERT INTO audit_log (at, actor, channel, action, target, outcome, detail, remote_address) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(now, cut(actor, 100), channel.name(), cut(action, 200), cut(target, 100), cut(outcome, 32),
                            cut(detail, 2000), cut(remoteAddress, 64))
                    .update();
        } catch (DataAccessException e) {
            log.warn("audit line not stored ({}): actor={} channel={} action={} target={} outcome={} detail={}",
                    e.getClass().getSimpleName(), actor, channel, action, target, outcome, detail);
        }
    }

    /** The newest lines first; every filter is optional. */
    public List<AuditEntry> list(String actor, String target, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (actor != null) {
            sql.append(" AND actor = ?");
            params.add(actor);
        }
        if (target != null) {
            sql.append(" AND target = ?");
            params.add(target);
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new AuditEntry(rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                AuditEntry.Channel.valueOf(rs.getString("channel")), rs.getString("action"), rs.getString("target"),
                rs.getString("outcome"), rs.getString("detail"), rs.getString("remote_address"))).list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
