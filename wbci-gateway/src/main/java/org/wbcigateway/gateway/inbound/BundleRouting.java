package org.wbcigateway.gateway.inbound;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.tenancy.ProviderTransactions;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.gateway.vorabstimmung.MessageComposer;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;
import org.wbcigateway.wire.InboundMessage;

/**
 * Which of the tenants behind a bundle code a message is for (ADR 0015), decided in the provider's scope after the
 * checks that do not depend on the tenant: the one that holds its Vorabstimmung; for a new VA, the one whose CRM
 * data has the customer. Where that is none or several, and for what follows such a VA, the message is accepted and
 * held in the provider's bundle inbox until an operator names the tenant.
 */
@Component
class BundleRouting {

    /** What became of a message for a bundle code. */
    sealed interface Routed {

        /** For this tenant: it receives the message as any other. */
        record To(Tenant tenant) implements Routed {}

        /** Answered here: refused by the checks, or held (TEQ OK). */
        record Answered(InboxService.Receipt receipt) implements Routed {}
    }

    private final InboxService inbox;
    private final Tenants tenants;
    private final Vorabstimmungen vorabstimmungen;
    private final CrmPort crm;
    private final BundleInboxRepository held;
    private final ProviderTransactions provider;
    private final MessageComposer composer;
    /** Business time (ADR 0004): when a held message was received, for judging it as of that day. */
    private final Clock clock;

    BundleRouting(
            InboxService inbox,
            Tenants tenants,
            Vorabstimmungen vorabstimmungen,
            CrmPort crm,
            BundleInboxRepository held,
            ProviderTransactions provider,
            MessageComposer composer,
            Clock clock) {
        this.inbox = inbox;
        this.tenants = tenants;
        this.vorabstimmungen = vorabstimmungen;
        this.crm = crm;
        this.held = held;
        this.provider = provider;
        this.composer = composer;
        this.clock = clock;
    }

    /** Call in the provider's scope: a refusal by the checks is on the provider's record. */
    Routed route(InboundMessage message, X509Certificate tlsClient, InboundRouter.Route.ToBundle bundle) {
        InboxService.Checked checked = inbox.check(message, tlsClient);
        if (!(checked instanceof InboxService.Checked.Authentic authentic)) {
            // refused on the provider's record, answered as the bundle code it was addressed to
            InboxService.Receipt refused = ((InboxService.Checked.Refused) checked).receipt();
            return new Routed.Answered(new InboxService.Receipt(
                    composer.teq(
                            refused.teq().payload().vorabstimmungsIdRef(),
                            refused.teq().payload().code(),
                            bundle.code()),
                    refused.partner()));
        }
        WbciMessage payload = authentic.envelope().payload();
        Decision decision = decide(bundle.code(), payload, bundle.candidates());
        if (decision instanceof Decision.To to) {
            return new Routed.To(to.tenant());
        }
        return new Routed.Answered(hold(bundle.code(), authentic, message.raw(), (Decision.Hold) decision));
    }

    sealed interface Decision {

        record To(Tenant tenant) implements Decision {}

        record Hold(HoldReason reason, List<Tenant> matched) implements Decision {}
    }

    Decision decide(CarrierCode code, WbciMessage message, List<Tenant> candidates) {
        VorabstimmungsId vaId = message.vorabstimmungsId();
        List<HeldMessage> ofVa = provider.execute(status -> held.ofVa(code.value(), vaId.value()));
        if (!ofVa.isEmpty()) {
            Optional<Tenant> routed =
                    ofVa.stream().filter(h -> !h.waiting()).findFirst().flatMap(h -> tenants.find(h.routedTo()));
            return routed.<Decision>map(Decision.To::new)
                    .orElseGet(() -> new Decision.Hold(HoldReason.FOLLOWS_HELD_VA, List.of()));
        }
        List<Tenant> holding = candidates.stream()
                .filter(t -> inScope(t, () -> vorabstimmungen.find(vaId).isPresent()))
                .toList();
        if (holding.size() == 1) {
            return new Decision.To(holding.get(0));
        }
        if (holding.size() > 1) {
            return new Decision.Hold(HoldReason.SEVERAL_CUSTOMERS, holding);
        }
        if (message instanceof Vorabstimmungsanfrage va) {
            List<Tenant> matched = candidates.stream()
                    .filter(t -> inScope(t, () -> !(crm.findContract(va) instanceof Vertragssuche.NichtGefunden)))
                    .toList();
            return switch (matched.size()) {
                case 0 -> new Decision.Hold(HoldReason.NO_CUSTOMER, List.of());
                case 1 -> new Decision.To(matched.get(0));
                default -> new Decision.Hold(HoldReason.SEVERAL_CUSTOMERS, matched);
            };
        }
        // about a Vorabstimmung none of them knows: any of them answers it as the protocol says for an unknown one
        return new Decision.To(candidates.get(0));
    }

    private InboxService.Receipt hold(
            CarrierCode code, InboxService.Checked.Authentic authentic, byte[] raw, Decision.Hold hold) {
        WbciMessage message = authentic.envelope().payload();
        InboxService.Receipt ok = new InboxService.Receipt(
                composer.teq(message.vorabstimmungsId(), TeqCode.OK, code), authentic.sender());
        return provider.execute(status -> {
            String digest = Digests.sha256(raw);
            if (held.holdsDigest(digest)) {
                return ok; // a transport retry
            }
            Optional<InboxService.Receipt> stale = inbox.stale(authentic, raw);
            if (stale.isPresent()) {
                return stale.get();
            }
            held.insert(
                    code.value(),
                    message,
                    hold.reason(),
                    hold.matched().stream().map(Tenant::id).toList(),
                    raw,
                    digest,
                    // business time (ADR 0004): the message is judged as of this day when it is routed, as a message
                    // taken at once is judged as of the business day
                    OffsetDateTime.now(clock));
            return ok;
        });
    }

    private <T> T inScope(Tenant tenant, java.util.function.Supplier<T> work) {
        return TenantScope.call(tenants.scope(tenant), work::get);
    }
}
