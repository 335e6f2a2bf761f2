package org.wbcigateway.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The holidays per Land and year, as written down from the law in {@code calendar/holidays-2025-2028.csv}, must be
 * exactly what the calendar returns (a jollyday upgrade that changes them fails here).
 */
class HolidaySnapshotTest {

    private static final String SNAPSHOT = "/calendar/holidays-2025-2028.csv";

    record Row(Bundesland land, LocalDate date, String name) {}

    static Stream<Arguments> landAndYear() throws IOException {
        Map<String, List<Row>> byLandAndYear = readSnapshot().stream()
                .collect(Collectors.groupingBy(
                        row -> row.land() + " " + row.date().getYear(), TreeMap::new, Collectors.toList()));
        return byLandAndYear.values().stream()
                .map(rows -> Arguments.of(
                        rows.get(0).land(),
                        rows.get(0).date().getYear(),
                        rows.stream().map(Row::date).toList()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("landAndYear")
    void holidaysOfTheYearAreThoseOfTheLaw(Bundesland land, int year, List<LocalDate> expected) {
        List<LocalDate> actual = WorkingDayCalendar.of(land).holidays(Year.of(year)).stream()
                .map(PublicHoliday::date)
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void snapshotCoversTheRequiredLaenderAndYears() throws IOException {
        var covered = readSnapshot().stream()
                .map(row -> row.land() + "-" + row.date().getYear())
                .collect(Collectors.toSet());
        for (Bundesland land : List.of(Bundesland.BY, Bundesland.NW, Bundesland.BE)) {
            for (int year = 2025; year <= 2028; year++) {
                assertThat(covered).contains(land + "-" + year);
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}: holiday={2}")
    @CsvSource({
        // Fronleichnam 2026: Bayern and NRW, not Berlin
        "2026-06-04, BY, true",
        "2026-06-04, NW, true",
        "2026-06-04, BE, false",
        // Heilige Drei Könige: Bayern, not NRW
        "2027-01-06, BY, true",
        "2027-01-06, NW, false",
        // Allerheiligen: Bayern and NRW, not Berlin
        "2027-11-01, BY, true",
        "2027-11-01, NW, true",
        "2027-11-01, BE, false",
        // Internationaler Frauentag: Berlin only
        "2027-03-08, BE, true",
        "2027-03-08, BY, false",
        // Berlin's one-off holidays
        "2025-05-08, BE, true",
        "2025-05-08, BY, false",
        "2026-05-08, BE, false",
        "2028-06-17, BE, true",
        // Buß- und Bettag: Sachsen only
        "2026-11-18, SN, true",
        "2026-11-18, BY, false",
        // Reformationstag: not in Bayern, NRW, Berlin
        "2028-10-31, BY, false",
        "2028-10-31, NW, false",
        "2028-10-31, BE, false",
        "2028-10-31, NI, true",
    })
    void regionalHolidays(LocalDate date, Bundesland land, boolean holiday) {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(land);

        assertThat(calendar.isHoliday(date)).isEqualTo(holiday);
        if (date.getDayOfWeek().getValue() <= 5) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(!holiday);
        }
    }

    /**
     * Project decision: only holidays of the whole Land count. Mariä Himmelfahrt is statutory in Bayern only in
     * municipalities with a predominantly Catholic population, the Augsburger Friedensfest only in Augsburg: both are
     * working days of a BY calendar. In the Saarland Mariä Himmelfahrt is statutory everywhere.
     */
    @Test
    void bavarianHolidaysOfSomeMunicipalitiesOnlyAreWorkingDays() {
        WorkingDayCalendar bayern = WorkingDayCalendar.of(Bundesland.BY);
        LocalDate mariaeHimmelfahrt2025 = LocalDate.of(2025, 8, 15); // a Friday
        LocalDate friedensfest2025 = LocalDate.of(2025, 8, 8); // a Friday

        assertThat(bayern.isHoliday(mariaeHimmelfahrt2025)).isFalse();
        assertThat(bayern.isWorkingDay(mariaeHimmelfahrt2025)).isTrue();
        assertThat(bayern.isWorkingDay(friedensfest2025)).isTrue();
        assertThat(WorkingDayCalendar.of(Bundesland.SL).isWorkingDay(mariaeHimmelfahrt2025))
                .isFalse();
        assertThat(bayern.holidays(Year.of(2025)))
                .extracting(PublicHoliday::name)
                .doesNotContain("Mariä Himmelfahrt", "Augsburger Friedensfest");
    }

    @Test
    void localHolidaysCanBeAddedForAMunicipality() {
        WorkingDayCalendar muenchen =
                WorkingDayCalendar.of(Bundesland.BY, Map.of(MonthDay.of(8, 15), "Mariä Himmelfahrt"));
        LocalDate mariaeHimmelfahrt2025 = LocalDate.of(2025, 8, 15);

        assertThat(muenchen.isWorkingDay(mariaeHimmelfahrt2025)).isFalse();
        assertThat(muenchen.holiday(mariaeHimmelfahrt2025))
                .map(PublicHoliday::name)
                .contains("Mariä Himmelfahrt");
        assertThat(muenchen.holidays(Year.of(2025)))
                .hasSize(WorkingDayCalendar.of(Bundesland.BY)
                                .holidays(Year.of(2025))
                                .size()
                        + 1);
        assertThat(WorkingDayCalendar.of(Bundesland.BY).isWorkingDay(mariaeHimmelfahrt2025))
                .isTrue();
    }

    @Test
    void holidaysHaveGermanNames() {
        assertThat(WorkingDayCalendar.of(Bundesland.NW).holiday(LocalDate.of(2026, 6, 4)))
                .map(PublicHoliday::name)
                .contains("Fronleichnam");
        assertThat(WorkingDayCalendar.of(Bundesland.NW).holiday(LocalDate.of(2026, 6, 5)))
                .isEmpty();
    }

    private static List<Row> readSnapshot() throws IOException {
        try (var in = Objects.requireNonNull(HolidaySnapshotTest.class.getResourceAsStream(SNAPSHOT), SNAPSHOT);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("land,"))
                    .map(line -> line.split(",", 3))
                    .map(f -> new Row(Bundesland.valueOf(f[0]), LocalDate.parse(f[1]), f[2]))
                    .toList();
        }
    }
}
