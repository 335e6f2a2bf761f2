package org.wbcigateway.gateway.vorabstimmung;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.followup.NewVaArrival;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.vorabstimmung.KlaerfallKind;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxStatus;

/**
 * A Vorabstimmung as the REST API and the console show it: its state, deadlines, follow-up links and the timeline of
 * its messages (read by {@link VorabstimmungDetails}).
 */
public record VorabstimmungView(
        String vorabstimmungsId,
        String geschaeftsfall,
        Rolle ownRole,
        String partner,
        Phase phase,
        AkmTrStatus akmTr,
        ChangeRequest changeRequest,
        LocalDate kundenwunschtermin,
        LocalDate wechseltermin,
        @Schema(description = "it waits for an operator") boolean klaerfall,

        @Schema(description = "why it waits for an operator; null if it does not")
        KlaerfallKind klaerfallKind,

        @Schema(description = "the kind in words and the detail of this occurrence")
        String klaerfallReason,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,

        @Schema(description = "the voided Vorabstimmung this new VA follows up (ADR 0003)")
        String vorgaengerVa,

        @Schema(description = "how this follow-up VA met the predecessor's NEW_VA deadline; " + "TOO_EARLY: refused")
        NewVaArrival newVaArrival,

        @Schema(description = "the accepted new VA that follows up this voided one")
        String folgeVa,

        List<DeadlineView> deadlines,
        List<TimelineEntry> timeline) {

    public enum Party {
        US,
        PARTNER
    }

    @Schema(description = "An awaited answer; overdue is judged on the business date")
    public record DeadlineView(
            AwaitedAnswer awaited,
            Party owedBy,
            Rolle owedByRole,

            @Schema(
                    description = "the owing party's Bundesland: the due date is counted on its "
                            + "working days (as configured now)")
            Bundesland owedByBundesland,

            LocalDate startedOn,
            LocalDate notBefore,
            LocalDate due,
            boolean open,
            boolean overdue) {}

    public record TimelineEntry(
            long messageId,
            MessageRecord.Direction direction,
            MessageType type,
            String geschaeftsfall,
            String requestId,
            MessageRecord.Outcome outcome,
            String outcomeDetail,
            OffsetDateTime createdAt,
            @Schema(description = "outbound messages only") Delivery delivery,

            @Schema(
                    description = "the domain message read from raw",
                    types = {"object"})
            Object parsed,

            @Schema(description = "the message as on the wire (SOAP envelope)")
            String raw) {}

    public record Delivery(
            OutboxStatus status, int attempts, String lastError, String lastTeqCode, OffsetDateTime deliveredAt) {

        static Delivery of(OutboxEntry e) {
            return new Delivery(e.status(), e.attempts(), e.lastError(), e.lastTeqCode(), e.deliveredAt());
        }
    }
}
