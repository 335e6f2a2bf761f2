package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.web.api.Views.OutboxEntryView;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/** The outbox for operators: what waits, what was delivered, and the dead letters to put back in line. */
@RestController
@RequestMapping("/api/outbox")
@Tag(name = "Outbox", description = "Delivery of outgoing messages")
public class OutboxController {

    /** A resend refused because the entry is not a dead letter (409). */
    public static class NotDeadException extends RuntimeException {

        NotDeadException(String message) {
            super(message);
        }
    }

    private final OutboxRepository outbox;
    private final Clock clock;

    public OutboxController(OutboxRepository outbox, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Outbox entries; with a status oldest first, without newest first")
    public List<OutboxEntryView> list(@RequestParam(required = false) OutboxStatus status,
                                      @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + VorabstimmungController.MAX_LIMIT);
        }
        return outbox.list(status, limit).stream().map(OutboxEntryView::of).toList();
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Put a dead letter back in line with fresh attempts (409 if it is not dead)")
    public OutboxEntryView resend(@PathVariable long id) {
        if (!outbox.resend(id, OffsetDateTime.now(clock))) {
            OutboxEntry entry = outbox.find(id).orElseThrow(() -> new NotFoundException("no outbox entry " + id));
            throw new NotDeadException("outbox entry " + id + " is " + entry.status() + ", not DEAD");
        }
        return OutboxEntryView.of(outbox.find(id).orElseThrow());
    }
}
