package org.wbcigateway.domain.deadline;

import java.time.Clock;
import java.util.Objects;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.message.Rolle;

/**
 * The working-day calendars of the two parties of a Vorabstimmung, and the project rules on which of them a date is
 * counted (spec §6, docs/adr/0002-partner-calendars.md):
 * <ul>
 *   <li>a <b>deadline</b> (and its escalation) on the calendar of the party that owes the answer;</li>
 *   <li>a <b>date rule</b> on the calendar of the party that receives the message and judges it (it answers an ABBM
 *       or opens a Klärfall): an incoming message on ours; a message we send is checked beforehand as the partner
 *       will check it, and its date must also be a working day of ours, the next day no holiday of ours.</li>
 * </ul>
 *
 * @param ownRole  our role in the Vorabstimmung
 * @param own      our calendar
 * @param partner  the partner's calendar
 */
public record PartyCalendars(Rolle ownRole, WorkingDayCalendar own, WorkingDayCalendar partner) {

    public PartyCalendars {
        Objects.requireNonNull(ownRole, "ownRole");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(partner, "partner");
    }

    /** The calendar of a party: ours for our role, the partner's for the other. */
    public WorkingDayCalendar of(Rolle party) {
        return Objects.requireNonNull(party, "party") == ownRole ? own : partner;
    }

    /** The calendar an open item's deadline and escalation are counted on: the owing party's. */
    public WorkingDayCalendar owing(OpenItem item) {
        return of(item.owedBy());
    }

    /** Date rules for a message we receive: judged on our calendar. */
    public Terminpruefung incoming(Fristen fristen, Clock clock) {
        return new Terminpruefung(fristen, own, clock);
    }

    /**
     * Date rules for a message we send: lead times counted on the partner's calendar, as its gateway will count them;
     * a date must be a working day, and its next day no holiday, on both calendars.
     */
    public Terminpruefung outgoing(Fristen fristen, Clock clock) {
        return new Terminpruefung(fristen, partner, clock).alsoOn(own);
    }
}
