package org.wbcigateway.gateway.inbound;

import javax.xml.namespace.QName;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.server.SoapEndpointInterceptor;
import org.wbcigateway.wire.security.MessageSigner;

/**
 * WS-Security on the endpoint: declares the {@code wsse:Security} header (mustUnderstand="1" in every WBCI message)
 * understood — the inbox verifies it, together with the Absender, on the raw bytes — and signs every TEQ we answer
 * with, as partners verify ours (the 2013 TEQ sample is signed too). SOAP faults are not signed.
 */
class WsSecurityInterceptor implements SoapEndpointInterceptor {

    private static final QName SECURITY = new QName(
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Security");

    /** The header blocks this endpoint understands, as {namespace}local; the raw-message filter refuses others. */
    static final java.util.Set<String> UNDERSTOOD_HEADERS = java.util.Set.of(SECURITY.toString());

    private final MessageSigner signer;

    WsSecurityInterceptor(MessageSigner signer) {
        this.signer = signer;
    }

    @Override
    public boolean understands(SoapHeaderElement header) {
        return SECURITY.equals(header.getName());
    }

    @Override
    public boolean handleRequest(MessageContext messageContext, Object endpoint) {
        return true;
    }

    @Override
    public boolean handleResponse(MessageContext messageContext, Object endpoint) {
        SoapMessage response = (SoapMessage) messageContext.getResponse();
        response.setDocument(signer.sign(response.getDocument()));
        return true;
    }

    @Override
    public boolean handleFault(MessageContext messageContext, Object endpoint) {
        return true;
    }

    @Override
    public void afterCompletion(MessageContext messageContext, Object endpoint, Exception ex) {
    }
}
