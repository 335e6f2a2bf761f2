package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Posts raw SOAP messages over real HTTP on loopback, as a partner would. */
public final class Soap {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Soap() {}

    public record Response(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Response post(String url, byte[] soap) {
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Response get(String url) {
        try {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One of the real 2013 messages in ../shared/interop-samples. */
    public static byte[] sample(String name) {
        String dir = System.getProperty("shared.dir", "../../shared");
        try {
            return Files.readAllBytes(Path.of(dir, "interop-samples", name));
        } catch (IOException e) {
            throw new IllegalStateException("interop sample " + name + " not found under " + dir, e);
        }
    }

    public static byte[] replace(byte[] message, String from, String to) {
        String text = new String(message, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("message does not contain " + from);
        }
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}
