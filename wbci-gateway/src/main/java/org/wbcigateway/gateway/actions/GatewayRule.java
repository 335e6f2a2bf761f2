package org.wbcigateway.gateway.actions;

import org.wbcigateway.domain.rule.Rule;

/** Rules of this gateway's configuration and CRM data that an action can break. */
public enum GatewayRule implements Rule {
    PARTNER_UNKNOWN("GATEWAY.partner-unknown", "messages go only to partners registered in the configuration"),
    PREVIOUS_CARRIER_MISSING("CRM.previous-carrier", "a won contract names the previous provider (the EKPabg)"),
    SWITCH_ALREADY_RUNNING(
            "CRM.switch-running",
            "a contract's switch is started once: not while a Vorabstimmung of it is open or agreed (unless forced)");

    private final String id;
    private final String description;

    GatewayRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}
