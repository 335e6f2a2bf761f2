package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.vorabstimmung.KlaerfallKind;
import org.wbcigateway.gateway.outbox.OutboxEntry;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/**
 * Response bodies. A Geschaeftsfall is written as on the wire and as requests take it ({@code VA-KUE-MRN}); states,
 * roles and message types by their constant names ({@code VA_PENDING}, {@code EKP_AUF}, {@code RUEM_VA}, matching
 * {@code changeRequest} values such as {@code STR_AUFH_AUF}).
 */
public final class Views {

    private Views() {}

    /** A rule broken only as a warning, e.g. a short lead time. */
    public record Warning(String rule, String detail) {

        static Warning of(Violation v) {
            return new Warning(v.rule().id(), v.detail());
        }
    }

    @Schema(description = "What an action sent: the message is stored and queued in the outbox")
    public record Sent(String vorabstimmungsId, long messageId, List<Warning> warnings) {

        static Sent of(org.wbcigateway.gateway.actions.Sent sent) {
            return new Sent(
                    sent.vaId().value(),
                    sent.messageId(),
                    sent.warnings().stream().map(Warning::of).toList());
        }
    }

    public record VorabstimmungSummary(
            String vorabstimmungsId,
            String geschaeftsfall,
            Rolle ownRole,
            String partner,
            Phase phase,
            AkmTrStatus akmTr,
            ChangeRequest changeRequest,
            LocalDate kundenwunschtermin,
            LocalDate wechseltermin,
            boolean klaerfall,
            KlaerfallKind klaerfallKind,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static VorabstimmungSummary of(VorabstimmungRecord r) {
            return new VorabstimmungSummary(
                    r.vaId().value(),
                    r.geschaeftsfall().code(),
                    r.ownRole(),
                    r.partner().value(),
                    r.state().phase(),
                    r.state().akmTr(),
                    r.state().changeRequest(),
                    r.kundenwunschtermin(),
                    r.wechseltermin(),
                    r.inKlaerfall(),
                    r.inKlaerfall() ? r.klaerfall().kind() : null,
                    r.createdAt(),
                    r.updatedAt());
        }
    }

    public record OutboxEntryView(
            long id,
            long messageId,
            String vorabstimmungsId,
            String partner,
            OutboxStatus status,
            int attempts,
            OffsetDateTime nextAttemptAt,
            String lastError,
            String lastTeqCode,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt) {

        static OutboxEntryView of(OutboxEntry e) {
            return new OutboxEntryView(
                    e.id(),
                    e.messageId(),
                    e.vaId(),
                    e.partner().value(),
                    e.status(),
                    e.attempts(),
                    e.nextAttemptAt(),
                    e.lastError(),
                    e.lastTeqCode(),
                    e.createdAt(),
                    e.deliveredAt());
        }
    }
}
