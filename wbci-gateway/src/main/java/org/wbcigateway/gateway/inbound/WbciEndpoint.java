package org.wbcigateway.gateway.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.annotation.Endpoint;
import org.springframework.ws.server.endpoint.annotation.PayloadRoot;
import org.springframework.ws.server.endpoint.annotation.ResponsePayload;
import org.springframework.ws.transport.context.TransportContextHolder;
import org.springframework.ws.transport.http.HttpServletConnection;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireContract;

/**
 * The one WBCI endpoint, both operations (spec §5): the message is handed to the inbox as raw bytes and the TEQ the
 * inbox decides is returned synchronously. Business answers leave later, through the outbox.
 */
@Endpoint
public class WbciEndpoint {

    private static final int ATTEMPTS = 3;
    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final InboxService inbox;
    private final WbciCodec codec;
    private final TeqMetrics teqMetrics;

    public WbciEndpoint(InboxService inbox, WbciCodec codec, TeqMetrics teqMetrics) {
        this.inbox = inbox;
        this.codec = codec;
        this.teqMetrics = teqMetrics;
    }

    @PayloadRoot(namespace = WireContract.NS_ENVELOPE, localPart = "annehmenAnfrageRequest")
    @ResponsePayload
    public Source annehmenAnfrage(MessageContext context) {
        return receive(true);
    }

    @PayloadRoot(namespace = WireContract.NS_ENVELOPE, localPart = "annehmenMeldungRequest")
    @ResponsePayload
    public Source annehmenMeldung(MessageContext context) {
        return receive(false);
    }

    private Source receive(boolean anfrage) {
        HttpServletRequest request = ((HttpServletConnection) TransportContextHolder.getTransportContext()
                .getConnection()).getHttpServletRequest();
        InboxService.Receipt receipt = receiveWithRetry((byte[]) request.getAttribute(RawMessageFilter.RAW_MESSAGE),
                tlsClient(request));
        String code = receipt.teq().payload().code().code();
        teqMetrics.sent(code, receipt.partner());
        request.setAttribute(RawMessageFilter.ANSWER, code);
        return new DOMSource(codec.quittungDocument(receipt.teq(), anfrage));
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
    private InboxService.Receipt receiveWithRetry(byte[] raw, X509Certificate tlsClient) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inbox.receive(raw, tlsClient);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
