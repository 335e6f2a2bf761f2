package org.wbcigateway.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar BY = WorkingDayCalendar.of(Bundesland.BY);

    @ParameterizedTest(name = "{1} {0} {2} AT = {3}")
    @CsvSource({
        // land, from, n, expected            why
        "BY, 2026-06-01,  0, 2026-06-01", //  0 returns the date
        "BY, 2026-06-06,  0, 2026-06-06", //  0 returns the date even on a Saturday
        "BY, 2026-06-05,  1, 2026-06-08", //  Friday + 1 = Monday
        "BY, 2026-06-08, -1, 2026-06-05", //  Monday - 1 = Friday
        "BY, 2026-06-06,  1, 2026-06-08", //  Saturday + 1 = Monday (the Saturday does not count)
        "BY, 2026-06-06, -1, 2026-06-05", //  Saturday - 1 = Friday
        "BY, 2026-06-07,  5, 2026-06-12", //  Sunday + 5 = Friday
        "BY, 2026-06-01,  3, 2026-06-05", //  Fronleichnam (Thu 4 June) skipped in Bayern
        "NW, 2026-06-01,  3, 2026-06-05", //  ... and in NRW
        "BE, 2026-06-01,  3, 2026-06-04", //  ... but not in Berlin
        "BY, 2026-04-02,  1, 2026-04-07", //  Easter: Karfreitag, weekend, Ostermontag
        "BY, 2026-04-02,  2, 2026-04-08",
        "BY, 2026-04-07, -1, 2026-04-02",
        "BY, 2026-12-23,  1, 2026-12-24", //  24 December is a working day
        "BY, 2026-12-23,  2, 2026-12-28", //  Christmas (Fri 25, Sat 26) and Sunday
        "BY, 2026-12-31,  1, 2027-01-04", //  over the year end, Neujahr on Friday
        "BY, 2026-12-31,  3, 2027-01-07", //  Heilige Drei Könige (Wed 6 January) in Bayern
        "NW, 2026-12-31,  3, 2027-01-06", //  ... not in NRW
        "BY, 2027-01-04, -1, 2026-12-31", //  backwards over the year end
        "BY, 2027-01-07, -3, 2026-12-31",
        "BE, 2025-05-07,  1, 2025-05-09", //  Berlin's one-off 8 May 2025
        "BY, 2025-05-07,  1, 2025-05-08",
        "BY, 2026-05-22,  7, 2026-06-03", //  Pfingstmontag (25 May) skipped
        "BY, 2026-06-16, -8, 2026-06-03", //  Wechseltermin - 8 AT over Fronleichnam
        "BE, 2026-06-16, -8, 2026-06-04",
    })
    void plusWorkingDays(Bundesland land, LocalDate from, int n, LocalDate expected) {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(land);

        assertThat(calendar.plusWorkingDays(from, n)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} {1}: {2} working days")
    @CsvSource({
        // 2026 has 261 weekdays; minus the holidays falling on a weekday
        "BY, 2026, 252", // Neujahr, Hl. Drei Könige, Karfreitag, Ostermontag, 1. Mai, Himmelfahrt, Pfingstmontag,
        // Fronleichnam, 25.12.
        "NW, 2026, 253", // as BY without Hl. Drei Könige
        "BE, 2026, 254", // nationwide only (Frauentag on a Sunday)
        "BE, 2025, 251", // 261 weekdays; 9 nationwide holidays and the one-off 8 May fall on weekdays (Frauentag:
        // Saturday)
    })
    void workingDaysOfAYear(Bundesland land, int year, int expected) {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(land);
        LocalDate lastOfPreviousYear = LocalDate.of(year - 1, 12, 31);
        LocalDate lastOfYear = LocalDate.of(year, 12, 31);

        assertThat(calendar.workingDaysBetween(lastOfPreviousYear, lastOfYear)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(lastOfYear, lastOfPreviousYear)).isEqualTo(-expected);
        assertThat(naiveCount(calendar, lastOfPreviousYear.plusDays(1), lastOfYear.plusDays(1)))
                .isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
        for (Bundesland land : List.of(Bundesland.BY, Bundesland.NW, Bundesland.BE)) {
            WorkingDayCalendar calendar = WorkingDayCalendar.of(land);
            for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() <= 2028; date = date.plusDays(1)) {
                for (int n = -25; n <= 25; n++) {
                    assertThat(calendar.workingDaysBetween(date, calendar.plusWorkingDays(date, n)))
                            .as("%s %s %+d", land, date, n)
                            .isEqualTo(n);
                }
            }
        }
    }

    @Test
    void workingDaysBetweenAgreesWithCountingDayByDay() {
        Random random = new Random(42);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate a = base.plusDays(random.nextInt(6 * 365));
            LocalDate b = base.plusDays(random.nextInt(6 * 365));
            int expected = b.isBefore(a) ? -naiveCount(BY, b, a) : naiveCount(BY, a.plusDays(1), b.plusDays(1));
            assertThat(BY.workingDaysBetween(a, b)).as("%s → %s", a, b).isEqualTo(expected);
        }
        assertThat(BY.workingDaysBetween(LocalDate.of(2026, 6, 6), LocalDate.of(2026, 6, 6)))
                .isZero();
    }

    @Test
    void plusWorkingDaysReturnsAWorkingDayAndSkipsNoWorkingDay() {
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() <= 2028; date = date.plusDays(1)) {
            LocalDate next = BY.nextWorkingDay(date);
            assertThat(BY.isWorkingDay(next)).isTrue();
            for (LocalDate between = date.plusDays(1); between.isBefore(next); between = between.plusDays(1)) {
                assertThat(BY.isWorkingDay(between)).isFalse();
            }
            LocalDate previous = BY.previousWorkingDay(date);
            assertThat(BY.isWorkingDay(previous)).isTrue();
            assertThat(BY.workingDaysBetween(previous, date)).isEqualTo(BY.isWorkingDay(date) ? 1 : 0);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-06-05, 2026-06-05", // a working day
        "2026-06-06, 2026-06-08", // Saturday
        "2026-06-04, 2026-06-05", // Fronleichnam
        "2026-12-25, 2026-12-28",
    })
    void workingDayOnOrAfter(LocalDate date, LocalDate expected) {
        assertThat(BY.workingDayOnOrAfter(date)).isEqualTo(expected);
    }

    @Test
    void weekendsAreNoWorkingDaysAndHolidaysMayFallOnThem() {
        assertThat(BY.isWorkingDay(LocalDate.of(2026, 6, 6))).isFalse(); // Saturday
        assertThat(BY.isWorkingDay(LocalDate.of(2026, 6, 7))).isFalse(); // Sunday
        assertThat(BY.isHoliday(LocalDate.of(2026, 6, 6))).isFalse();
        assertThat(BY.isHoliday(LocalDate.of(2026, 10, 3))).isTrue(); // Tag der Deutschen Einheit on a Saturday
        assertThat(BY.isWorkingDay(LocalDate.of(2026, 10, 2))).isTrue();
    }

    @Test
    void holidaysAreComputedOnceAndConsistentlyUnderConcurrency() throws Exception {
        // a fresh instance (local holidays) so that its year cache starts empty
        WorkingDayCalendar fresh = WorkingDayCalendar.of(Bundesland.NW, Map.of(MonthDay.of(2, 29), "test"));
        WorkingDayCalendar reference = WorkingDayCalendar.of(Bundesland.NW);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int year = 2000 + offset; year < 2100; year += 1) {
                        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(7)) {
                            boolean leapDay = d.getMonthValue() == 2 && d.getDayOfMonth() == 29;
                            if (!leapDay && fresh.isWorkingDay(d) != reference.isWorkingDay(d)) {
                                mismatches++;
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isZero();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(fresh.holidays(Year.of(2028)))
                .extracting(PublicHoliday::date)
                .contains(LocalDate.of(2028, 2, 29));
        assertThat(fresh.holidays(Year.of(2027)))
                .extracting(PublicHoliday::name)
                .doesNotContain("test");
    }

    @Test
    void fastEnoughForMillionsOfCalls() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        BY.plusWorkingDays(start, 400); // warm the year cache
        long begin = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            sum += BY.plusWorkingDays(start.plusDays(i % 700), 10).getDayOfMonth();
            sum += BY.isWorkingDay(start.plusDays(i % 700)) ? 1 : 0;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);

        assertThat(sum).isPositive();
        // a figure, not a claim: the time depends on how busy the machine is
        System.out.printf("WorkingDayCalendar: 1,000,000 plusWorkingDays(…, 10) + isWorkingDay in %d ms%n", millis);
    }

    private static int naiveCount(WorkingDayCalendar calendar, LocalDate fromInclusive, LocalDate toExclusive) {
        int count = 0;
        for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !calendar.isHoliday(d)) {
                count++;
            }
        }
        return count;
    }
}
