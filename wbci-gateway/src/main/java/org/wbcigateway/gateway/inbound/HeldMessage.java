package org.wbcigateway.gateway.inbound;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message for a bundle code accepted and held until a provider operator names its tenant (ADR 0015).
 *
 * @param code      the bundle code it was addressed to
 * @param matched   the ids of the tenants whose CRM data has the customer (none for {@link HoldReason#NO_CUSTOMER})
 * @param routedTo  the id of the tenant it was handed to; {@code null} while it waits
 */
public record HeldMessage(
        long id,
        String code,
        String vaId,
        org.wbcigateway.domain.message.MessageType messageType,
        String sender,
        HoldReason reason,
        List<String> matched,
        OffsetDateTime receivedAt,
        String routedTo,
        String routedBy,
        OffsetDateTime routedAt) {

    public boolean waiting() {
        return routedTo == null;
    }
}
