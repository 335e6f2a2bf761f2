package org.wbcigateway.gateway.crm.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.observability.Failures;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs one event as JSON to the webhook, signed: {@code X-WBCI-Signature: sha256=<hex HMAC-SHA256 of the exact body
 * with the secret>}, and {@code X-WBCI-Event-Offset}. Only a 2xx counts as delivered; redirects are not followed.
 */
@Component
public class WebhookClient {

    public static final String SIGNATURE = "X-WBCI-Signature";
    public static final String OFFSET = "X-WBCI-Event-Offset";

    private final JsonMapper json;
    private final HttpClient http;

    public WebhookClient(JsonMapper json) {
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Empty when the receiver answered 2xx, else why not. */
    public Optional<String> post(FeedEvent event, GatewayProperties.Events.Webhook webhook) {
        byte[] body = json.writeValueAsBytes(event);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(webhook.requestTimeout())
                .header("Content-Type", "application/json")
                .header(SIGNATURE, sign(body, webhook.secret()))
                .header(OFFSET, String.valueOf(event.offset()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        // the request timeout ends at the response headers; the whole exchange is bounded here, body included
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response =
                    exchange.get(webhook.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return response.statusCode() / 100 == 2
                    ? Optional.empty()
                    : Optional.of("HTTP " + response.statusCode() + ": " + head(response.body()));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Optional.of("no answer within " + webhook.requestTimeout());
        } catch (ExecutionException e) {
            return Optional.of("no answer: " + Failures.describe(e));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the body. */
    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String head(String body) {
        String text = body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300);
        return text.replaceAll("\\s+", " ");
    }
}
