package org.wbcigateway.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of every REST API request: a declared Content-Length over the limit is refused at once, a body
 * without one is read up to the limit and refused beyond it (413, problem+json) — the API never reads an unbounded
 * body into memory. Contract imports and bulk requests have a limit of their own.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private static final String IMPORT = "/api/crm/import";
    private static final String BULK = "/api/bulk";

    private final long apiLimit;
    private final long importLimit;

    public RequestSizeLimit(DataSize apiLimit, DataSize importLimit) {
        this.apiLimit = apiLimit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        long limit = uri.startsWith(IMPORT) || uri.startsWith(BULK) ? importLimit : apiLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                                + "\"detail\":\"the request body is larger than " + limit + " bytes\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
