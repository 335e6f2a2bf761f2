package org.wbcigateway.gateway.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
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

    private final AuditRepository lines;
    private final Clock clock;

    public AuditTrail(AuditRepository lines, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** The authenticated user or token name of the current request, else {@value #ANONYMOUS}. */
    public static String currentActor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated() ? ANONYMOUS : a.getName();
    }

    public void record(
            String actor,
            AuditEntry.Channel channel,
            String action,
            String target,
            String outcome,
            String detail,
            String remoteAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            lines.insert(now, actor, channel, action, target, outcome, detail, remoteAddress);
        } catch (DataAccessException e) {
            log.warn(
                    "audit line not stored ({}): actor={} channel={} action={} target={} outcome={} detail={}",
                    e.getClass().getSimpleName(),
                    actor,
                    channel,
                    action,
                    target,
                    outcome,
                    detail);
        }
    }

    /** How many lines match; every filter is optional. */
    public long count(String actor, String target) {
        return lines.count(actor, target);
    }

    /** The newest lines first; every filter is optional. */
    public List<AuditEntry> list(String actor, String target, int limit, int offset) {
        return lines.list(actor, target, limit, offset);
    }
}
