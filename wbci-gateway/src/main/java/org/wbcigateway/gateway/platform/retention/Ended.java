package org.wbcigateway.gateway.platform.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.wbcigateway.domain.state.Phase;

/**
 * When a Vorabstimmung is over, for its personal data: rejected, cancelled or void (its last change), or agreed and
 * its Wechseltermin's day over, Germany's time. One that never ends keeps its data: it is a case still open.
 */
public final class Ended {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final String ENDED_PHASES = Arrays.stream(Phase.values())
            .filter(Phase::isEnded)
            .map(p -> "'" + p.name() + "'")
            .collect(Collectors.joining(", "));

    /** A query for the VA-IDs of Vorabstimmungen over by {@code :cutoff} (with {@code :day}, see {@link #by}). */
    public static final String VA_IDS = "SELECT va_id FROM vorabstimmung WHERE (phase IN (" + ENDED_PHASES
            + ") AND updated_at <= :cutoff) OR (phase = '" + Phase.AGREED.name() + "' AND wechseltermin < :day)";

    private Ended() {}

    /** The parameters of {@link #VA_IDS} for a cutoff. */
    public static Map<String, Object> by(Instant cutoff) {
        return Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC), "day", LocalDate.ofInstant(cutoff, BERLIN));
    }
}
