package org.wbcigateway.gateway.platform.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.security.StoredBytes;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.wire.Pseudonymiser;

/**
 * Replaces the personal data in stored messages, in the schema in scope (ADR 0017): for the retention job and for
 * an erasure. A message still waiting in the outbox is left (it is sent byte for byte as stored); one that cannot be
 * read any more loses its bytes. Tells this node's readers at once ({@link MessagesPseudonymised}).
 */
@Repository
public class MessageScrub {

    /** {@code outbox.status} of a message not sent yet ({@code OutboxStatus.PENDING}, a package this one precedes). */
    public static final String OUTBOX_PENDING = "PENDING";

    /** The condition on {@code wbci_message m} that leaves out what is pseudonymised already or still to be sent. */
    static final String SCRUBBABLE = "m.pseudonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
            + "o.message_id = m.id AND o.status = '" + OUTBOX_PENDING + "')";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final StoredBytes bytes;

    MessageScrub(JdbcClient jdbc, ApplicationEventPublisher events, StoredBytes bytes) {
        this.jdbc = jdbc;
        this.events = events;
        this.bytes = bytes;
    }

    /** Every message of these Vorabstimmungen; the ids of those changed now. */
    public List<Long> ofVorabstimmungen(Collection<String> vaIds, Instant now) {
        List<Long> changed = new ArrayList<>();
        for (String vaId : vaIds) {
            changed.addAll(replace(
                    jdbc.sql("SELECT id, raw FROM wbci_message m WHERE va_id = ? AND " + SCRUBBABLE)
                            .param(vaId)
                            .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getBytes("raw")))
                            .list(),
                    now));
        }
        return changed;
    }

    /** These messages (id and bytes as read) with their personal data replaced; the ids of those changed now. */
    List<Long> replace(List<Map.Entry<Long, byte[]>> messages, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Long> changed = new ArrayList<>();
        for (Map.Entry<Long, byte[]> message : messages) {
            byte[] pseudonymised;
            try {
                pseudonymised = Pseudonymiser.pseudonymise(bytes.open(message.getValue()));
            } catch (IllegalArgumentException e) {
                pseudonymised = new byte[0];
            }
            int updated = jdbc.sql("UPDATE wbci_message SET raw = ?, pseudonymised_at = ? WHERE id = ? "
                            + "AND pseudonymised_at IS NULL")
                    .params(bytes.seal(pseudonymised), at, message.getKey())
                    .update();
            if (updated == 1) {
                changed.add(message.getKey());
            }
        }
        if (!changed.isEmpty()) {
            String schema = TenantScope.current().map(TenantScope.Scope::schema).orElse("");
            events.publishEvent(new MessagesPseudonymised(schema, changed));
        }
        return changed;
    }
}
