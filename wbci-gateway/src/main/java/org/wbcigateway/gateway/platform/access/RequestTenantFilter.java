package org.wbcigateway.gateway.platform.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Binds the tenant a REST or console request works for (ADR 0014), behind Spring Security: a user or token of one
 * tenant works for that tenant only (asking for another, with the {@value #HEADER} header, is refused 403 and
 * audited); the provider's users choose one with the header or, in the console, for the session (an unknown one:
 * 404, audited), else the first.
 */
public final class RequestTenantFilter extends OncePerRequestFilter {

    /** The request header that names the tenant (its id: its carrier code unless it shares one) a provider user works for. */
    public static final String HEADER = "Wbci-Tenant";

    /** The console session's choice of tenant (a provider user's), where no header names one. */
    public static final String SESSION_ATTRIBUTE = "wbci.tenant";

    private final Tenants tenants;
    private final ProblemResponses problems;

    public RequestTenantFilter(Tenants tenants, ProblemResponses problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (providerBusiness(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            // the provider's own business: done and audited in the provider's scope, not a tenant's
            try (TenantScope.Binding scope = TenantScope.bind(tenants.providerScope())) {
                chain.doFilter(request, response);
            }
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> own = TenantAuthority.of(caller);
        String asked = request.getHeader(HEADER);
        if (asked == null && request.getSession(false) != null) {
            asked = (String) request.getSession(false).getAttribute(SESSION_ATTRIBUTE);
        }
        Optional<Tenant> tenant;
        if (own.isPresent()) {
            tenant = find(own.get());
            if (asked != null && !asked.strip().equals(own.get()) && tenant.isPresent()) {
                // on the record of the caller's own tenant
                try (TenantScope.Binding scope = TenantScope.bind(tenants.scope(tenant.get()))) {
                    problems.tenantRefused(
                            request,
                            response,
                            HttpServletResponse.SC_FORBIDDEN,
                            "'" + caller.getName() + "' works for " + own.get() + " only, not for " + asked.strip());
                }
                return;
            }
        } else {
            tenant = asked == null ? Optional.of(tenants.first()) : find(asked.strip());
        }
        if (tenant.isEmpty()) {
            problems.tenantRefused(
                    request,
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "no tenant " + (asked != null ? asked.strip() : own.orElse("")) + " is served here");
            return;
        }
        try (TenantScope.Binding scope = TenantScope.bind(tenants.scope(tenant.get()))) {
            chain.doFilter(request, response);
        }
    }

    /** The tenant registry, the bundle inbox and their console page: the provider's, in no tenant's scope. */
    private static boolean providerBusiness(String path) {
        return path.startsWith("/api/tenants")
                || path.startsWith("/api/bundle-inbox")
                || path.startsWith("/console/tenants")
                || path.startsWith("/console/bundle-inbox");
    }

    private Optional<Tenant> find(String id) {
        return tenants.find(id);
    }
}
