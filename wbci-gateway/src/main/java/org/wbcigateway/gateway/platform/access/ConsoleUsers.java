package org.wbcigateway.gateway.platform.access;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The console logins from configuration, each locked while {@link LoginAttempts} says so. */
public final class ConsoleUsers implements UserDetailsService {

    private final Map<String, AccessProperties.User> users;
    private final LoginAttempts attempts;

    public ConsoleUsers(Map<String, AccessProperties.User> users, LoginAttempts attempts) {
        this.users = Map.copyOf(users);
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccessProperties.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(username)
                .password(user.password())
                .authorities(TenantAuthority.with(
                        user.role().authorities(),
                        Optional.ofNullable(user.tenant()).filter(t -> !t.isBlank())))
                .accountLocked(attempts.locked(username))
                .build();
    }

    /** The name the console shows for a user: the configured one, else the user name. */
    public String displayName(String username) {
        return Optional.ofNullable(users.get(username))
                .map(AccessProperties.User::name)
                .filter(n -> !n.isBlank())
                .orElse(username);
    }
}
