package org.wbcigateway.gateway.inbound;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;

/** SOAP 1.1 Faults, written as bytes: the endpoint has no SOAP stack (ADR 0009). */
final class SoapFaults {

    /** SOAP 1.1 over HTTP, for TEQs and faults alike. */
    static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    static final String DATABASE = "database unavailable, retry later";
    static final String INTERNAL = "internal error, retry later";
    static final String BUSY = "busy, retry later";

    private static final Logger log = LoggerFactory.getLogger(SoapFaults.class);

    private SoapFaults() {}

    static void write(HttpServletResponse response, String faultCode, String faultString) throws IOException {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>"
                + "<SOAP-ENV:Fault><faultcode>SOAP-ENV:" + faultCode + "</faultcode><faultstring>"
                + escape(faultString) + "</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>";
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType(CONTENT_TYPE);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a partner gets when a message could not be processed for a reason of ours, not of the message (spec §5:
     * "a transient server fault is a SOAP Fault (the sender retries)"): faultcode {@code Server}, never a TEQ, which
     * would be a verdict on the message. The faultstring says what to do and nothing of our internals (no SQL, no
     * exception): {@value #DATABASE} while the database is away, {@value #INTERNAL} for anything else unexpected.
     */
    static void server(HttpServletResponse response, RuntimeException e) throws IOException {
        if (DatabaseUnavailable.is(e)) {
            log.warn(
                    "inbound message answered with a Server fault (the partner retries): database unavailable ({})",
                    e.getMessage());
            write(response, "Server", DATABASE);
        } else {
            log.error("inbound message answered with a Server fault (the partner retries): unexpected error", e);
            write(response, "Server", INTERNAL);
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c >= 0x20 || c == '\t' ? c : ' ');
            }
        }
        return out.toString();
    }
}
