package org.wbcigateway.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A statutory holiday (gesetzlicher Feiertag) on a date, with its German name. */
public record PublicHoliday(LocalDate date, String name) implements Comparable<PublicHoliday> {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(PublicHoliday other) {
        return date.compareTo(other.date);
    }
}
