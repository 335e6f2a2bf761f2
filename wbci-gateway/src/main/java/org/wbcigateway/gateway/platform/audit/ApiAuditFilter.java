package org.wbcigateway.gateway.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One audit line for every REST API request that may change something (anything but GET, HEAD, OPTIONS), after it
 * was answered: who, which operation (the mapping's pattern), on what (its path variable), and the HTTP status; and
 * for a read that was refused or found nothing (403, 404): someone looked for what is not theirs to see.
 * Runs behind Spring Security, so the caller is known; refused callers are audited by the security handlers.
 */
public class ApiAuditFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail audit;

    public ApiAuditFilter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String actor = AuditTrail.currentActor();
        boolean done = false;
        try {
            chain.doFilter(request, response);
            done = true;
        } finally {
            if (!done || !SAFE.contains(request.getMethod()) || refusedRead(response.getStatus())) {
                record(request, response, actor, done);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, String actor, boolean done) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        audit.record(
                actor,
                AuditEntry.Channel.API,
                action,
                target(request, response),
                done ? String.valueOf(response.getStatus()) : "FAILED",
                null,
                request.getRemoteAddr());
    }

    /** The path variable ({@code id} first), else what a create answered in its Location header. */
    private static String target(HttpServletRequest request, HttpServletResponse response) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map && !map.isEmpty()) {
            Object id = map.containsKey("id")
                    ? map.get("id")
                    : map.values().iterator().next();
            return String.valueOf(id);
        }
        String location = response.getHeader("Location");
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    private static boolean refusedRead(int status) {
        return status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND;
    }
}
