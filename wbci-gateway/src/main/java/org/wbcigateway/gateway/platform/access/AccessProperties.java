package org.wbcigateway.gateway.platform.access;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the console and the REST API ({@code wbci.access.*}).
 *
 * @param users               console logins by user name
 * @param tokens              API tokens by name (the name is what the audit log shows as the actor)
 * @param initialCredentials  where a gateway without any configured user or token writes the admin login and API
 *                            token it generated on first start (readable only by the owner), like Jenkins' initial
 *                            admin password; reused on later starts. Default
 *                            {@code ./data/<carrier code>-initial-credentials.properties}
 * @param maxFailedLogins     failed logins in a row after which a user name is locked for {@code lockout}
 * @param lockout             how long a locked user name stays locked
 */
@ConfigurationProperties("wbci.access")
public record AccessProperties(
        Map<String, User> users,
        Map<String, Token> tokens,
        Path initialCredentials,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("5m") Duration lockout) {

    public AccessProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
        users.forEach((name, user) -> user.check(name));
        tokens.forEach((name, token) -> token.check(name));
    }

    public Path initialCredentials(String carrierCode) {
        return initialCredentials != null
                ? initialCredentials
                : Path.of("data", carrierCode + "-initial-credentials.properties");
    }

    /**
     * A console login.
     *
     * @param password in Spring Security's encoded form, e.g. {@code {bcrypt}$2a$10$...} ({@code {noop}secret} only
     *                 for tests and demos)
     * @param role     VIEWER, OPERATOR or ADMIN
     * @param name     the person's name as the console shows it; default the user name
     * @param tenant   the id of the one tenant (EKP) this user works for (its carrier code unless it shares one); empty = the provider's user, who
     *                 may work for every tenant (ADR 0014)
     */
    public record User(String password, Role role, String name, String tenant) {

        void check(String user) {
            if (password == null || password.isBlank() || role == null) {
                throw new IllegalArgumentException("wbci.access.users." + user + " needs a password and a role");
            }
            checkTenant("wbci.access.users." + user, tenant);
        }
    }

    /**
     * An API token, sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token itself, or better its SHA-256 as {@code {sha256}<64 hex digits>} so that the
     *              configuration holds no usable secret
     * @param role  VIEWER, OPERATOR or ADMIN
     * @param tenant the id of the one tenant (EKP) this token works for (its carrier code unless it shares one); empty = the provider's
     */
    public record Token(String token, Role role, String tenant) {

        void check(String name) {
            if (token == null || token.length() < 16 || role == null) {
                throw new IllegalArgumentException("wbci.access.tokens." + name
                        + " needs a token of at least 16 characters (or its {sha256}) and a role");
            }
            checkTenant("wbci.access.tokens." + name, tenant);
        }
    }

    private static void checkTenant(String key, String tenant) {
        if (tenant != null && !tenant.isBlank()) {
            try {
                org.wbcigateway.gateway.platform.tenancy.Tenant.requireId(tenant);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ".tenant: " + e.getMessage(), e);
            }
        }
    }
}
