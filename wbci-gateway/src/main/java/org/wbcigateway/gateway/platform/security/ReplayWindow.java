package org.wbcigateway.gateway.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/**
 * A signed message replayed later verifies like the original; its Control/zeitstempel (inside the signed Body)
 * tells. A message older than the window, or from further in the future than the allowed clock skew, is refused.
 * A byte-identical re-send of an accepted message is recognised as a transport retry before this check.
 */
public final class ReplayWindow {

    private final Duration window;
    private final Duration skew;
    private final Clock clock;

    public ReplayWindow(GatewayProperties.Security security, Clock clock) {
        this.window = security.replayWindow();
        this.skew = security.clockSkew();
        this.clock = clock;
    }

    /** Why the zeitstempel is outside the window, or empty if it is inside. */
    public Optional<String> check(OffsetDateTime zeitstempel) {
        Instant now = clock.instant();
        Instant sent = zeitstempel.toInstant();
        if (sent.isBefore(now.minus(window))) {
            return Optional.of("Control/zeitstempel " + zeitstempel + " is older than the replay window of " + window
                    + " (now " + now + ")");
        }
        if (sent.isAfter(now.plus(skew))) {
            return Optional.of("Control/zeitstempel " + zeitstempel + " lies more than " + skew + " in the future (now "
                    + now + ")");
        }
        return Optional.empty();
    }
}
