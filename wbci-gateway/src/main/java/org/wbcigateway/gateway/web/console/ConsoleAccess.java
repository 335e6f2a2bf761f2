package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.access.ConsoleUsers;

/**
 * Every role decision of the console's pages in one place: VIEWER reads, OPERATOR acts, ADMIN also sees the audit.
 * The pages only hide what a role may not do; Spring Security refuses it ({@code access/AccessConfig}).
 */
@Component
public class ConsoleAccess {

    private final ConsoleUsers users;

    public ConsoleAccess(ConsoleUsers users) {
        this.users = users;
    }

    /** Operators and admins may send messages, start switches and re-send dead letters. */
    public boolean canAct(HttpServletRequest request) {
        return request.isUserInRole("OPERATOR") || request.isUserInRole("ADMIN");
    }

    public boolean isAdmin(HttpServletRequest request) {
        return request.isUserInRole("ADMIN");
    }

    /** The login name, recorded with every action. */
    public String currentUser(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? principal.getName() : "anonymous";
    }

    /** The name the console shows for the user. */
    public String displayName(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? users.displayName(principal.getName()) : "";
    }
}
