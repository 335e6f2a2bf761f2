package org.wbcigateway.gateway.platform.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed console logins in a row per known user name; after too many the name is locked for a while, so a password
 * cannot be guessed at network speed. Unknown names are not tracked (the map cannot be flooded).
 */
public final class LoginAttempts {

    private record Failures(int count, Instant lockedUntil) {}

    private final Set<String> knownUsers;
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginAttempts(Set<String> knownUsers, int maxFailures, Duration lockout, Clock clock) {
        this.knownUsers = Set.copyOf(knownUsers);
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    public boolean locked(String username) {
        Failures f = failures.get(username);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void failed(String username) {
        if (!knownUsers.contains(username)) {
            return;
        }
        failures.compute(username, (name, f) -> {
            int count =
                    f == null || (f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil()))
                            ? 1
                            : f.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    public void succeeded(String username) {
        failures.remove(username);
    }
}
