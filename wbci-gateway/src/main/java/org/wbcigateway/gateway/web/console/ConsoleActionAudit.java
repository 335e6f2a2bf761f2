package org.wbcigateway.gateway.web.console;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;

/** Console actions into the audit log, with the operator's address. */
@Component
class ConsoleActionAudit implements ActionAudit {

    private final AuditTrail audit;

    ConsoleActionAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void record(String user, String action, String target, String outcome, String detail) {
        String remote = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
        audit.record(user, AuditEntry.Channel.CONSOLE, action, target, outcome, detail, remote);
    }
}
