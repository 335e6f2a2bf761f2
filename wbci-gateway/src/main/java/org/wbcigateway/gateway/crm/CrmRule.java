package org.wbcigateway.gateway.crm;

import org.wbcigateway.domain.rule.Rule;

/** What a contract in the CRM must give for a switch to start from it. */
public enum CrmRule implements Rule {
    PREVIOUS_CARRIER_MISSING("CRM.previous-carrier", "a won contract names the previous provider (the EKPabg)");

    private final String id;
    private final String description;

    CrmRule(String id, String description) {
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
