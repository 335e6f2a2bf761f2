package org.wbcigateway.gateway.inbound;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * The refused input an operator reads: the tenant's own record (input routed to it) and the provider's (input that
 * reached no tenant: unreadable, or for a carrier code not served here), newest first.
 */
@Component
public class RefusalLog {

    private static final Comparator<RefusalRepository.Refusal> NEWEST_FIRST =
            Comparator.comparing(RefusalRepository.Refusal::at).reversed();

    private final RefusalRepository refusals;
    private final TenantScope.Scope provider;

    RefusalLog(RefusalRepository refusals, Tenants tenants) {
        this.refusals = refusals;
        this.provider = tenants.providerScope();
    }

    /** The newest, of one sender if given. */
    public List<RefusalRepository.Refusal> recent(String sender, int limit) {
        return merged(refusals.recent(sender, limit), TenantScope.call(provider, () -> refusals.recent(sender, limit)))
                .limit(limit)
                .toList();
    }

    public List<RefusalRepository.Refusal> page(int limit, int offset) {
        return merged(
                        refusals.page(limit + offset, 0),
                        TenantScope.call(provider, () -> refusals.page(limit + offset, 0)))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    public long count() {
        return refusals.count() + TenantScope.call(provider, refusals::count);
    }

    private static Stream<RefusalRepository.Refusal> merged(
            List<RefusalRepository.Refusal> tenant, List<RefusalRepository.Refusal> unrouted) {
        return Stream.concat(tenant.stream(), unrouted.stream()).sorted(NEWEST_FIRST);
    }
}
