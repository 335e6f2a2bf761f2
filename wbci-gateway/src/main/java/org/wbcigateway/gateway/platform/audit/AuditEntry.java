package org.wbcigateway.gateway.platform.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param actor   the user name or the API token's name; {@code anonymous} when nobody authenticated
 * @param channel CONSOLE, API, LOGIN or SYSTEM
 * @param action  what was tried, e.g. {@code POST /api/vorabstimmungen/{id}/tv} or {@code console: send TV}
 * @param target  what it was done to, e.g. the Vorabstimmungs-ID, an outbox id or a contract id
 * @param outcome the HTTP status, or OK / REFUSED / FAILED / LOCKED
 * @param detail  the reason of a refusal; never a password, token or message content
 */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actor,
        Channel channel,
        String action,
        String target,
        String outcome,
        String detail,
        String remoteAddress) {

    public enum Channel {
        CONSOLE,
        API,
        LOGIN,
        /** The gateway itself, e.g. its retention job. */
        SYSTEM
    }
}
