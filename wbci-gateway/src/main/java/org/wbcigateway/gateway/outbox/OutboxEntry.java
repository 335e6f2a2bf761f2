package org.wbcigateway.gateway.outbox;

import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.CarrierCode;

/** A message in the outbox and how far its delivery has come. */
public record OutboxEntry(
        long id,
        long messageId,
        String vaId,
        CarrierCode partner,
        Status status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        String lastTeqCode,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt) {

    public enum Status {
        /** Waiting for its turn or its next attempt. */
        PENDING,
        /** Partner answered TEQ OK. */
        DELIVERED,
        /** Given up (attempts used up, or a negative TEQ): an operator re-sends it or leaves it; it blocks its VA. */
        DEAD
    }
}
