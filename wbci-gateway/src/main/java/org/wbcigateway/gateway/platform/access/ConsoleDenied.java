package org.wbcigateway.gateway.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;

/** A console request the user's role (or a missing CSRF token) does not allow: audited, then a 403 page. */
public class ConsoleDenied implements AccessDeniedHandler {

    private final AuditTrail audit;

    public ConsoleDenied(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        audit.record(
                AuditTrail.currentActor(),
                AuditEntry.Channel.CONSOLE,
                request.getMethod() + " " + request.getRequestURI(),
                null,
                "403",
                e instanceof CsrfException ? "missing or wrong CSRF token" : "role may not do this",
                request.getRemoteAddr());
        response.sendError(
                HttpServletResponse.SC_FORBIDDEN,
                e instanceof CsrfException ? "The form has expired; reload the page." : "Your role may not do this.");
    }
}
