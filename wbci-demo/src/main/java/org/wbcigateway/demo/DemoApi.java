package org.wbcigateway.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API of one demo gateway, called with the demo's API token as a CRM would call it. */
final class DemoApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayInstance gateway;
    private final String token;

    DemoApi(GatewayInstance gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    JsonNode put(String path, String json) {
        return send("PUT", path, json);
    }

    JsonNode post(String path, String json) {
        return send("POST", path, json);
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    /** Polls a Vorabstimmung until the condition holds; fails after the timeout with its last state. */
    JsonNode await(String vaId, Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get("/api/vorabstimmungen/" + vaId);
            if (condition.test(last)) {
                return last;
            }
            GatewayInstance.sleep(250);
        }
        throw new IllegalStateException(gateway.carrier() + ": " + vaId + " did not get there; last: " + last);
    }

    private JsonNode send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        gateway.carrier() + " " + method + " " + path + " -> " + r.statusCode() + ": " + r.body());
            }
            return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(gateway.carrier() + " " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
