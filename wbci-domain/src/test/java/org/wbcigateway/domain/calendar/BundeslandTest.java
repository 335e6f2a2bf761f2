package org.wbcigateway.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundeslandTest {

    @Test
    void everyLandIsASubdivisionOfJollydaysGermanyCalendar() {
        // jollyday silently falls back to the nationwide holidays for an unknown region code, so check the codes.
        var subdivisions = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY))
                .getCalendarHierarchy()
                .getChildren()
                .keySet();

        assertThat(Arrays.stream(Bundesland.values()).map(Bundesland::holidayRegion))
                .containsExactlyInAnyOrderElementsOf(subdivisions)
                .hasSize(16);
    }

    @ParameterizedTest
    @CsvSource({
        "BY, by, DE-BY, Bayern",
        "NW, nw, DE-NW, Nordrhein-Westfalen",
        "BE, be, DE-BE, Berlin",
        "TH, th, DE-TH, Thüringen",
    })
    void codes(Bundesland land, String region, String iso, String name) {
        assertThat(land.holidayRegion()).isEqualTo(region);
        assertThat(land.isoCode()).isEqualTo(iso);
        assertThat(land.landName()).isEqualTo(name);
        assertThat(Bundesland.fromCode(region)).isEqualTo(land);
        assertThat(Bundesland.fromCode(iso)).isEqualTo(land);
    }

    @Test
    void unknownCodeIsRejected() {
        assertThatThrownBy(() -> Bundesland.fromCode("XX")).isInstanceOf(IllegalArgumentException.class);
    }
}
