package org.wbcigateway.gateway.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The business clock when {@code wbci.fixed-clock} is set (tests, demos): it stands still at the configured moment
 * until it is moved on, e.g. to watch deadlines run out. Views in other zones follow every move.
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public AdjustableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
