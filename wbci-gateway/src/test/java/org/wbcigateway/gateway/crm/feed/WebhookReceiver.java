package org.wbcigateway.gateway.crm.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A misbehaving webhook receiver: answers 500 to the first requests, hangs past the sender's timeout on every
 * {@code hangEvery}-th, and accepts the rest. It checks the signature of every request and keeps what it accepted.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String secret;
    private final int failFirst;
    private final int hangEvery;
    private final long hangMillis;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger hung = new AtomicInteger();
    private final List<String> badRequests = new ArrayList<>();
    private final List<JsonNode> accepted = new ArrayList<>();

    WebhookReceiver(String secret, int failFirst, int hangEvery, long hangMillis) throws IOException {
        this.secret = secret;
        this.failFirst = failFirst;
        this.hangEvery = hangEvery;
        this.hangMillis = hangMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        // a hanging request must not hold up the sender's next attempt
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-WBCI-Signature");
        JsonNode event = JSON.readTree(body);
        String offset = exchange.getRequestHeaders().getFirst("X-WBCI-Event-Offset");
        synchronized (this) {
            if (!signatureValid(body, signature)
                    || !String.valueOf(event.path("offset").asLong()).equals(offset)) {
                badRequests.add(signature + " " + offset + " " + new String(body, StandardCharsets.UTF_8));
            }
        }
        int n = requests.incrementAndGet();
        if (n <= failFirst) {
            respond(exchange, 500);
        } else if (n % hangEvery == 0) {
            hung.incrementAndGet();
            sleep(hangMillis);
            respond(exchange, 500);
        } else {
            synchronized (this) {
                accepted.add(event);
            }
            respond(exchange, 204);
        }
    }

    private boolean signatureValid(byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            return header != null
                    && header.startsWith("sha256=")
                    && MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.substring(7)));
        } catch (Exception e) {
            return false;
        }
    }

    private static void respond(HttpExchange exchange, int status) {
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the sender gave up waiting: fine, it did not count this one as delivered
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    synchronized List<String> badRequests() {
        return List.copyOf(badRequests);
    }

    int requests() {
        return requests.get();
    }

    int hung() {
        return hung.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
