package org.wbcigateway.domain.vorabstimmung;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.deadline.DeadlineCalculator;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.followup.VoidedVorabstimmung;
import org.wbcigateway.domain.state.Direction;

/**
 * What the engine needs beyond the Vorabstimmung to judge one message: the day (Europe/Berlin) it is judged on, both
 * parties' calendars, the configured deadlines, and what only the store can tell.
 *
 * @param today              the day the message is received or sent
 * @param calendars          our calendar and the partner's, with our role in the Vorabstimmung
 * @param fristen            the deadlines and lead times
 * @param requestIdUsed      the ID a received TV or Storno creates was already used for a different message (§7: 8115)
 * @param followUpCandidates for a new VA: the voided Vorabstimmungen of the same partner and role whose NEW_VA
 *                           deadline is still open, most recently voided first (ADR 0003); else empty
 * @param contractId         for a new VA: the CRM contract it concerns, if known ({@code null} otherwise); used to
 *                           recognise a follow-up
 */
public record Context(
        LocalDate today,
        PartyCalendars calendars,
        Fristen fristen,
        boolean requestIdUsed,
        List<VoidedVorabstimmung> followUpCandidates,
        String contractId) {

    public Context {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(fristen, "fristen");
        followUpCandidates = List.copyOf(followUpCandidates);
    }

    public static Context of(LocalDate today, PartyCalendars calendars, Fristen fristen) {
        return new Context(today, calendars, fristen, false, List.of(), null);
    }

    public Context withRequestIdUsed(boolean used) {
        return new Context(today, calendars, fristen, used, followUpCandidates, contractId);
    }

    public Context withFollowUpCandidates(List<VoidedVorabstimmung> mostRecentFirst, String newVaContractId) {
        return new Context(today, calendars, fristen, requestIdUsed, mostRecentFirst, newVaContractId);
    }

    /**
     * The date rules on the calendar of the party that judges the message, its receiver (ADR 0002): ours for a message
     * we receive; for one we send, the partner's lead times and both parties' working days.
     */
    public Terminpruefung termine(Direction direction) {
        Clock clock = Clock.fixed(
                today.atTime(LocalTime.NOON).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE);
        return direction == Direction.INCOMING
                ? calendars.incoming(fristen, clock)
                : calendars.outgoing(fristen, clock);
    }

    DeadlineCalculator deadlines() {
        return new DeadlineCalculator(fristen);
    }
}
