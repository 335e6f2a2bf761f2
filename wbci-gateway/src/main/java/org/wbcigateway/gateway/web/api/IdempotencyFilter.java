package org.wbcigateway.gateway.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.gateway.web.CachedBodyRequest;
import org.wbcigateway.gateway.web.api.IdempotencyRepository.StoredResponse;

/**
 * Makes a POST safe to retry. A client that cannot tell whether its request took effect (the connection broke, the
 * gateway was restarted) sends it again with the same {@code Idempotency-Key} header and gets the first response
 * again, with {@code Idempotent-Replayed: true}, instead of a second VA, TV or Storno.
 * <p>
 * The whole request runs in one transaction that first claims the key, so the request's effect and its stored
 * response commit together or not at all: a crash before the commit leaves neither (the repeat runs the request),
 * a crash after it leaves both (the repeat gets the response). The response reaches the client only after the
 * commit. Only a successful (2xx) response is kept; a refused request is rolled back and its key stays free. A repeat
 * arriving while the first is still running waits for it. The same key with a different method, path or body is
 * refused with 422. Requests without the header are not touched. With the database away the answer is a 503 like
 * any other REST request's ("Database unavailable", or "Not confirmed" when a commit was cut), and the repeat with
 * the same key learns what happened.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

    private final IdempotencyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyRepository keys, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        if (sent.isBlank() || sent.length() > MAX_KEY_LENGTH) {
            problem(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Invalid request",
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        // keys are the caller's own: two CRM systems may both use "1" without meeting
        String key = AuditTrail.currentActor() + " " + sent;
        byte[] body = request.getInputStream().readAllBytes();
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String fingerprint = fingerprint(request.getMethod(), path, body);
        HttpServletRequest replayable = new CachedBodyRequest(request, body);
        try {
            runOnce(key, fingerprint, path, request, replayable, response, chain);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            // the key could not be looked up or claimed, so nothing was committed: the client repeats with the same key
            log.warn("request with {} {} answered 503: database unavailable ({})", HEADER, key, e.toString());
            if (!response.isCommitted()) {
                response.reset();
                response.setHeader("Retry-After", "5");
                problem(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Database unavailable",
                        "the database is unavailable; retry later");
            }
        }
    }

    private void runOnce(
            String key,
            String fingerprint,
            String path,
            HttpServletRequest request,
            HttpServletRequest replayable,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        long waitUntil = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            Optional<StoredResponse> stored = keys.find(key);
            if (stored.isPresent()) {
                replay(stored.get(), fingerprint, response);
                return;
            }
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            try {
                tx.executeWithoutResult(status -> {
                    try {
                        keys.claim(key, fingerprint, request.getMethod(), path, OffsetDateTime.now(clock));
                    } catch (DataIntegrityViolationException | TransientDataAccessException taken) {
                        if (DatabaseUnavailable.is(taken)) {
                            throw taken;
                        }
                        // PostgreSQL: duplicate key once the other transaction committed; H2: a lock timeout or
                        // "concurrent update" while it is still open
                        throw new KeyTaken();
                    }
                    try {
                        chain.doFilter(replayable, buffered);
                    } catch (IOException | ServletException e) {
                        throw new ChainFailed(e);
                    }
                    int code = buffered.getStatus();
                    if (code >= 200 && code < 300) {
                        keys.complete(
                                key,
                                code,
                                buffered.getContentType(),
                                buffered.getHeader("Location"),
                                buffered.getContentAsByteArray());
                    } else {
                        status.setRollbackOnly();
                    }
                });
            } catch (KeyTaken taken) {
                // another request with this key committed (we replay it next round) or is still running
                if (System.nanoTime() > waitUntil) {
                    problem(
                            response,
                            HttpServletResponse.SC_CONFLICT,
                            "Request in progress",
                            "a request with this " + HEADER + " is still being processed; retry later");
                    return;
                }
                pause();
                continue;
            } catch (ChainFailed failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof ServletException se) {
                    throw se;
                }
                throw (IOException) cause;
            } catch (TransactionException commitFailed) {
                // the effect may or may not have been committed; the client repeats with the same key and learns
                log.warn("request with {} {} not confirmed: {}", HEADER, key, commitFailed.toString());
                if (!response.isCommitted()) {
                    response.reset();
                    problem(
                            response,
                            HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                            "Not confirmed",
                            "the request could not be confirmed; repeat it with the same " + HEADER);
                }
                return;
            }
            buffered.copyBodyToResponse();
            return;
        }
    }

    private void replay(StoredResponse stored, String fingerprint, HttpServletResponse response) throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problem(
                    response,
                    422,
                    "Idempotency-Key reused",
                    "this " + HEADER + " was used for another request (" + stored.method() + " " + stored.path() + ")");
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String fingerprint(String method, String path, byte[] body) {
        byte[] head = (method + " " + path + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return Digests.sha256(all);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        String json = "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(detail) + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key is claimed by another transaction. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    /** A checked exception of the filter chain, carried out of the transaction callback. */
    private static final class ChainFailed extends RuntimeException {
        ChainFailed(Exception cause) {
            super(cause);
        }
    }
}
