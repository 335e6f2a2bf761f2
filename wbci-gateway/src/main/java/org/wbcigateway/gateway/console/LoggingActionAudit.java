package org.wbcigateway.gateway.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes console actions to the log. */
@Component
class LoggingActionAudit implements ActionAudit {

    private static final Logger log = LoggerFactory.getLogger("org.wbcigateway.console.audit");

    @Override
    public void record(String user, String action, String target, String outcome, String detail) {
        log.info("console action {} on {} by {}: {} {}", action, target, user, outcome, detail == null ? "" : detail);
    }
}
