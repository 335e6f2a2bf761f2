package org.wbcigateway.gateway.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The tenant a user or token belongs to, carried as an authority ({@code TENANT_DEU.AAAA}) next to its role: a
 * principal without one is the provider's (ADR 0014).
 */
public final class TenantAuthority {

    private static final String PREFIX = "TENANT_";

    private TenantAuthority() {}

    static List<GrantedAuthority> with(List<GrantedAuthority> roles, Optional<String> tenant) {
        List<GrantedAuthority> all = new ArrayList<>(roles);
        tenant.ifPresent(t -> all.add(new SimpleGrantedAuthority(PREFIX + t)));
        return List.copyOf(all);
    }

    /** The tenant of the principal, if it belongs to one. */
    public static Optional<String> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .findFirst();
    }

    /** Allows an ADMIN that belongs to no tenant. */
    static AuthorizationManager<RequestAuthorizationContext> providerAdministrator() {
        return providerUser(Role.ADMIN);
    }

    /** Allows a user or token of that role (or a higher one) that belongs to no tenant. */
    static AuthorizationManager<RequestAuthorizationContext> providerUser(Role role) {
        return (authentication, context) -> {
            Authentication a = authentication.get();
            boolean allowed = a != null
                    && a.isAuthenticated()
                    && a.getAuthorities().stream()
                            .anyMatch(g -> g.getAuthority().equals("ROLE_" + role.name()));
            return new AuthorizationDecision(allowed && of(a).isEmpty());
        };
    }
}
