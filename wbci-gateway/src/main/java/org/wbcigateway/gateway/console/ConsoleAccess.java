package org.wbcigateway.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every role decision of the console in one place: VIEWER reads, OPERATOR acts, ADMIN also sees the audit. Until
 * form login is in place, {@code wbci.console.dev-open=true} lets an anonymous request do everything (tests only).
 */
@Component
public class ConsoleAccess {

    private final boolean devOpen;

    public ConsoleAccess(@Value("${wbci.console.dev-open:false}") boolean devOpen) {
        this.devOpen = devOpen;
    }

    /** Operators and admins may send messages, start switches and re-send dead letters. */
    public boolean canAct(HttpServletRequest request) {
        return open(request) || request.isUserInRole("OPERATOR") || request.isUserInRole("ADMIN");
    }

    public boolean isAdmin(HttpServletRequest request) {
        return open(request) || request.isUserInRole("ADMIN");
    }

    /** The name shown in the console and recorded with every action. */
    public String currentUser(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? principal.getName() : devOpen ? "dev" : "anonymous";
    }

    private boolean open(HttpServletRequest request) {
        return devOpen && request.getUserPrincipal() == null;
    }
}
