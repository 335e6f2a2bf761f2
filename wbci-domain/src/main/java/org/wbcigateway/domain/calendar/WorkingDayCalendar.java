package org.wbcigateway.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days (Arbeitstage, AT) of one party, spec §6: Monday to Friday, minus the statutory holidays nationwide
 * and those of the configured {@link Bundesland} (see {@link StatutoryHolidays} for which regional holidays count).
 *
 * <p><b>Counting.</b> {@link #plusWorkingDays(LocalDate, int) plusWorkingDays(date, n)} never counts {@code date}
 * itself: {@code n > 0} is the n-th working day after it, {@code n < 0} the n-th working day before it, {@code 0} the
 * date unchanged (even if it is no working day). {@link #workingDaysBetween(LocalDate, LocalDate)} is its inverse:
 * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every date and every n.
 *
 * <p>Holidays are computed once per year and then served from arrays; instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar[] STATUTORY = new WorkingDayCalendar[Bundesland.values().length];

    static {
        for (Bundesland land : Bundesland.values()) {
            STATUTORY[land.ordinal()] = new WorkingDayCalendar(land, Map.of());
        }
    }

    private final Bundesland bundesland;
    private final Map<MonthDay, String> localHolidays;
    private final ConcurrentHashMap<Integer, HolidayYear> years = new ConcurrentHashMap<>();
    /** The year used last: most look-ups hit it, and skip the map. */
    private volatile HolidayYear lastYear;

    private WorkingDayCalendar(Bundesland bundesland, Map<MonthDay, String> localHolidays) {
        this.bundesland = Objects.requireNonNull(bundesland, "bundesland");
        this.localHolidays = Map.copyOf(localHolidays);
    }

    /** Working days of a Land: nationwide and Land-wide statutory holidays. One shared instance per Land. */
    public static WorkingDayCalendar of(Bundesland bundesland) {
        return STATUTORY[bundesland.ordinal()];
    }

    /**
     * Working days of a Land plus yearly local holidays of the party's municipality, e.g.
     * {@code Map.of(MonthDay.of(8, 15), "Mariä Himmelfahrt")} for a gateway in a predominantly Catholic Bavarian
     * municipality. A 29 February is skipped in other years.
     */
    public static WorkingDayCalendar of(Bundesland bundesland, Map<MonthDay, String> localHolidays) {
        return localHolidays.isEmpty() ? of(bundesland) : new WorkingDayCalendar(bundesland, localHolidays);
    }

    public Bundesland bundesland() {
        return bundesland;
    }

    /** The local holidays added to the Land's statutory ones (usually none). */
    public Map<MonthDay, String> localHolidays() {
        return localHolidays;
    }

    /** A working day: Monday to Friday and no holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date.getDayOfYear() - 1);
    }

    /** A statutory (or configured local) holiday, on any day of the week. */
    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).isHoliday(date.getDayOfYear() - 1);
    }

    /** The holiday on {@code date}, if it is one. */
    public Optional<PublicHoliday> holiday(LocalDate date) {
        if (!isHoliday(date)) {
            return Optional.empty();
        }
        return holidays(Year.of(date.getYear())).stream()
                .filter(h -> h.date().equals(date))
                .findFirst();
    }

    /** The holidays of a year, sorted by date (including those falling on a weekend). */
    public List<PublicHoliday> holidays(Year year) {
        return year(year.getValue()).holidays;
    }

    /**
     * The n-th working day after ({@code n > 0}) or before ({@code n < 0}) {@code date}; {@code date} itself never
     * counts. {@code n == 0} returns {@code date} unchanged.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n == 0) {
            return date;
        }
        int step = n > 0 ? 1 : -1;
        long remaining = Math.abs((long) n);
        long epochDay = date.toEpochDay();
        HolidayYear year = year(date.getYear());
        while (remaining > 0) {
            epochDay += step;
            long index = epochDay - year.firstEpochDay;
            if (index < 0 || index >= year.length) {
                year = year(year.year + step);
                index = epochDay - year.firstEpochDay;
            }
            if (year.isWorkingDay((int) index)) {
                remaining--;
            }
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /**
     * Working days from {@code from} to {@code to}, the inverse of {@link #plusWorkingDays(LocalDate, int)}: for
     * {@code to >= from} the working days d with {@code from < d <= to}; for {@code to < from} minus the working days
     * d with {@code to <= d < from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay();
        if (toDay >= fromDay) {
            return Math.toIntExact(countWorkingDays(fromDay + 1, toDay + 1));
        }
        return Math.toIntExact(-countWorkingDays(toDay, fromDay));
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /** {@code date} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** Working days among the epoch days {@code [fromInclusive, toExclusive)}. */
    private long countWorkingDays(long fromInclusive, long toExclusive) {
        long count = 0;
        long epochDay = fromInclusive;
        HolidayYear year = fromInclusive < toExclusive
                ? year(LocalDate.ofEpochDay(fromInclusive).getYear())
                : null;
        while (epochDay < toExclusive) {
            long yearEnd = year.firstEpochDay + year.length;
            int fromIndex = (int) (epochDay - year.firstEpochDay);
            int toIndex = (int) (Math.min(toExclusive, yearEnd) - year.firstEpochDay);
            count += year.countWorkingDays(fromIndex, toIndex);
            epochDay = yearEnd;
            if (epochDay < toExclusive) {
                year = year(year.year + 1);
            }
        }
        return count;
    }

    private HolidayYear year(int year) {
        HolidayYear last = lastYear;
        if (last != null && last.year == year) {
            return last;
        }
        HolidayYear computed = years.computeIfAbsent(
                year, y -> new HolidayYear(y, StatutoryHolidays.of(Year.of(y), bundesland, localHolidays)));
        lastYear = computed;
        return computed;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + bundesland + (localHolidays.isEmpty() ? "" : " + " + localHolidays) + "]";
    }
}
