package org.wbcigateway.domain.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory holidays of a year: nationwide plus those of one Bundesland, read from jollyday's Germany calendar.
 *
 * <p><b>Which regional holidays count (project decision).</b> Only holidays that are statutory in the <em>whole</em>
 * Land count, so jollyday is asked for the Land code alone ({@code "by"}), never for one of its municipality
 * sub-regions ({@code "by","mu"}, {@code "by","ag"}, …). Consequences:
 * <ul>
 *   <li>Bayern: Heilige Drei Könige, Fronleichnam and Allerheiligen count. <b>Mariä Himmelfahrt (15 August) does not</b>:
 *       by Art. 1 Abs. 1 Nr. 2 FTG it is a holiday only in municipalities with a predominantly Catholic population
 *       (jollyday models it only for the sub-regions Munich, Augsburg, Würzburg, Regensburg, Ingolstadt). The
 *       <b>Augsburger Friedensfest</b> (8 August, city of Augsburg only) does not count either. A gateway that wants
 *       them adds them as local holidays ({@link WorkingDayCalendar#of(Bundesland, java.util.Map)}).</li>
 *   <li>Sachsen and Thüringen: Fronleichnam, a holiday only in some (Sorbian / Catholic) municipalities, does not
 *       count (jollyday does not model it either).</li>
 *   <li>Saarland: Mariä Himmelfahrt is statutory in the whole Land and counts.</li>
 *   <li>One-off holidays that jollyday lists for a Land count: Berlin 8 May 2025 (80th anniversary of the
 *       liberation, a one-off by law) and 17 June 2028 (75th anniversary of the 1953 uprising, a Saturday).</li>
 * </ul>
 * Sundays that are statutory holidays (Ostersonntag, Pfingstsonntag in Brandenburg) are listed as holidays; they are
 * no working day anyway.
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {}

    /** Sorted by date; at most one entry per date. */
    static List<PublicHoliday> of(Year year, Bundesland land, Map<MonthDay, String> localHolidays) {
        TreeMap<LocalDate, String> byDate = new TreeMap<>();
        for (Holiday holiday : jollyday(year, land)) {
            if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY) {
                byDate.putIfAbsent(holiday.getDate(), holiday.getDescription(Locale.GERMAN));
            }
        }
        localHolidays.forEach((monthDay, name) -> {
            if (monthDay.isValidYear(year.getValue())) {
                byDate.putIfAbsent(monthDay.atYear(year.getValue()), name);
            }
        });
        List<PublicHoliday> result = new ArrayList<>(byDate.size());
        byDate.forEach((date, name) -> result.add(new PublicHoliday(date, name)));
        return List.copyOf(result);
    }

    private static Iterable<Holiday> jollyday(Year year, Bundesland land) {
        HolidayManager manager = Manager.INSTANCE;
        // jollyday's managers are not documented as thread-safe; holidays are computed once per year and Land.
        synchronized (manager) {
            return List.copyOf(manager.getHolidays(year, land.holidayRegion()));
        }
    }

    /** Lazy holder: reading jollyday's XML configuration takes a moment, do it once and only when needed. */
    private static final class Manager {
        static final HolidayManager INSTANCE =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }
}
