package org.wbcigateway.domain.deadline;

/**
 * What a date (Kundenwunschtermin, Wechseltermin, new date in a TV) must satisfy: it is a working day, lies at least
 * {@code minWorkingDaysAhead} AT ahead (counted as in {@link Fristen}), and — if {@code nextDayNotHoliday} — the
 * following calendar day is no statutory holiday. Below {@code recommendedWorkingDaysAhead} AT it is accepted with a
 * warning.
 *
 * <p>The interoperability catalogue's standard KWT ("the first day at least 14 AT after today that is a working day
 * and whose next day is not a holiday") is {@code new DateRequirement(14, 14, true)}.
 */
public record DateRequirement(int minWorkingDaysAhead, int recommendedWorkingDaysAhead, boolean nextDayNotHoliday) {

    public DateRequirement {
        if (minWorkingDaysAhead < 0) {
            throw new IllegalArgumentException("minWorkingDaysAhead must not be negative: " + minWorkingDaysAhead);
        }
    }

    /** A requirement without a separate recommendation. */
    public static DateRequirement atLeast(int minWorkingDaysAhead, boolean nextDayNotHoliday) {
        return new DateRequirement(minWorkingDaysAhead, minWorkingDaysAhead, nextDayNotHoliday);
    }

    /** The same requirement with another minimum lead time (the recommendation is raised to it if lower). */
    public DateRequirement withMinWorkingDaysAhead(int workingDays) {
        return new DateRequirement(workingDays, Math.max(workingDays, recommendedWorkingDaysAhead), nextDayNotHoliday);
    }
}
