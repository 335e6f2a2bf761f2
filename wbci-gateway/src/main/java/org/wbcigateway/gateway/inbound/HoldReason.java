package org.wbcigateway.gateway.inbound;

/** Why a message for a bundle code waits in the provider's bundle inbox instead of reaching a tenant (ADR 0015). */
public enum HoldReason {
    /** A VA whose customer none of the code's tenants has in its CRM data. */
    NO_CUSTOMER,
    /** A VA whose customer several of the code's tenants have. */
    SEVERAL_CUSTOMERS,
    /** A message about a VA that waits here itself: it follows that VA, in order. */
    FOLLOWS_HELD_VA
}
