package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.crm.feed.ConsumerCursors;
import org.wbcigateway.gateway.crm.feed.EventFeed;
import org.wbcigateway.gateway.crm.feed.EventWebhookSender;
import org.wbcigateway.gateway.crm.feed.FeedEvent;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * The event feed for a CRM that pulls: every WBCI event of every contract in offset order, read after an offset or
 * after what the consumer acknowledged last. A consumer that reads, processes and acknowledges gets each event once,
 * also across restarts of either side. The offsets are increasing but may have gaps (see {@link EventFeed}).
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Event feed", description = "WBCI events of all contracts as a durable feed with acknowledgements")
public class EventFeedController {

    /** An acknowledgement: the consumer has processed every event up to and including the offset. */
    public record AckRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String consumer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long offset) {}

    /** Where the consumer stands after the acknowledgement; {@code moved} is false when it was ignored. */
    public record AckView(String consumer, long ackedOffset, boolean moved, String detail) {}

    /** The feed's head and every consumer's cursor. */
    public record ConsumersView(long head, List<ConsumerCursors.Cursor> consumers) {}

    private final EventFeed feed;
    private final ConsumerCursors cursors;
    private final Clock clock;

    public EventFeedController(
            EventFeed feed, ConsumerCursors cursors, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.feed = feed;
        this.cursors = cursors;
        this.clock = clock;
    }

    @PersonalDataRead
    @GetMapping
    @Operation(
            summary = "Events after an offset, oldest first; without 'after', after the consumer's acknowledged "
                    + "offset; with neither, from the start")
    public List<FeedEvent> read(
            @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String consumer) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + VorabstimmungController.MAX_LIMIT);
        }
        if (after != null && after < 0) {
            throw new IllegalArgumentException("after must be at least 0");
        }
        if (consumer != null) {
            ConsumerCursors.checkName(consumer);
        }
        long from = after != null ? after : consumer != null ? cursors.acked(consumer) : 0;
        return feed.read(from, limit);
    }

    @PostMapping("/ack")
    @ApiResponse(responseCode = "422", description = "The offset has not been served yet")
    @Operation(summary = "Acknowledge every event up to an offset; an offset not after the current one is ignored")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.ACK)))
    public AckView ack(@RequestBody AckRequest body) {
        ConsumerCursors.checkName(body.consumer());
        if (EventWebhookSender.CONSUMER.equals(body.consumer())) {
            throw new IllegalArgumentException(
                    "consumer '" + EventWebhookSender.CONSUMER + "' is the webhook sender's own cursor");
        }
        if (body.offset() == null || body.offset() < 0) {
            throw new IllegalArgumentException("offset must be given and at least 0");
        }
        long head = feed.head();
        if (body.offset() > head) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "offset " + body.offset() + " has not been served yet; the feed ends at " + head);
            p.setTitle("Offset beyond the feed");
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, p, null);
        }
        ConsumerCursors.Ack ack = cursors.ack(body.consumer(), body.offset(), OffsetDateTime.now(clock));
        String detail = ack.moved()
                ? "acknowledged up to " + ack.ackedOffset()
                : "ignored: offset " + body.offset() + " is not after the acknowledged offset " + ack.ackedOffset()
                        + "; acknowledgements only move forward";
        return new AckView(body.consumer(), ack.ackedOffset(), ack.moved(), detail);
    }

    @GetMapping("/consumers")
    @Operation(summary = "The feed's head and every consumer's acknowledged offset (with the webhook's retry state)")
    public ConsumersView consumers() {
        feed.sequence();
        return new ConsumersView(feed.head(), cursors.list());
    }
}
