package org.wbcigateway.gateway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

class ReplayWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final ReplayWindow window = new ReplayWindow(
            new GatewayProperties.Security(Duration.ofHours(72), Duration.ofMinutes(5), Duration.ofDays(30), false),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "zeitstempel {0} -> {1}")
    @CsvSource({
        "2026-11-30T13:00:00+01:00, inside", // now, in CET
        "2026-11-27T12:00:00Z,      inside", // exactly 72 h old
        "2026-11-27T11:59:59Z,      older than", // one second more
        "2026-11-30T12:05:00Z,      inside", // at the skew limit
        "2026-11-30T12:05:01Z,      in the future",
        "2013-07-24T16:03:13+02:00, older than"
    }) // the interop samples
    void refusesOutsideTheWindow(String zeitstempel, String expected) {
        var verdict = window.check(OffsetDateTime.parse(zeitstempel));

        if (expected.equals("inside")) {
            assertThat(verdict).isEmpty();
        } else {
            assertThat(verdict).hasValueSatisfying(reason -> assertThat(reason).contains(expected));
        }
    }
}
