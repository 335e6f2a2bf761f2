package org.wbcigateway.gateway.inbound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * The provider's bundle inbox (ADR 0015): the messages for a bundle code that wait for an operator to name their
 * tenant, and the record of those routed. Routing one message of a Vorabstimmung hands all of it that waits to the
 * tenant, in order of receipt, each as if it had arrived when it did.
 */
@Service
public class BundleInbox {

    /** The message was routed already (by another operator or node). */
    public static class AlreadyRoutedException extends RuntimeException {
        AlreadyRoutedException(HeldMessage message) {
            super("message " + message.id() + " was routed to " + message.routedTo() + " by " + message.routedBy()
                    + " at " + message.routedAt());
        }
    }

    private final BundleInboxRepository held;
    private final ProviderTransactions provider;
    private final Tenants tenants;
    private final InboxService inbox;
    private final TransactionTemplate tenantTransaction;
    private final Clock clock;

    BundleInbox(
            BundleInboxRepository held,
            ProviderTransactions provider,
            Tenants tenants,
            InboxService inbox,
            PlatformTransactionManager transactions,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock) {
        this.held = held;
        this.provider = provider;
        this.tenants = tenants;
        this.inbox = inbox;
        this.tenantTransaction = new TransactionTemplate(transactions);
        this.tenantTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The waiting messages first (oldest first), then the routed ones (latest first). */
    public List<HeldMessage> page(int limit, int offset) {
        return provider.execute(status -> held.page(limit, offset));
    }

    public long waiting() {
        return provider.execute(status -> held.waiting());
    }

    public HeldMessage get(long id) {
        return provider.execute(status -> held.find(id))
                .orElseThrow(() -> new NotFoundException("no message " + id + " in the bundle inbox"));
    }

    /** The tenants a held message may go to: those of the code it was addressed to. */
    public List<Tenant> candidates(HeldMessage message) {
        return tenants.withCode(org.wbcigateway.domain.id.CarrierCode.of(message.code()));
    }

    /**
     * Hands the message, and every other of its Vorabstimmung still waiting, to the tenant.
     *
     * @return the messages handed over, in order
     */
    public List<HeldMessage> route(long id, String tenantId, String by) {
        HeldMessage chosen = get(id);
        if (!chosen.waiting()) {
            throw new AlreadyRoutedException(chosen);
        }
        List<Tenant> candidates = candidates(chosen);
        Tenant tenant = candidates.stream()
                .filter(t -> t.id().equals(tenantId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(tenantId + " is not a tenant of " + chosen.code()
                        + " (its tenants: "
                        + String.join(", ", candidates.stream().map(Tenant::id).toList()) + ")"));
        return provider.execute(status -> {
            List<HeldMessage> routed = new ArrayList<>();
            // the rows are locked until the tenant has them: two operators cannot hand one message to two tenants
            for (HeldMessage message : held.lockWaiting(chosen.code(), chosen.vaId())) {
                byte[] raw = held.raw(message.id());
                String digest = Digests.sha256(raw);
                // taken by a tenant already (a node stopped after that tenant's commit, before this one)?
                Tenant to = candidates.stream()
                        .filter(t -> inTenant(t, () -> inbox.holds(digest)))
                        .findFirst()
                        .orElse(tenant);
                inTenant(to, () -> inbox.takeHeld(raw, message.receivedAt().toInstant()));
                held.markRouted(message.id(), to.id(), by, OffsetDateTime.now(clock));
                routed.add(held.find(message.id()).orElseThrow());
            }
            if (routed.isEmpty()) {
                throw new AlreadyRoutedException(get(id));
            }
            return routed;
        });
    }

    private <T> T inTenant(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantScope.call(tenants.scope(tenant), () -> tenantTransaction.execute(status -> work.get()));
    }
}
