package org.wbcigateway.gateway.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.persistence.RefusalRepository;
import org.wbcigateway.gateway.web.CachedBodyRequest;
import org.wbcigateway.wire.WireContract;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireReader;

/**
 * Sits before the SOAP stack on the WBCI endpoint: reads the request once (at most the size limit), keeps the raw
 * bytes for the inbox (they are stored and compared byte for byte), and answers input that is not even a
 * well-formed, harmless XML document (too large, DOCTYPE, not well-formed, too deep), or no WBCI request at all,
 * with a SOAP Fault itself, so that no XML stack ever parses it. Each such refusal is recorded; while the database is
 * away it cannot be, and the input gets a Server fault instead (the sender tries again and is then refused, on record).
 */
public class RawMessageFilter extends OncePerRequestFilter {

    public static final String RAW_MESSAGE = RawMessageFilter.class.getName() + ".raw";
    private static final Logger log = LoggerFactory.getLogger(RawMessageFilter.class);
    private static final java.util.Set<String> REQUESTS = java.util.Set.of(
            "{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest",
            "{" + WireContract.NS_ENVELOPE + "}annehmenMeldungRequest");

    private final WireReader reader;
    private final RefusalRepository refusals;
    private final Clock clock;

    public RawMessageFilter(WireReader reader, RefusalRepository refusals, Clock clock) {
        this.reader = reader;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] raw = request.getInputStream().readNBytes(reader.limits().maxBytes() + 1);
        String root;
        try {
            root = reader.checkWellFormed(raw);
        } catch (WireException e) {
            refuse(response, raw, e.teqCode().code(), e.kind().name(), e.detail());
            return;
        }
        if (!REQUESTS.contains(root)) {
            refuse(response, raw, "0995", "NOT_A_WBCI_REQUEST", "the SOAP Body holds " + root
                    + ", not annehmenAnfrageRequest or annehmenMeldungRequest");
            return;
        }
        request.setAttribute(RAW_MESSAGE, raw);
        chain.doFilter(new CachedBodyRequest(request, raw), response);
    }

    private void refuse(HttpServletResponse response, byte[] raw, String teq, String kind, String detail)
            throws IOException {
        log.warn("SOAP fault for unreadable input ({} bytes): {}: {}", raw.length, kind, detail);
        try {
            refusals.insert(teq, kind, detail, null, raw, OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            // the refusal cannot be recorded now: ask for the input again rather than refuse it unrecorded
            log.warn("refusal of unreadable input not recorded, answered with a Server fault: database unavailable ({})",
                    e.getMessage());
            SoapFaults.write(response, "Server", ServerFaultResolver.DATABASE);
            return;
        }
        SoapFaults.write(response, "Client", "TEQ " + teq + ": " + kind + ": " + detail);
    }
}
