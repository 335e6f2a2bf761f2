package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.actions.ResendMessage;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.web.api.Views.OutboxEntryView;

/** The outbox for operators: what waits, what was delivered, and the dead letters to put back in line. */
@RestController
@RequestMapping("/api/outbox")
@Tag(name = "Outbox", description = "Delivery of outgoing messages")
public class OutboxController {

    private final OutboxRepository outbox;
    private final ResendMessage resend;

    public OutboxController(OutboxRepository outbox, ResendMessage resend) {
        this.outbox = outbox;
        this.resend = resend;
    }

    @GetMapping
    @Operation(summary = "Outbox entries; with a status oldest first, without newest first")
    public List<OutboxEntryView> list(
            @RequestParam(required = false) OutboxStatus status, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + VorabstimmungController.MAX_LIMIT);
        }
        return outbox.list(status, limit).stream().map(OutboxEntryView::of).toList();
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The message is not a dead letter")
    @Operation(summary = "Put a dead letter back in line with fresh attempts (409 if it is not dead)")
    public OutboxEntryView resend(@PathVariable long id) {
        return OutboxEntryView.of(resend.resend(id));
    }
}
