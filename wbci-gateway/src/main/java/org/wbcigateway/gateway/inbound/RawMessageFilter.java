package org.wbcigateway.gateway.inbound;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WireContract;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireReader;

/**
 * Takes every POST to the WBCI endpoint: reads the request once (at most the size limit) into an
 * {@link InboundMessage} — its raw bytes, kept for the inbox (they are stored and compared byte for byte), its DOM and
 * its JAXB root from one parse — and hands that to the {@link WbciEndpoint}, which answers with the signed TEQ. Input
 * that is not even a well-formed, harmless XML document (too large, DOCTYPE, not well-formed, too deep), no SOAP 1.1
 * message (another envelope, processing instructions, a mandatory header block other than wsse:Security), or no WBCI
 * request at all, is answered here with a SOAP Fault "TEQ 0995: KIND: detail" and an audit record. While the database
 * is away the refusal cannot be recorded, and the input gets a Server fault instead (the sender tries again and is
 * then refused, on record).
 *
 * <p>The bytes decide how the message is read, as XML defines it (byte order mark, XML declaration), whatever the
 * HTTP Content-Type claims. The POST never reaches Spring-WS, which serves only the WSDL and schemas (ADR 0009).
 */
public class RawMessageFilter extends OncePerRequestFilter {

    /** The header blocks this endpoint understands, as {namespace}local: wsse:Security, which the inbox verifies. */
    static final Set<String> UNDERSTOOD_HEADERS =
            Set.of("{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd}Security");

    private static final Logger log = LoggerFactory.getLogger(RawMessageFilter.class);
    private static final Set<String> REQUESTS = Set.of(
            "{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest",
            "{" + WireContract.NS_ENVELOPE + "}annehmenMeldungRequest");

    private final WireReader reader;
    private final InboundLimit limit;
    private final WbciEndpoint endpoint;
    private final RefusalRepository refusals;
    private final TeqMetrics teqMetrics;
    private final Clock clock;
    private final TenantScope.Scope provider;

    /** @param provider where refusals of unreadable input are recorded: it reached no tenant */
    public RawMessageFilter(
            WireReader reader,
            InboundLimit limit,
            WbciEndpoint endpoint,
            RefusalRepository refusals,
            TeqMetrics teqMetrics,
            Clock clock,
            TenantScope.Scope provider) {
        this.reader = reader;
        this.limit = limit;
        this.endpoint = endpoint;
        this.refusals = refusals;
        this.teqMetrics = teqMetrics;
        this.clock = clock;
        this.provider = provider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    /** Times the request until answered, by the TEQ code it was answered with, else as a fault. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        long start = System.nanoTime();
        String answer = null;
        try {
            answer = answer(request, response);
        } finally {
            teqMetrics.inbound(answer == null ? TeqMetrics.FAULT : answer, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Reads the request, then waits for its turn ({@link InboundLimit}) before any work on it.
     *
     * @return the TEQ code the request was answered with; {@code null} for a Server fault
     */
    private String answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] raw = request.getInputStream().readNBytes(reader.limits().maxBytes() + 1);
        boolean entered;
        try {
            entered = limit.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            log.warn(
                    "inbound message answered with a Server fault (the partner retries): {} in progress, no turn "
                            + "within wbci.inbound.queue-timeout",
                    limit.max());
            SoapFaults.write(response, "Server", SoapFaults.BUSY);
            return null;
        }
        try {
            return answer(raw, request, response);
        } finally {
            limit.leave();
        }
    }

    private String answer(byte[] raw, HttpServletRequest request, HttpServletResponse response) throws IOException {
        InboundMessage message;
        try {
            message = reader.parse(raw);
        } catch (WireException e) {
            return refuse(response, raw, e.teqCode().code(), e.kind().name(), e.detail());
        }
        WireReader.SoapScan scan = message.soap();
        if (!scan.soap11()) {
            return refuse(
                    response,
                    raw,
                    "0995",
                    "NOT_SOAP_1_1",
                    "the message is not a SOAP 1.1 Envelope (its root is " + scan.payload() + ")");
        }
        if (scan.payload() == null || !REQUESTS.contains(scan.payload())) {
            return refuse(
                    response,
                    raw,
                    "0995",
                    "NOT_A_WBCI_REQUEST",
                    (scan.payload() == null
                                    ? "the SOAP Body holds no element"
                                    : "the SOAP Body holds " + scan.payload())
                            + ", not annehmenAnfrageRequest or annehmenMeldungRequest");
        }
        if (scan.processingInstruction()) {
            return refuse(
                    response,
                    raw,
                    "0995",
                    "PROCESSING_INSTRUCTION",
                    "a SOAP message must not contain processing instructions");
        }
        List<String> notUnderstood = scan.mustUnderstandHeaders().stream()
                .filter(h -> !UNDERSTOOD_HEADERS.contains(h))
                .toList();
        if (!notUnderstood.isEmpty()) {
            return refuse(
                    response,
                    raw,
                    "MustUnderstand",
                    "0995",
                    "MUST_UNDERSTAND",
                    "mandatory SOAP header blocks not understood: " + String.join(", ", notUnderstood));
        }
        return endpoint.answer(message, request, response);
    }

    private String refuse(HttpServletResponse response, byte[] raw, String teq, String kind, String detail)
            throws IOException {
        return refuse(response, raw, "Client", teq, kind, detail);
    }

    private String refuse(
            HttpServletResponse response, byte[] raw, String faultCode, String teq, String kind, String detail)
            throws IOException {
        log.warn("SOAP fault for unreadable input ({} bytes): {}: {}", raw.length, kind, detail);
        try {
            TenantScope.run(provider, () -> refusals.insert(teq, kind, detail, null, raw, OffsetDateTime.now(clock)));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            // the refusal cannot be recorded now: ask for the input again rather than refuse it unrecorded
            log.warn(
                    "refusal of unreadable input not recorded, answered with a Server fault: database unavailable ({})",
                    e.getMessage());
            SoapFaults.write(response, "Server", SoapFaults.DATABASE);
            return null;
        }
        SoapFaults.write(response, faultCode, "TEQ " + teq + ": " + kind + ": " + detail);
        teqMetrics.sent(teq, null);
        return teq;
    }
}
