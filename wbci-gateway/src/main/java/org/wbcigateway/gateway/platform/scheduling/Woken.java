package org.wbcigateway.gateway.platform.scheduling;

import java.util.Set;

/**
 * What a worker's round is for: every tenant (its first round, the interval passed, or a signal from outside any
 * tenant), or only the tenants whose transactions signalled work since the last round.
 */
public final class Woken {

    /** Every tenant. */
    public static final Woken ALL = new Woken(null);

    private final Set<String> tenantIds;

    private Woken(Set<String> tenantIds) {
        this.tenantIds = tenantIds;
    }

    /** Only these tenants (by id). */
    public static Woken tenants(Set<String> tenantIds) {
        return new Woken(Set.copyOf(tenantIds));
    }

    public boolean includes(String tenantId) {
        return tenantIds == null || tenantIds.contains(tenantId);
    }

    @Override
    public String toString() {
        return tenantIds == null ? "all tenants" : "tenants " + tenantIds;
    }
}
