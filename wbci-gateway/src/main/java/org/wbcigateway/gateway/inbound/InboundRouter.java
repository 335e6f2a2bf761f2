package org.wbcigateway.gateway.inbound;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.wire.InboundMessage;

/**
 * Which tenant an inbound message is for: the Empfänger, the one of EKPauf and EKPabg that is not its Absender
 * (ADR 0014). Read from the parsed document before anything is stored, so that the message is taken in that
 * tenant's scope; a message for no tenant of this installation (or one that names no such pair) is taken in the
 * provider's scope, where the inbox refuses it on the provider's record; one for a bundle code goes to the tenant
 * the {@link BundleRouting} finds (ADR 0015).
 */
@Component
class InboundRouter {

    /** Where a message goes, by its Empfänger. */
    sealed interface Route {

        /** To the one tenant with that code. */
        record ToTenant(Tenant tenant) implements Route {}

        /** To several tenants sharing a bundle code (ADR 0015): which one, the {@link BundleRouting} finds. */
        record ToBundle(CarrierCode code, List<Tenant> candidates) implements Route {}

        /** To no tenant here: refused on the provider's record. */
        record Nowhere() implements Route {}
    }

    private final Tenants tenants;

    InboundRouter(Tenants tenants) {
        this.tenants = tenants;
    }

    Route route(InboundMessage message) {
        Optional<CarrierCode> receiver = receiver(message);
        List<Tenant> served = receiver.map(tenants::withCode).orElse(List.of());
        return switch (served.size()) {
            case 0 -> new Route.Nowhere();
            case 1 -> new Route.ToTenant(served.get(0));
            default -> new Route.ToBundle(receiver.get(), served);
        };
    }

    /** The Empfänger: of EKPauf and EKPabg, the one that is not the Absender. */
    private static Optional<CarrierCode> receiver(InboundMessage message) {
        Element root = message.document().getDocumentElement();
        Optional<String> absender = code(root, "Absender");
        Optional<String> auf = code(root, "EKPauf");
        Optional<String> abg = code(root, "EKPabg");
        if (absender.isEmpty() || auf.isEmpty() || abg.isEmpty()) {
            return Optional.empty();
        }
        String receiver = absender.equals(auf) ? abg.get() : absender.equals(abg) ? auf.get() : null;
        if (receiver == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CarrierCode.of(receiver));
        } catch (IllegalArgumentException notACarrierCode) {
            return Optional.empty();
        }
    }

    /** The CarrierCode inside the first element of that (unqualified) name, if any. */
    private static Optional<String> code(Element root, String parent) {
        NodeList found = root.getElementsByTagNameNS("*", parent);
        if (found.getLength() == 0) {
            return Optional.empty();
        }
        for (Node child = found.item(0).getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "CarrierCode".equals(e.getLocalName())) {
                return Optional.of(e.getTextContent().strip());
            }
        }
        return Optional.empty();
    }
}
