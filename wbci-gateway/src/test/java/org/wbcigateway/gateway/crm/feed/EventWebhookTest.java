package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.gateway.support.Patience.awaiting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/**
 * The webhook push against a receiver that fails, hangs past the timeout and is restarted around: it still gets
 * every event once, in offset order, each request signed.
 */
class EventWebhookTest {

    private static final String SECRET = "feed-secret";

    private final List<AutoCloseable> running = new ArrayList<>();
    private int next;

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void everyEventArrivesOnceInOrderSignedDespiteFailuresHangsAndARestart() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(SECRET, 3, 5, 800);
        running.add(receiver);
        String db = "webhook_" + System.nanoTime();
        Gateway gateway = start(db, receiver.url());
        write(gateway, 8);
        awaitAccepted(receiver, 4);
        gateway.close();
        running.remove(gateway);

        Gateway restarted = start(db, receiver.url());
        write(restarted, 6);
        awaitAccepted(receiver, 14);

        List<JsonNode> feed = new ArrayList<>();
        restarted.get("/api/events?after=0&limit=500").body().forEach(feed::add);
        assertThat(feed).hasSize(14);
        // at least once: a 204 the sender did not read in time (its short timeout on a busy machine, or the restart)
        // is pushed again, the same event; deduplicated by offset, as a receiver does, it is the feed in order
        assertThat(firstOfEachOffset(receiver.accepted()))
                .as("each event, in offset order, as the feed serves it")
                .isEqualTo(feed);
        Map<Long, JsonNode> byOffset = new HashMap<>();
        feed.forEach(e -> byOffset.put(e.path("offset").asLong(), e));
        assertThat(receiver.accepted())
                .as("every push of an event carries the same content")
                .allSatisfy(e ->
                        assertThat(e).isEqualTo(byOffset.get(e.path("offset").asLong())));
        assertThat(receiver.badRequests())
                .as("requests with a wrong signature or offset header")
                .isEmpty();
        assertThat(receiver.hung()).as("hung requests").isPositive();
        assertThat(receiver.requests()).isGreaterThan(14 + 3);
        // the receiver counts an event before the sender has read its answer and moved the cursor
        long lastOffset = feed.get(13).path("offset").asLong();
        JsonNode cursor = awaiting("the webhook's cursor at offset " + lastOffset)
                .until(
                        () -> restarted
                                .get("/api/events/consumers")
                                .body()
                                .path("consumers")
                                .get(0),
                        c -> c.path("ackedOffset").asLong() >= lastOffset);
        assertThat(cursor.path("consumer").asString()).isEqualTo(EventWebhookSender.CONSUMER);
        assertThat(cursor.path("ackedOffset").asLong())
                .isEqualTo(feed.get(13).path("offset").asLong());
        assertThat(cursor.path("attempts").asInt()).isZero();
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCap() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(SECRET, 0, Integer.MAX_VALUE, 0);
        running.add(receiver);
        Gateway gateway = start("webhook_backoff_" + System.nanoTime(), receiver.url());
        org.wbcigateway.gateway.platform.config.GatewayProperties.Events.Webhook hook = gateway.context()
                .getBean(org.wbcigateway.gateway.platform.config.GatewayProperties.class)
                .events()
                .webhook();
        assertThat(List.of(1, 2, 3, 4, 40, 400).stream()
                        .map(n -> EventWebhookSender.backoff(hook, n))
                        .toList())
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(200),
                        Duration.ofMillis(200),
                        Duration.ofMillis(200));
    }

    private void awaitAccepted(WebhookReceiver receiver, int count) {
        awaiting(count + " events accepted")
                .untilAsserted(() -> assertThat(firstOfEachOffset(receiver.accepted()))
                        .as("accepted events")
                        .hasSizeGreaterThanOrEqualTo(count));
    }

    private static List<JsonNode> firstOfEachOffset(List<JsonNode> accepted) {
        Map<Long, JsonNode> first = new java.util.LinkedHashMap<>();
        accepted.forEach(e -> first.putIfAbsent(e.path("offset").asLong(), e));
        return new ArrayList<>(first.values());
    }

    private void write(Gateway gateway, int count) {
        CrmPort crm = gateway.context().getBean(CrmPort.class);
        for (int i = 0; i < count; i++, next++) {
            crm.recordEvent("C" + next % 3, null, CrmEventType.SWITCH_STARTED, "E" + next);
        }
    }

    private Gateway start(String db, String url) {
        Gateway.Database file = name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./target/h2/" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Map<String, String> webhook = new HashMap<>();
        webhook.put("wbci.events.webhook.url", url);
        webhook.put("wbci.events.webhook.secret", SECRET);
        webhook.put("wbci.events.webhook.poll-interval", "50ms");
        webhook.put("wbci.events.webhook.initial-backoff", "50ms");
        webhook.put("wbci.events.webhook.max-backoff", "200ms");
        webhook.put("wbci.events.webhook.request-timeout", "300ms");
        webhook.put("wbci.events.webhook.lease", "5s");
        Gateway g = Gateway.start(
                "DEU.AAAA", "D0AA", Gateway.freePort(), "DEU.BBBB", Gateway.freePort(), file, db, webhook);
        running.add(g);
        return g;
    }
}
