package org.wbcigateway.gateway.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/** An operator puts a dead letter back in line, with fresh attempts. */
@Service
public class ResendMessage {

    /** A resend refused because the entry is not a dead letter. */
    public static class NotDeadException extends RuntimeException {

        NotDeadException(String message) {
            super(message);
        }
    }

    private final OutboxRepository outbox;
    private final Clock clock;

    public ResendMessage(OutboxRepository outbox, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the entry, pending again */
    public OutboxEntry resend(long outboxId) {
        if (!outbox.resend(outboxId, OffsetDateTime.now(clock))) {
            OutboxEntry entry =
                    outbox.find(outboxId).orElseThrow(() -> new NotFoundException("no outbox entry " + outboxId));
            throw new NotDeadException("outbox entry " + outboxId + " is " + entry.status() + ", not DEAD");
        }
        return outbox.find(outboxId).orElseThrow();
    }
}
