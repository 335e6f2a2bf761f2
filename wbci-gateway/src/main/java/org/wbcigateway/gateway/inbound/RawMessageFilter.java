package org.wbcigateway.gateway.inbound;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wbcigateway.gateway.platform.observability.TeqMetrics;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.wire.WireContract;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireReader;

/**
 * Sits before the SOAP stack on the WBCI endpoint: reads the request once (at most the size limit), keeps the raw
 * bytes for the inbox (they are stored and compared byte for byte), and answers input that is not even a
 * well-formed, harmless XML document (too large, DOCTYPE, not well-formed, too deep), no SOAP 1.1 message the SOAP
 * stack can take (another envelope, processing instructions, a mandatory header block other than wsse:Security), or
 * no WBCI request at all, with a SOAP Fault "TEQ 0995: KIND: detail" itself and an audit record, so that no XML stack
 * ever parses it. While the database is away the refusal cannot be recorded, and the input gets a Server fault
 * instead (the sender tries again and is then refused, on record).
 *
 * <p>The bytes decide how the message is read, as XML defines it (byte order mark, XML declaration), and so the
 * inbox reads them; the SOAP stack is told the same encoding, whatever the HTTP Content-Type claimed (a partner's
 * {@code application/soap+xml}, a wrong or unknown charset), so that it cannot fail where the inbox would not.
 */
public class RawMessageFilter extends OncePerRequestFilter {

    public static final String RAW_MESSAGE = RawMessageFilter.class.getName() + ".raw";
    /** The TEQ code the request was answered with; unset for a Server fault. */
    public static final String ANSWER = RawMessageFilter.class.getName() + ".answer";
    private static final Logger log = LoggerFactory.getLogger(RawMessageFilter.class);
    private static final java.util.Set<String> REQUESTS = java.util.Set.of(
            "{" + WireContract.NS_ENVELOPE + "}annehmenAnfrageRequest",
            "{" + WireContract.NS_ENVELOPE + "}annehmenMeldungRequest");

    private static final String CONTENT_TYPE = "Content-Type";

    private final WireReader reader;
    private final RefusalRepository refusals;
    private final TeqMetrics teqMetrics;
    private final Clock clock;

    public RawMessageFilter(WireReader reader, RefusalRepository refusals, TeqMetrics teqMetrics, Clock clock) {
        this.reader = reader;
        this.refusals = refusals;
        this.teqMetrics = teqMetrics;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    /** Times the request until answered, by what it was answered with ({@link #ANSWER}, else a fault). */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            filter(request, response, chain);
        } finally {
            Object answer = request.getAttribute(ANSWER);
            teqMetrics.inbound(answer == null ? TeqMetrics.FAULT : answer.toString(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] raw = request.getInputStream().readNBytes(reader.limits().maxBytes() + 1);
        WireReader.SoapScan scan;
        try {
            scan = reader.scanSoap(raw);
        } catch (WireException e) {
            refuse(request, response, raw, e.teqCode().code(), e.kind().name(), e.detail());
            return;
        }
        if (!scan.soap11()) {
            refuse(request, response, raw, "0995", "NOT_SOAP_1_1",
                    "the message is not a SOAP 1.1 Envelope (its root is " + scan.payload() + ")");
            return;
        }
        if (scan.payload() == null || !REQUESTS.contains(scan.payload())) {
            refuse(request, response, raw, "0995", "NOT_A_WBCI_REQUEST", (scan.payload() == null
                    ? "the SOAP Body holds no element" : "the SOAP Body holds " + scan.payload())
                    + ", not annehmenAnfrageRequest or annehmenMeldungRequest");
            return;
        }
        if (scan.processingInstruction()) {
            refuse(request, response, raw, "0995", "PROCESSING_INSTRUCTION",
                    "a SOAP message must not contain processing instructions");
            return;
        }
        java.util.List<String> notUnderstood = scan.mustUnderstandHeaders().stream()
                .filter(h -> !WsSecurityInterceptor.UNDERSTOOD_HEADERS.contains(h)).toList();
        if (!notUnderstood.isEmpty()) {
            refuse(request, response, raw, "MustUnderstand", "0995", "MUST_UNDERSTAND",
                    "mandatory SOAP header blocks not understood: " + String.join(", ", notUnderstood));
            return;
        }
        request.setAttribute(RAW_MESSAGE, raw);
        chain.doFilter(new SoapRequest(request, raw, scan.encoding()), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, byte[] raw, String teq, String kind,
                        String detail) throws IOException {
        refuse(request, response, raw, "Client", teq, kind, detail);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, byte[] raw, String faultCode,
                        String teq, String kind, String detail) throws IOException {
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
        SoapFaults.write(response, faultCode, "TEQ " + teq + ": " + kind + ": " + detail);
        teqMetrics.sent(teq, null);
        request.setAttribute(ANSWER, teq);
    }

    /**
     * The request with its body served from the bytes already read, and a Content-Type that names the encoding the
     * bytes were read in ({@code text/xml}, as SOAP 1.1 has it). A byte order mark is left out: the encoding is named,
     * and SAAJ cannot read an XML declaration behind a UTF-8 one.
     */
    private static final class SoapRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private final String encoding;
        private final String contentType;

        SoapRequest(HttpServletRequest request, byte[] raw, String encoding) {
            super(request);
            this.body = java.util.Arrays.copyOfRange(raw, byteOrderMark(raw), raw.length);
            this.encoding = encoding == null || encoding.isBlank() ? StandardCharsets.UTF_8.name() : encoding;
            this.contentType = "text/xml; charset=" + this.encoding;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        private static int byteOrderMark(byte[] b) {
            if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                    || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
                return 4;
            }
            if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
                return 3;
            }
            if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
                return 2;
            }
            return 0;
        }

        @Override
        public String getCharacterEncoding() {
            return encoding;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getHeader(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name) ? contentType : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return CONTENT_TYPE.equalsIgnoreCase(name)
                    ? java.util.Collections.enumeration(java.util.List.of(contentType)) : super.getHeaders(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaderNames() {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(java.util.Collections.list(super.getHeaderNames()));
            if (names.stream().noneMatch(CONTENT_TYPE::equalsIgnoreCase)) {
                names.add(CONTENT_TYPE);
            }
            return java.util.Collections.enumeration(names);
        }
    }
}
