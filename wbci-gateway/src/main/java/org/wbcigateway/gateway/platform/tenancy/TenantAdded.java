package org.wbcigateway.gateway.platform.tenancy;

/** A tenant this node did not know before: added here, or by another node and read from the registry. */
public record TenantAdded(Tenant tenant) {}
