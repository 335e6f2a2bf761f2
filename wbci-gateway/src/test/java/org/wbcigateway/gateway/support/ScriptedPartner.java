package org.wbcigateway.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.gateway.vorabstimmung.Digests;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireWriter;

/**
 * A fake WBCI partner on a loopback port for outage tests: records every request (body, arrival time) and answers
 * as its script says — an HTTP error, a hang, a dropped connection, an unsigned or forged TEQ, a proper TEQ signed
 * with the partner's test key, or a forward to a real gateway. The script can be changed while the partner runs.
 */
public final class ScriptedPartner implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(
            int seq, long atNanos, byte[] body, String sha256, WbciMessage message, int attempt, String answer) {

        /** The Vorabstimmung the message belongs to ({@code null} if the body was not a readable WBCI message). */
        public String vaId() {
            return message == null ? null : message.vorabstimmungsId().value();
        }

        /** e.g. {@code VA_KUE_MRN}, {@code STR_AUFH_AUF}. */
        public String type() {
            return message == null ? "?" : message.type().name();
        }

        /** Which message this is: its type and Vorabstimmung. Every attempt of one message has the same key. */
        public String key() {
            return type() + " " + vaId();
        }
    }

    /** How to answer one request. */
    @FunctionalInterface
    public interface Action {
        void answer(ScriptedPartner partner, HttpExchange exchange, Received request) throws IOException;

        /** A name for the record (and for failure messages). */
        default String describe() {
            return getClass().getSimpleName();
        }
    }

    /** Chooses the action per request; {@link Received#attempt()} counts the requests of that message, from 1. */
    @FunctionalInterface
    public interface Script {
        Action choose(Received request);
    }

    private static final WbciCodec CODEC = new WbciCodec();
    private static final WireWriter WRITER = new WireWriter();
    private static final HttpClient FORWARD = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String carrier;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-partner");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<byte[]> forwardedAnswers = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final AtomicInteger hanging = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Script script = r -> ok();

    private ScriptedPartner(String carrier) throws IOException {
        this.carrier = carrier;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        this.server.createContext("/wbci/v2", this::handle);
        this.server.setExecutor(threads);
        this.server.start();
    }

    /** Starts a partner speaking for {@code carrier} (its TEQs are signed with {@code TestKeys.key(carrier)}). */
    public static ScriptedPartner start(String carrier) {
        try {
            return new ScriptedPartner(carrier);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String carrier() {
        return carrier;
    }

    public void script(Script script) {
        this.script = script;
    }

    /** Everything received so far, in arrival order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Handlers that are hanging right now (their request's sender may long have given up). */
    public int hangingNow() {
        return hanging.get();
    }

    /** The answers a forwarding action got from the real gateway behind this partner, in order. */
    public List<byte[]> forwardedAnswers() {
        return List.copyOf(forwardedAnswers);
    }

    /** Waits until a request matching the filter has arrived and returns the first such one. */
    public Received await(Predicate<Received> filter, Duration timeout) {
        try {
            return Patience.awaiting(carrier + ": a matching request", timeout)
                    .until(() -> received.stream().filter(filter).findFirst().orElse(null), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(carrier + ": no such request within " + timeout + "; received: " + summary(), e);
        }
    }

    /** The record as text, e.g. for assertion messages: sequence, key, attempt, answer, milliseconds since the first. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        long t0 = received.isEmpty() ? 0 : received.get(0).atNanos();
        for (Received r : received) {
            lines.add("#" + r.seq() + " +" + (r.atNanos() - t0) / 1_000_000 + "ms " + r.key() + " attempt "
                    + r.attempt() + " -> " + r.answer());
        }
        return String.join("\n", lines);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        WbciMessage message;
        try {
            message = CODEC.readMessage(body).payload();
        } catch (RuntimeException e) {
            message = null;
        }
        String key = message == null
                ? "unreadable"
                : message.type().name() + " " + message.vorabstimmungsId().value();
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Received probe = new Received(seq.incrementAndGet(), at, body, Digests.sha256(body), message, attempt, null);
        Action action = script.choose(probe);
        received.add(new Received(probe.seq(), at, body, probe.sha256(), message, attempt, action.describe()));
        try {
            action.answer(this, exchange, probe);
        } finally {
            exchange.close();
        }
    }

    // --- actions ----------------------------------------------------------------------------------------------

    private static Action named(String name, Action action) {
        return new Action() {
            @Override
            public void answer(ScriptedPartner partner, HttpExchange exchange, Received request) throws IOException {
                action.answer(partner, exchange, request);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }

    /** An HTTP error with a short text body (a load balancer or a failing server). */
    public static Action status(int code) {
        return named(
                "HTTP " + code,
                (p, ex, r) ->
                        respond(ex, code, "text/plain", ("upstream says " + code).getBytes(StandardCharsets.UTF_8)));
    }

    /** HTTP 500 with a SOAP Fault (the partner's transient server fault; the sender retries). */
    public static Action soapFault() {
        return named(
                "HTTP 500 SOAP Fault",
                (p, ex, r) -> respond(ex, 500, "text/xml; charset=UTF-8", ("""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>\
                <soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>database unavailable</faultstring>\
                </soapenv:Fault></soapenv:Body></soapenv:Envelope>""").getBytes(StandardCharsets.UTF_8)));
    }

    /** HTTP 200 with something that is not a TEQ at all (a maintenance page). */
    public static Action html200() {
        return named(
                "HTTP 200 HTML",
                (p, ex, r) -> respond(
                        ex,
                        200,
                        "text/html",
                        "<html><body>Wartungsarbeiten</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the request and closes the connection without any answer. */
    public static Action drop() {
        return named("dropped", (p, ex, r) -> {});
    }

    /** Holds the request without answering for {@code duration} (or until the partner closes), then drops it. */
    public static Action hang(Duration duration) {
        return named("hang " + duration.toMillis() + "ms", (p, ex, r) -> {
            p.hanging.incrementAndGet();
            try {
                p.closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                p.hanging.decrementAndGet();
            }
        });
    }

    /** A proper TEQ OK, signed with the partner's registered test key. */
    public static Action ok() {
        return named(
                "TEQ OK",
                (p, ex, r) ->
                        respond(ex, 200, "text/xml; charset=UTF-8", TestKeys.sign(p.carrier, p.teq(r, TeqCode.OK))));
    }

    /** A TEQ OK properly signed by the partner, but answering another Vorabstimmung (a mix-up or a replay). */
    public static Action okFor(String otherVa) {
        return named(
                "TEQ OK signed, for " + otherVa,
                (p, ex, r) -> respond(
                        ex,
                        200,
                        "text/xml; charset=UTF-8",
                        TestKeys.sign(
                                p.carrier,
                                p.teq(r.message() instanceof Anfrage, VorabstimmungsId.of(otherVa), TeqCode.OK))));
    }

    /** A TEQ with this code and no signature at all. */
    public static Action unsigned(TeqCode code) {
        return named(
                "unsigned TEQ " + code.code(),
                (p, ex, r) -> respond(ex, 200, "text/xml; charset=UTF-8", p.teq(r, code)));
    }

    /** A TEQ with this code signed by someone else's key ({@code signer} is not registered for the partner). */
    public static Action signedBy(String signer, TeqCode code) {
        return named(
                "TEQ " + code.code() + " signed by " + signer,
                (p, ex, r) -> respond(ex, 200, "text/xml; charset=UTF-8", TestKeys.sign(signer, p.teq(r, code))));
    }

    /** A TEQ signed with the partner's key, then changed (a negative TEQ turned into OK on the way). */
    public static Action tampered() {
        return named("TEQ 0995 signed, then changed to OK", (p, ex, r) -> {
            String signed =
                    new String(TestKeys.sign(p.carrier, p.teq(r, TeqCode.STRUKTUR_UNGUELTIG)), StandardCharsets.UTF_8);
            String forged = signed.replace(">0995<", ">OK<").replace(TeqCode.STRUKTUR_UNGUELTIG.standardText(), "OK");
            if (forged.equals(signed)) {
                throw new IllegalStateException("nothing to tamper with in " + signed);
            }
            respond(ex, 200, "text/xml; charset=UTF-8", forged.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Forwards the request byte for byte to a real gateway and returns its answer. */
    public static Action forward(String url) {
        return named("forwarded", (p, ex, r) -> {
            HttpResponse<byte[]> answer = p.forwardTo(url, r.body());
            respond(ex, answer.statusCode(), "text/xml; charset=UTF-8", answer.body());
        });
    }

    /** Forwards the request to a real gateway, which processes it, then drops the answer on the way back. */
    public static Action forwardThenDrop(String url) {
        return named("forwarded, answer dropped", (p, ex, r) -> p.forwardTo(url, r.body()));
    }

    private HttpResponse<byte[]> forwardTo(String url, byte[] body) throws IOException {
        try {
            HttpResponse<byte[]> answer = FORWARD.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            forwardedAnswers.add(answer.body());
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** An unsigned SOAP TEQ answering the request. */
    private byte[] teq(Received request, TeqCode code) {
        if (request.message() == null) {
            throw new IllegalStateException("cannot answer an unreadable request with a TEQ");
        }
        return teq(request.message() instanceof Anfrage, request.message().vorabstimmungsId(), code);
    }

    private byte[] teq(boolean answersAnfrage, VorabstimmungsId vaRef, TeqCode code) {
        Envelope<Quittung> teq = new Envelope<>(
                Control.v200(OffsetDateTime.now(), new Control.SignaturId("CN=" + carrier + " test", "01")),
                Quittung.of(CarrierCode.of(carrier), vaRef, code));
        return WRITER.writeSoap(CODEC.mapper().response(teq, answersAnfrage));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
