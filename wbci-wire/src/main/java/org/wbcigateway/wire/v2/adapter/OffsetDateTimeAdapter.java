package org.wbcigateway.wire.v2.adapter;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * xs:dateTime ⇄ {@link OffsetDateTime}. A value without offset (the 2013 TEQ sample sends
 * {@code 2013-07-24T14:17:09}) is German local time, so it is read in Europe/Berlin.
 */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

    public static final ZoneId WBCI_ZONE = ZoneId.of("Europe/Berlin");

    @Override
    public OffsetDateTime unmarshal(String value) {
        if (value == null) {
            return null;
        }
        TemporalAccessor parsed =
                DateTimeFormatter.ISO_DATE_TIME.parseBest(value.trim(), OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset
                ? offset
                : ((LocalDateTime) parsed).atZone(WBCI_ZONE).toOffsetDateTime();
    }

    @Override
    public String marshal(OffsetDateTime value) {
        return value == null ? null : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
