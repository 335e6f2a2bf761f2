package org.wbcigateway.domain.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * One year of a {@link WorkingDayCalendar}, precomputed: per day whether it is a holiday and whether it is a working
 * day, and the running count of working days, so that look-ups and counts are array accesses. Immutable.
 */
final class HolidayYear {

    final int year;
    /** Epoch day of 1 January. */
    final long firstEpochDay;
    /** Days in the year (365 or 366). */
    final int length;

    final List<PublicHoliday> holidays;
    private final boolean[] holiday;
    private final boolean[] workingDay;
    /** {@code workingDaysBefore[i]} = working days among the first {@code i} days of the year. */
    private final int[] workingDaysBefore;

    HolidayYear(int year, List<PublicHoliday> holidays) {
        this.year = year;
        LocalDate first = LocalDate.of(year, 1, 1);
        this.firstEpochDay = first.toEpochDay();
        this.length = Year.of(year).length();
        this.holidays = holidays;
        this.holiday = new boolean[length];
        for (PublicHoliday h : holidays) {
            holiday[h.date().getDayOfYear() - 1] = true;
        }
        this.workingDay = new boolean[length];
        this.workingDaysBefore = new int[length + 1];
        // 1970-01-01 (epoch day 0) was a Thursday: floorMod(epochDay + 3, 7) is 0 for Monday ... 6 for Sunday.
        for (int i = 0; i < length; i++) {
            int dayOfWeek = (int) Math.floorMod(firstEpochDay + i + 3, 7L);
            workingDay[i] = dayOfWeek < 5 && !holiday[i];
            workingDaysBefore[i + 1] = workingDaysBefore[i] + (workingDay[i] ? 1 : 0);
        }
    }

    boolean isHoliday(int index) {
        return holiday[index];
    }

    boolean isWorkingDay(int index) {
        return workingDay[index];
    }

    /** Working days among the indexes {@code [fromIndex, toIndex)}. */
    int countWorkingDays(int fromIndex, int toIndex) {
        return workingDaysBefore[toIndex] - workingDaysBefore[fromIndex];
    }
}
