package org.wbcigateway.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP relay in front of one or more WBCI endpoints, recording every SOAP request it passed on. With one
 * upstream it stands between a gateway and its partner ("who sent what"); with several it is the partner's load
 * balancer in front of the nodes of a cluster, round robin, skipping nodes that refuse connections or are
 * {@linkplain #disable(int) disabled}. {@link #hold()} parks every new request without passing it on (a sender
 * that is about to crash: its requests never arrive), {@link #dropHeld()} closes them unanswered.
 */
public final class HttpRelay implements AutoCloseable {

    private static final Pattern VA_ID = Pattern.compile("<VorabstimmungsId(?:Ref)?>\\s*([^<\\s]+)\\s*<");
    private static final Pattern TYPE = Pattern.compile("<(?:Anfrage|Meldung)[^>]*?xsi:type=\"[^\":]*:?([A-Za-z]+)\"");

    /** One request passed on, and the upstream's answer (status, body, when it came). */
    public record Forwarded(
            String relay,
            int upstream,
            String digest,
            String vaId,
            String type,
            int status,
            String answer,
            long atMillis) {}

    private final String name;
    private final List<String> upstreams;
    private final Set<Integer> disabled = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Forwarded> forwarded = new ArrayList<>();
    private final List<HttpExchange> parked = new ArrayList<>();
    private final AtomicInteger unreachable = new AtomicInteger();
    private volatile CountDownLatch holding;

    public HttpRelay(String name, List<String> upstreams) {
        this.name = name;
        this.upstreams = List.copyOf(upstreams);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on requests are parked, never passed on. */
    public void hold() {
        holding = new CountDownLatch(1);
    }

    /** Closes every parked request without an answer and stops holding. */
    public void dropHeld() {
        CountDownLatch latch = holding;
        holding = null;
        synchronized (parked) {
            parked.forEach(HttpExchange::close);
            parked.clear();
        }
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Requests parked right now. */
    public int held() {
        synchronized (parked) {
            return parked.size();
        }
    }

    /** The load balancer takes this upstream out of rotation. */
    public void disable(int upstream) {
        disabled.add(upstream);
    }

    /** Requests that found no upstream answering at all (502). */
    public int unreachable() {
        return unreachable.get();
    }

    public List<Forwarded> forwarded() {
        synchronized (forwarded) {
            return List.copyOf(forwarded);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        CountDownLatch latch = holding;
        if (latch != null) {
            synchronized (parked) {
                parked.add(exchange);
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String vaId = find(VA_ID, text);
        String type = find(TYPE, text);
        for (int tries = 0; tries < upstreams.size(); tries++) {
            int upstream = Math.floorMod(next.getAndIncrement(), upstreams.size());
            if (disabled.contains(upstream)) {
                continue;
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(upstreams.get(upstream)))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", header(exchange, "Content-Type", "text/xml; charset=UTF-8"))
                                .header("SOAPAction", header(exchange, "SOAPAction", "\"\""))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.ConnectException e) {
                continue; // that node is down: the next one
            } catch (IOException e) {
                exchange.close(); // passed on, but no answer: the sender sees no answer either
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
            synchronized (forwarded) {
                String answer = new String(response.body(), StandardCharsets.UTF_8);
                forwarded.add(new Forwarded(
                        name,
                        upstream,
                        digest(body),
                        vaId,
                        type,
                        response.statusCode(),
                        answer,
                        System.currentTimeMillis()));
            }
            response.headers()
                    .firstValue("Content-Type")
                    .ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            return;
        }
        unreachable.incrementAndGet();
        exchange.sendResponseHeaders(502, -1);
        exchange.close();
    }

    private static String header(HttpExchange exchange, String name, String fallback) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? fallback : value;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    public static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dropHeld();
        server.stop(0);
        threads.shutdownNow();
    }
}
