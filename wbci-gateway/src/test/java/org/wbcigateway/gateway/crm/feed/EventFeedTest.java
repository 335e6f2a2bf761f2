package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/** The pull side of the event feed on events written straight through the CRM port. */
class EventFeedTest {

    private final List<Gateway> running = new ArrayList<>();
    private final Map<String, List<String>> written = new LinkedHashMap<>();
    private int next;

    @AfterEach
    void stopAll() {
        running.forEach(Gateway::close);
    }

    @Test
    void aConsumerThatAcknowledgesGetsEveryEventOnceAndInOrderAcrossARestart() {
        String db = "feed_" + System.nanoTime();
        Gateway gateway = start(fileDatabase(), db);
        write(gateway, 25);
        FeedConsumer crm = new FeedConsumer("crm", 7);
        assertThat(crm.drain(gateway)).isEqualTo(25);
        write(gateway, 10);
        JsonNode lost = crm.page(gateway);
        assertThat(lost.size())
                .as("read, then the consumer goes down before processing")
                .isEqualTo(7);
        gateway.close();
        running.remove(gateway);

        Gateway restarted = start(fileDatabase(), db);
        assertThat(crm.page(restarted).get(0).path("offset").asLong())
                .as("not acknowledged, so served again")
                .isEqualTo(lost.get(0).path("offset").asLong());
        write(restarted, 15);
        assertThat(crm.drain(restarted)).isEqualTo(25);

        assertThat(crm.offsets()).hasSize(50).doesNotHaveDuplicates().isSorted();
        assertThat(crm.detailsPerContract()).isEqualTo(written);
        List<JsonNode> whole = new ArrayList<>();
        restarted.get("/api/events?after=0&limit=500").body().forEach(whole::add);
        assertThat(whole).as("the whole feed is what was processed").isEqualTo(crm.processed());
    }

    @Test
    void readsAfterAnOffsetAndAcknowledgementsOnlyMoveForward() {
        Gateway gateway = start(Gateway.Database.H2, "feed_api_" + System.nanoTime());
        write(gateway, 3);
        JsonNode all = gateway.get("/api/events").body();
        assertThat(all.size()).isEqualTo(3);
        JsonNode first = all.get(0);
        assertThat(first.path("contractId").asString()).isEqualTo("C0");
        assertThat(first.path("type").asString()).as("as the feed names it").isEqualTo("SWITCH_STARTED");
        assertThat(first.path("detail").asString()).isEqualTo("E0");
        assertThat(first.path("vorabstimmungsId").isNull()).isTrue();
        assertThat(first.path("createdAt").asString()).isNotEmpty();
        long o1 = all.get(0).path("offset").asLong();
        long o2 = all.get(1).path("offset").asLong();
        long o3 = all.get(2).path("offset").asLong();
        assertThat(gateway.get("/api/events?after=" + o1 + "&limit=1")
                        .body()
                        .get(0)
                        .path("offset")
                        .asLong())
                .isEqualTo(o2);

        JsonNode moved = gateway.ok("/api/events/ack", ack("billing", o2));
        assertThat(moved.path("moved").asBoolean()).isTrue();
        assertThat(moved.path("ackedOffset").asLong()).isEqualTo(o2);
        JsonNode ignored = gateway.ok("/api/events/ack", ack("billing", o1));
        assertThat(ignored.path("moved").asBoolean()).isFalse();
        assertThat(ignored.path("ackedOffset").asLong()).isEqualTo(o2);
        assertThat(ignored.path("detail").asString()).contains("ignored").contains("only move forward");
        assertThat(gateway.get("/api/events?consumer=billing")
                        .body()
                        .get(0)
                        .path("offset")
                        .asLong())
                .isEqualTo(o3);
        JsonNode consumers = gateway.get("/api/events/consumers").body();
        assertThat(consumers.path("head").asLong()).isEqualTo(o3);
        assertThat(consumers.path("consumers").get(0).path("consumer").asString())
                .isEqualTo("billing");

        Gateway.Reply ahead = gateway.post("/api/events/ack", ack("billing", o3 + 1));
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(ahead.body().path("title").asString()).isEqualTo("Offset beyond the feed");
        assertThat(gateway.post("/api/events/ack", ack("webhook", o1)).status()).isEqualTo(400);
        assertThat(gateway.post("/api/events/ack", "{\"consumer\":\"billing\"}").status())
                .isEqualTo(400);
        for (String bad : List.of("limit=0", "limit=501", "after=-1", "after=x", "consumer=a%20b")) {
            Gateway.Reply reply = gateway.get("/api/events?" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.body().path("title").asString()).as(bad).isEqualTo("Invalid request");
        }
    }

    /** Writes events round-robin over four contracts, as the gateway's ledger would. */
    private void write(Gateway gateway, int count) {
        CrmPort crm = gateway.context().getBean(CrmPort.class);
        for (int i = 0; i < count; i++, next++) {
            String contract = "C" + next % 4;
            crm.recordEvent(contract, null, CrmEventType.SWITCH_STARTED, "E" + next);
            written.computeIfAbsent(contract, c -> new ArrayList<>()).add("E" + next);
        }
    }

    private static String ack(String consumer, long offset) {
        return "{\"consumer\":\"" + consumer + "\",\"offset\":" + offset + "}";
    }

    private static Gateway.Database fileDatabase() {
        return name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./target/h2/" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private Gateway start(Gateway.Database database, String db) {
        Gateway g = Gateway.start(
                "DEU.AAAA", "D0AA", Gateway.freePort(), "DEU.BBBB", Gateway.freePort(), database, db, Map.of());
        running.add(g);
        return g;
    }
}
