package org.wbcigateway.gateway.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's answers to a missing or wrong token (401) and to a role that may not do this (403), as RFC 9457
 * problems like every other refusal of the API; each refusal is an audit line.
 */
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditTrail audit;

    public ProblemResponses(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response, "this needs an API token (send Authorization: Bearer <token>)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String actor = AuditTrail.currentActor();
        audit.record(
                actor,
                AuditEntry.Channel.API,
                request.getMethod() + " " + request.getRequestURI(),
                null,
                "403",
                "role may not do this",
                request.getRemoteAddr());
        write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                "'" + actor + "' may not " + request.getMethod() + " " + request.getRequestURI()
                        + " (reading needs VIEWER, acting OPERATOR, the audit log ADMIN)");
    }

    /** A request for a tenant the caller may not work for, or that does not exist: refused, on record. */
    void tenantRefused(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        audit.record(
                AuditTrail.currentActor(),
                request.getRequestURI().startsWith("/console") ? AuditEntry.Channel.CONSOLE : AuditEntry.Channel.API,
                request.getMethod() + " " + request.getRequestURI(),
                request.getHeader(RequestTenantFilter.HEADER),
                String.valueOf(status),
                detail,
                request.getRemoteAddr());
        write(response, status, status == HttpServletResponse.SC_NOT_FOUND ? "Not Found" : "Forbidden", detail);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        audit.record(
                AuditTrail.ANONYMOUS,
                AuditEntry.Channel.API,
                request.getMethod() + " " + request.getRequestURI(),
                null,
                "401",
                detail,
                request.getRemoteAddr());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"wbci-gateway\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
