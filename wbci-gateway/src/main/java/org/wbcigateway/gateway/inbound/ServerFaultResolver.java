package org.wbcigateway.gateway.inbound;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.AbstractEndpointExceptionResolver;
import org.springframework.ws.soap.SoapMessage;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;

/**
 * What a partner gets when a message could not be processed for a reason of ours, not of the message (spec §5: "a
 * transient server fault is a SOAP Fault (the sender retries)"): a SOAP 1.1 Fault with faultcode {@code Server} —
 * never a TEQ, which would be a verdict on the message. The faultstring says what to do and nothing of our internals
 * (Spring-WS's default resolver would put the exception's message, e.g. SQL, into it): {@value #DATABASE} while the
 * database is away, {@value #INTERNAL} for anything else unexpected. Runs before that default resolver and after
 * any {@code @SoapFault} mapping.
 */
@Component
class ServerFaultResolver extends AbstractEndpointExceptionResolver {

    static final String DATABASE = "database unavailable, retry later";
    static final String INTERNAL = "internal error, retry later";

    private static final Logger log = LoggerFactory.getLogger(ServerFaultResolver.class);

    ServerFaultResolver() {
        setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    }

    @Override
    protected boolean resolveExceptionInternal(MessageContext messageContext, Object endpoint, Exception ex) {
        if (!(messageContext.getResponse() instanceof SoapMessage response)) {
            return false;
        }
        if (DatabaseUnavailable.is(ex)) {
            log.warn("inbound message answered with a Server fault (the partner retries): database unavailable ({})",
                    ex.getMessage());
            response.getSoapBody().addServerOrReceiverFault(DATABASE, Locale.ENGLISH);
        } else {
            log.error("inbound message answered with a Server fault (the partner retries): unexpected error", ex);
            response.getSoapBody().addServerOrReceiverFault(INTERNAL, Locale.ENGLISH);
        }
        return true;
    }
}
