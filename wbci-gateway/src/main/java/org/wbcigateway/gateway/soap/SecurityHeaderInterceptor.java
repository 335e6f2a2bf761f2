package org.wbcigateway.gateway.soap;

import javax.xml.namespace.QName;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.soap.SoapHeaderElement;
import org.springframework.ws.soap.server.SoapEndpointInterceptor;

/**
 * Declares that the endpoint understands the {@code wsse:Security} header (mustUnderstand="1" in every WBCI
 * message), so Spring-WS does not answer with a MustUnderstand fault. Until signatures are verified (a later
 * issue), the header is accepted and ignored.
 */
class SecurityHeaderInterceptor implements SoapEndpointInterceptor {

    private static final QName SECURITY = new QName(
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "Security");

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
