package org.wbcigateway.gateway.platform.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;

/** Console logins and logouts into the audit log, and failed logins into the lockout count. */
@Component
public class AuthenticationAudit {

    private final AuditTrail audit;
    private final LoginAttempts attempts;

    public AuthenticationAudit(AuditTrail audit, LoginAttempts attempts) {
        this.audit = audit;
        this.attempts = attempts;
    }

    @EventListener
    public void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
        record(event.getAuthentication(), "login", "OK", null);
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        boolean locked = event.getException() instanceof LockedException;
        if (!locked) {
            attempts.failed(event.getAuthentication().getName());
        }
        // the reason's class only: its message may echo what was typed
        record(
                event.getAuthentication(),
                "login",
                locked ? "LOCKED" : "REFUSED",
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    public void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), "logout", "OK", null);
    }

    private void record(Authentication a, String action, String outcome, String detail) {
        String remote = a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        audit.record(a.getName(), AuditEntry.Channel.LOGIN, action, null, outcome, detail, remote);
    }
}
