package org.wbcigateway.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;

/**
 * Computes when an awaited answer is due (spec §6, first table), counted as described in {@link Fristen}.
 *
 * <p>Project rule: a deadline owed by a party is computed on <em>that party's</em> calendar, so every call takes the
 * owing party's {@link WorkingDayCalendar} (the gateway's own one for what it owes, the partner's for what it awaits).
 *
 * <p>Project decision for deadlines counted back from the Wechseltermin (AKM-TR, new VA): a deadline is never due
 * before the first working day on or after the day it started (resp. its {@code notBefore}); if a RUEM-VA or ERLM comes
 * so late that "Wechseltermin − n AT" has already passed, the answer is due that day, not overdue at once.
 */
public final class DeadlineCalculator {

    private final Fristen fristen;

    public DeadlineCalculator(Fristen fristen) {
        this.fristen = Objects.requireNonNull(fristen, "fristen");
    }

    public Fristen fristen() {
        return fristen;
    }

    /**
     * The deadline of an open item, on the calendar of the party that owes it ({@link PartyCalendars#owing}).
     *
     * @param wechseltermin the current (AKM-TR) or original (new VA) Wechseltermin; may be {@code null} for deadlines
     *                      counted from the start
     */
    public Deadline deadline(OpenItem item, LocalDate startedOn, LocalDate wechseltermin, PartyCalendars calendars) {
        WorkingDayCalendar owing = calendars.owing(item);
        return item.awaited().needsWechseltermin()
                ? deadline(item.awaited(), startedOn, wechseltermin, owing)
                : deadline(item.awaited(), startedOn, owing);
    }

    /**
     * The deadline of an answer counted from its start ({@link AwaitedAnswer.Anchor#RECEIPT}).
     *
     * @throws IllegalArgumentException if the awaited answer is counted from a Wechseltermin
     */
    public Deadline deadline(AwaitedAnswer awaited, LocalDate startedOn, WorkingDayCalendar owingParty) {
        if (awaited.needsWechseltermin()) {
            throw new IllegalArgumentException(awaited + " is counted back from the Wechseltermin; pass it");
        }
        return deadline(awaited, startedOn, null, owingParty);
    }

    /**
     * The deadline of an answer.
     *
     * @param startedOn     the day the deadline started: VA/TV/Storno received, RUEM-VA received (AKM-TR), ERLM
     *                      received (new VA)
     * @param wechseltermin the current Wechseltermin (AKM-TR) or the original one (new VA); ignored for deadlines
     *                      counted from the start, may then be {@code null}
     * @param owingParty    the calendar of the party that owes the answer
     */
    public Deadline deadline(
            AwaitedAnswer awaited, LocalDate startedOn, LocalDate wechseltermin, WorkingDayCalendar owingParty) {
        Objects.requireNonNull(awaited, "awaited");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(owingParty, "owingParty");
        int workingDays = awaited.workingDays(fristen);
        LocalDate notBefore = owingParty.plusWorkingDays(startedOn, awaited.notBeforeWorkingDays(fristen));
        LocalDate earliestDue = owingParty.workingDayOnOrAfter(notBefore);
        LocalDate due = switch (awaited.anchor()) {
            case RECEIPT -> owingParty.plusWorkingDays(startedOn, workingDays);
            case WECHSELTERMIN ->
                owingParty.plusWorkingDays(
                        Objects.requireNonNull(wechseltermin, () -> awaited + " needs the Wechseltermin"),
                        -workingDays);
        };
        if (due.isBefore(earliestDue)) {
            due = earliestDue;
        }
        return new Deadline(awaited, startedOn, notBefore, due);
    }
}
