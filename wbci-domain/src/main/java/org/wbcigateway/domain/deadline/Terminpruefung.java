package org.wbcigateway.domain.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.rule.Violation;

/**
 * The date rules of spec §6 (second table): is a date acceptable as Kundenwunschtermin in a VA, Wechseltermin in a
 * RUEM-VA or new date in a TV; does a TV or Storno-Aufhebung arrive early enough; and which is the earliest acceptable
 * date. Counting as in {@link Fristen}: "n AT ahead" means {@code date >= plusWorkingDays(today, n)}, today not
 * counting.
 *
 * <p>Lead times are counted on one {@link WorkingDayCalendar}, the judging party's: the gateway's own when it checks an
 * incoming message; the partner's when it checks a message it sends, with the partner's eyes. {@link #alsoOn} adds
 * calendars on which a date must be a working day too (and its next day no holiday): a date we send must suit both
 * parties. {@link PartyCalendars} says which calendars apply.
 *
 * <p>"Today" is the date in {@link #ZONE Europe/Berlin} at the clock's instant: WBCI dates are German dates, whatever
 * the server's time zone.
 */
public final class Terminpruefung {

    /** The zone in which WBCI dates are meant. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Fristen fristen;
    private final WorkingDayCalendar calendar;
    /** The calendar first, then those added by {@link #alsoOn}; a date must be a working day on each. */
    private final List<WorkingDayCalendar> dateCalendars;

    private final Clock clock;

    public Terminpruefung(Fristen fristen, WorkingDayCalendar calendar, Clock clock) {
        this(fristen, calendar, List.of(calendar), clock);
    }

    private Terminpruefung(
            Fristen fristen, WorkingDayCalendar calendar, List<WorkingDayCalendar> dateCalendars, Clock clock) {
        this.fristen = Objects.requireNonNull(fristen, "fristen");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.dateCalendars = List.copyOf(dateCalendars);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The same checks, where a date must in addition be a working day of {@code other}, and its next day no holiday
     * there (where the rule asks for that). Lead times are still counted on {@link #calendar()}.
     */
    public Terminpruefung alsoOn(WorkingDayCalendar other) {
        if (dateCalendars.contains(Objects.requireNonNull(other, "other"))) {
            return this;
        }
        List<WorkingDayCalendar> all = new ArrayList<>(dateCalendars);
        all.add(other);
        return new Terminpruefung(fristen, calendar, all, clock);
    }

    /** Today's date in Europe/Berlin. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The calendar lead times are counted on: the judging party's. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Every calendar on which a date must be a working day: {@link #calendar()} first. */
    public List<WorkingDayCalendar> dateCalendars() {
        return dateCalendars;
    }

    public Fristen fristen() {
        return fristen;
    }

    /** The requirement on a date of this kind in a VA of this Geschaeftsfall. */
    public DateRequirement requirement(DateKind kind, Geschaeftsfall geschaeftsfall) {
        return kind.requirement(fristen, geschaeftsfall);
    }

    // ---- dates that must lie ahead -------------------------------------------------------------------------------

    /** Kundenwunschtermin in a VA sent or received today. Warns (KUE) below the recommended lead time. */
    public DateCheck checkKundenwunschtermin(Geschaeftsfall geschaeftsfall, LocalDate kundenwunschtermin) {
        return check(DateKind.KUNDENWUNSCHTERMIN, geschaeftsfall, kundenwunschtermin, null);
    }

    /** Wechseltermin in a RUEM-VA sent or received today. */
    public DateCheck checkWechseltermin(Geschaeftsfall geschaeftsfall, LocalDate wechseltermin) {
        return check(DateKind.WECHSELTERMIN, geschaeftsfall, wechseltermin, null);
    }

    /**
     * New date (NeuerKundenwunschtermin) in a TV sent or received today; also never earlier than the agreed
     * Wechseltermin (project decision: for RRNP too — a date is brought forward only by STR-AEN-ABG, spec §3).
     */
    public DateCheck checkNeuerKundenwunschtermin(
            Geschaeftsfall geschaeftsfall, LocalDate newDate, LocalDate agreedWechseltermin) {
        return check(
                DateKind.NEUER_KUNDENWUNSCHTERMIN,
                geschaeftsfall,
                newDate,
                Objects.requireNonNull(agreedWechseltermin, "agreedWechseltermin"));
    }

    /** The earliest acceptable Kundenwunschtermin for a VA sent today. */
    public LocalDate earliestKundenwunschtermin(Geschaeftsfall geschaeftsfall) {
        return earliestDate(requirement(DateKind.KUNDENWUNSCHTERMIN, geschaeftsfall));
    }

    /** The earliest acceptable Wechseltermin for a RUEM-VA sent today. */
    public LocalDate earliestWechseltermin(Geschaeftsfall geschaeftsfall) {
        return earliestDate(requirement(DateKind.WECHSELTERMIN, geschaeftsfall));
    }

    /** The earliest acceptable new date for a TV sent today. */
    public LocalDate earliestNeuerKundenwunschtermin(Geschaeftsfall geschaeftsfall, LocalDate agreedWechseltermin) {
        return earliestDate(requirement(DateKind.NEUER_KUNDENWUNSCHTERMIN, geschaeftsfall), agreedWechseltermin);
    }

    /** The earliest date meeting {@code requirement} from today (e.g. the interop catalogue's standard KWT). */
    public LocalDate earliestDate(DateRequirement requirement) {
        return earliestDate(requirement, today());
    }

    /** The earliest date meeting {@code requirement} from today that is not before {@code notBefore}. */
    public LocalDate earliestDate(DateRequirement requirement, LocalDate notBefore) {
        LocalDate date = calendar.plusWorkingDays(today(), requirement.minWorkingDaysAhead());
        if (date.isBefore(notBefore)) {
            date = notBefore;
        }
        while (!isWorkingDay(date) || requirement.nextDayNotHoliday() && isHoliday(date.plusDays(1))) {
            date = date.plusDays(1);
        }
        return date;
    }

    // ---- arrival of change requests ------------------------------------------------------------------------------

    /** A TV arriving today: at least 3 AT before the current Wechseltermin, else ABBM 8141. */
    public DateCheck checkTvArrival(LocalDate currentWechseltermin) {
        return checkTvArrival(today(), currentWechseltermin);
    }

    /** A TV received on {@code receivedOn}. */
    public DateCheck checkTvArrival(LocalDate receivedOn, LocalDate currentWechseltermin) {
        return checkArrival(
                DateRule.TV_ARRIVAL_TOO_LATE,
                "TV",
                receivedOn,
                currentWechseltermin,
                fristen.tvArrivalBeforeWechseltermin());
    }

    /** The last calendar day on which a TV arrives in time. */
    public LocalDate latestTvArrival(LocalDate currentWechseltermin) {
        return latestArrival(currentWechseltermin, fristen.tvArrivalBeforeWechseltermin());
    }

    /** A Storno-Aufhebung arriving today: at least 3 AT before the Wechseltermin, else ABBM 8142. */
    public DateCheck checkStornoAufhebungArrival(LocalDate wechseltermin) {
        return checkStornoAufhebungArrival(today(), wechseltermin);
    }

    /** A Storno-Aufhebung received on {@code receivedOn}. */
    public DateCheck checkStornoAufhebungArrival(LocalDate receivedOn, LocalDate wechseltermin) {
        return checkArrival(
                DateRule.STR_AUFH_ARRIVAL_TOO_LATE,
                "Storno-Aufhebung",
                receivedOn,
                wechseltermin,
                fristen.stornoAufhebungArrivalBeforeWechseltermin());
    }

    /** The last calendar day on which a Storno-Aufhebung arrives in time. */
    public LocalDate latestStornoAufhebungArrival(LocalDate wechseltermin) {
        return latestArrival(wechseltermin, fristen.stornoAufhebungArrivalBeforeWechseltermin());
    }

    /** A new VA after the ERLM to a STR-AEN arriving today, against its window from the {@link DeadlineCalculator}. */
    public DateCheck checkNewVaArrival(Deadline newVaWindow) {
        return checkNewVaArrival(today(), newVaWindow);
    }

    /** A new VA after the ERLM to a STR-AEN received on {@code receivedOn}. */
    public DateCheck checkNewVaArrival(LocalDate receivedOn, Deadline newVaWindow) {
        if (newVaWindow.awaited() != AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF
                && newVaWindow.awaited() != AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG) {
            throw new IllegalArgumentException("not the deadline of a new VA: " + newVaWindow.awaited());
        }
        if (newVaWindow.isTooEarly(receivedOn)) {
            return rejected(
                    DateRule.NEW_VA_ARRIVAL_TOO_EARLY,
                    "new VA received " + receivedOn + ", allowed from " + newVaWindow.notBefore() + " (ERLM "
                            + newVaWindow.startedOn() + ")");
        }
        if (newVaWindow.isOverdue(receivedOn)) {
            return rejected(
                    DateRule.NEW_VA_ARRIVAL_TOO_LATE,
                    "new VA received " + receivedOn + ", due by " + newVaWindow.due());
        }
        return DateCheck.accepted();
    }

    // ---- implementation ------------------------------------------------------------------------------------------

    private DateCheck check(DateKind kind, Geschaeftsfall geschaeftsfall, LocalDate date, LocalDate agreed) {
        Objects.requireNonNull(date, "date");
        DateRequirement requirement = requirement(kind, geschaeftsfall);
        LocalDate today = today();
        List<Violation> violations = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();

        LocalDate earliestByLeadTime = calendar.plusWorkingDays(today, requirement.minWorkingDaysAhead());
        if (date.isBefore(earliestByLeadTime)) {
            violations.add(new Violation(
                    kind.leadTimeRule(),
                    date + " is " + aheadText(today, date) + "; at least " + requirement.minWorkingDaysAhead()
                            + " AT ahead required (from " + earliestByLeadTime + ")"));
        } else if (kind == DateKind.KUNDENWUNSCHTERMIN
                && date.isBefore(calendar.plusWorkingDays(today, requirement.recommendedWorkingDaysAhead()))) {
            warnings.add(new Violation(
                    DateRule.KWT_LEAD_TIME_RECOMMENDED,
                    date + " is " + aheadText(today, date) + "; " + requirement.recommendedWorkingDaysAhead()
                            + " AT ahead recommended"));
        }
        if (!isWorkingDay(date)) {
            violations.add(
                    new Violation(kind.workingDayRule(), date + " is no working day (" + whyNotWorking(date) + ")"));
        }
        LocalDate nextDay = date.plusDays(1);
        if (requirement.nextDayNotHoliday() && isHoliday(nextDay)) {
            violations.add(new Violation(
                    kind.nextDayHolidayRule(),
                    "the day after " + date + ", " + nextDay + ", is a holiday (" + holidayName(nextDay) + ")"));
        }
        if (agreed != null && date.isBefore(agreed)) {
            violations.add(new Violation(
                    DateRule.TV_NOT_BEFORE_AGREED, date + " is before the agreed Wechseltermin " + agreed));
        }
        return new DateCheck(violations, warnings);
    }

    private DateCheck checkArrival(
            DateRule rule, String what, LocalDate receivedOn, LocalDate wechseltermin, int workingDays) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(wechseltermin, "wechseltermin");
        if (wechseltermin.isBefore(calendar.plusWorkingDays(receivedOn, workingDays))) {
            return rejected(
                    rule,
                    what + " received " + receivedOn + ": the Wechseltermin " + wechseltermin + " is "
                            + aheadText(receivedOn, wechseltermin) + ", at least " + workingDays
                            + " AT required (last day of arrival " + latestArrival(wechseltermin, workingDays) + ")");
        }
        return DateCheck.accepted();
    }

    /** The last day d with {@code wechseltermin >= plusWorkingDays(d, workingDays)}. */
    private LocalDate latestArrival(LocalDate wechseltermin, int workingDays) {
        return calendar.plusWorkingDays(wechseltermin.plusDays(1), -workingDays).minusDays(1);
    }

    private static DateCheck rejected(DateRule rule, String detail) {
        return new DateCheck(List.of(new Violation(rule, detail)), List.of());
    }

    private String aheadText(LocalDate from, LocalDate date) {
        if (!date.isAfter(from)) {
            return "not after " + from;
        }
        return "only " + calendar.workingDaysBetween(from, date) + " AT ahead of " + from;
    }

    /** A working day on every date calendar. */
    private boolean isWorkingDay(LocalDate date) {
        return dateCalendars.stream().allMatch(c -> c.isWorkingDay(date));
    }

    /** A holiday on any date calendar. */
    private boolean isHoliday(LocalDate date) {
        return dateCalendars.stream().anyMatch(c -> c.isHoliday(date));
    }

    private String whyNotWorking(LocalDate date) {
        return holidayNames(date).orElseGet(() -> date.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT));
    }

    private String holidayName(LocalDate date) {
        return holidayNames(date).orElse("holiday");
    }

    /**
     * The holiday's name; where it is a holiday on some of several calendars only, also the Länder, e.g.
     * "Fronleichnam in BY".
     */
    private Optional<String> holidayNames(LocalDate date) {
        Map<String, List<String>> landsByName = new LinkedHashMap<>();
        for (WorkingDayCalendar c : dateCalendars) {
            c.holiday(date)
                    .ifPresent(h -> landsByName
                            .computeIfAbsent(h.name(), n -> new ArrayList<>())
                            .add(c.bundesland().name()));
        }
        List<String> names = new ArrayList<>();
        landsByName.forEach((name, lands) ->
                names.add(lands.size() == dateCalendars.size() ? name : name + " in " + String.join(", ", lands)));
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }
}
