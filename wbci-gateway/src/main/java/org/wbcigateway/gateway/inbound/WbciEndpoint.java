package org.wbcigateway.gateway.inbound;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.MessageComposer;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WireContract;

/**
 * The one WBCI endpoint, both operations (spec §5): the message, read once by the {@link RawMessageFilter}, is handed
 * to the inbox in the scope of the tenant it is for ({@link InboundRouter}), and the TEQ the inbox decides is composed, signed and written as bytes, synchronously. Business
 * answers leave later, through the outbox. No SOAP stack copies the message or the TEQ (ADR 0009).
 */
@Component
public class WbciEndpoint {

    private static final int ATTEMPTS = 3;
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    /** A TEQ answering a VA, TV or Storno is an annehmenAnfrageResponse; one answering a Meldung is not. */
    private static final String ANFRAGE = "{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest";

    private final InboxService inbox;
    private final MessageComposer composer;
    private final TeqMetrics teqMetrics;
    private final InboundRouter router;
    private final BundleRouting bundles;
    private final Tenants tenants;

    WbciEndpoint(
            InboxService inbox,
            MessageComposer composer,
            TeqMetrics teqMetrics,
            InboundRouter router,
            BundleRouting bundles,
            Tenants tenants) {
        this.bundles = bundles;
        this.tenants = tenants;
        this.inbox = inbox;
        this.composer = composer;
        this.teqMetrics = teqMetrics;
        this.router = router;
    }

    /**
     * Answers a WBCI request with its signed TEQ, or with a Server fault where it could not be processed for a
     * reason of ours.
     *
     * @return the TEQ code answered with; {@code null} for a fault
     */
    String answer(InboundMessage message, HttpServletRequest request, HttpServletResponse response) throws IOException {
        InboxService.Receipt receipt;
        byte[] teq;
        String code;
        X509Certificate tlsClient = tlsClient(request);
        try {
            Destination destination = destination(message, tlsClient);
            try (TenantScope.Binding scope = TenantScope.bind(destination.scope())) {
                receipt =
                        destination.answered() != null ? destination.answered() : receiveWithRetry(message, tlsClient);
                teq = composer.teqSoap(
                        receipt.teq(), ANFRAGE.equals(message.soap().payload()));
                code = receipt.teq().payload().code().code();
                teqMetrics.sent(code, receipt.partner());
            }
        } catch (RuntimeException e) {
            SoapFaults.server(response, e);
            return null;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(SoapFaults.CONTENT_TYPE);
        response.setContentLength(teq.length);
        response.getOutputStream().write(teq);
        return code;
    }

    /**
     * Where the message is received: in its tenant's scope, or the provider's for a message for no tenant here; or,
     * for a bundle code, answered already where {@link BundleRouting} refused or held it.
     */
    private record Destination(TenantScope.Scope scope, InboxService.Receipt answered) {}

    private Destination destination(InboundMessage message, X509Certificate tlsClient) {
        InboundRouter.Route route = router.route(message);
        if (route instanceof InboundRouter.Route.ToTenant to) {
            return new Destination(tenants.scope(to.tenant()), null);
        }
        if (!(route instanceof InboundRouter.Route.ToBundle bundle)) {
            return new Destination(tenants.providerScope(), null);
        }
        BundleRouting.Routed routed =
                TenantScope.call(tenants.providerScope(), () -> bundles.route(message, tlsClient, bundle));
        return routed instanceof BundleRouting.Routed.To to
                ? new Destination(tenants.scope(to.tenant()), null)
                : new Destination(tenants.providerScope(), ((BundleRouting.Routed.Answered) routed).receipt());
    }

    /** The certificate the TLS client authenticated with (the servlet container's attribute), if any. */
    private static X509Certificate tlsClient(HttpServletRequest request) {
        Object chain = request.getAttribute(CLIENT_CERTIFICATES);
        return chain instanceof X509Certificate[] certificates && certificates.length > 0 ? certificates[0] : null;
    }

    /**
     * Two deliveries of the same VA at the same moment race for its row; the loser's transaction rolls back and is
     * tried again, and then sees the winner's result (a retry or a used ID). A SOAP fault after the last attempt
     * tells the partner to send again later.
     */
    private InboxService.Receipt receiveWithRetry(InboundMessage message, X509Certificate tlsClient) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inbox.receive(message, tlsClient);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
