package org.wbcigateway.gateway.outbox;

import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.CarrierCode;

/** A message in the outbox and how far its delivery has come. */
public record OutboxEntry(
        long id,
        long messageId,
        String vaId,
        CarrierCode partner,
        OutboxStatus status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        String lastTeqCode,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt) {}
