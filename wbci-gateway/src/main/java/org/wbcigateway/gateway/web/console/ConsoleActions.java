package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wbcigateway.gateway.actions.ProtocolViolationException;
import org.wbcigateway.gateway.actions.ResendMessage;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * Runs an operator's action: checks the right to act, calls the service, records it in the audit and leaves a flash
 * message for the page the action redirects to. A refusal the REST API answers with a problem (protocol rule, invalid
 * value, not found, database away) becomes an error message; nothing was changed then.
 */
@Component
class ConsoleActions {

    private static final Logger log = LoggerFactory.getLogger(ConsoleActions.class);

    static final String SUCCESS = "flashSuccess";
    static final String ERROR = "flashError";

    private final ConsoleAccess access;
    private final ActionAudit audit;
    private final ConsoleMessages messages;

    ConsoleActions(ConsoleAccess access, ActionAudit audit, ConsoleMessages messages) {
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * @param action     audit name of the action, also the message key {@code action.<action>.done} of the success
     * @param target     what it acts on (for the audit and the success message)
     * @return the action's result, empty if it was refused
     */
    <T> Optional<T> run(
            HttpServletRequest request, RedirectAttributes flash, String action, String target, Supplier<T> work) {
        String user = access.currentUser(request);
        if (!access.canAct(request)) {
            audit.record(user, action, target, "REFUSED", "not allowed for this user");
            flash.addFlashAttribute(ERROR, text(request, "error.forbidden"));
            return Optional.empty();
        }
        try {
            T result = work.get();
            audit.record(user, action, target, "OK", String.valueOf(result));
            flash.addFlashAttribute(SUCCESS, text(request, "action." + action + ".done", target));
            return Optional.of(result);
        } catch (RuntimeException e) {
            String reason = reason(request, e);
            audit.record(user, action, target, "REFUSED", reason);
            flash.addFlashAttribute(ERROR, reason);
            return Optional.empty();
        }
    }

    /** A refusal as the operator reads it; an unexpected failure is logged and shown without internals. */
    private String reason(HttpServletRequest request, RuntimeException e) {
        if (e instanceof ProtocolViolationException p) {
            return text(
                    request,
                    p.kind() == ProtocolViolationException.Kind.STATE ? "error.state" : "error.content",
                    p.violations().stream()
                            .map(v -> messages.violation(request, v))
                            .collect(java.util.stream.Collectors.joining("; ")));
        }
        if (e instanceof IllegalArgumentException
                || e instanceof org.wbcigateway.gateway.platform.partners.PartnerDirectoryException
                || e instanceof NotFoundException
                || e instanceof ResendMessage.NotDeadException
                || e instanceof org.wbcigateway.gateway.platform.security.TenantSigningKeys.NotConfiguredException
                || e instanceof org.wbcigateway.gateway.inbound.BundleInbox.AlreadyRoutedException) {
            return text(request, "error.invalid", e.getMessage());
        }
        if (e instanceof ConcurrencyFailureException) {
            return text(request, "error.concurrent");
        }
        if (DatabaseUnavailable.is(e)) {
            return text(request, "error.database");
        }
        log.error("console action failed unexpectedly", e);
        return text(request, "error.internal");
    }

    private String text(HttpServletRequest request, String key, Object... args) {
        return messages.text(request, key, args);
    }
}
