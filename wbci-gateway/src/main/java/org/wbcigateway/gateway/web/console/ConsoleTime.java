package org.wbcigateway.gateway.web.console;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.Terminpruefung;

/**
 * Points in time as operators read them, in German time whatever offset the database hands back; templates call it
 * as {@code ${@consoleTime.format(t)}}.
 */
@Component("consoleTime")
public class ConsoleTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    public String format(Object time) {
        if (time instanceof OffsetDateTime t) {
            return SECONDS.format(t.atZoneSameInstant(Terminpruefung.ZONE));
        }
        if (time instanceof ZonedDateTime t) {
            return SECONDS.format(t.withZoneSameInstant(Terminpruefung.ZONE));
        }
        return time == null ? "–" : time.toString();
    }
}
