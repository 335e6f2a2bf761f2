package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/** A CRM pulling the event feed as documented: read after its acknowledged offset, process, acknowledge. */
final class FeedConsumer {

    private final String name;
    private final int pageSize;
    private final List<JsonNode> processed = new ArrayList<>();

    FeedConsumer(String name, int pageSize) {
        this.name = name;
        this.pageSize = pageSize;
    }

    /** The next page after what this consumer acknowledged, unprocessed. */
    JsonNode page(Gateway gateway) {
        Gateway.Reply reply = gateway.get("/api/events?consumer=" + name + "&limit=" + pageSize);
        assertThat(reply.status()).as("read %s", reply.body()).isEqualTo(200);
        return reply.body();
    }

    /** Reads, processes and acknowledges page by page until the feed is through; returns how many were new. */
    int drain(Gateway gateway) {
        int count = 0;
        for (JsonNode page = page(gateway); !page.isEmpty(); page = page(gateway)) {
            page.forEach(processed::add);
            long last = page.get(page.size() - 1).path("offset").asLong();
            JsonNode ack = gateway.ok("/api/events/ack", "{\"consumer\":\"" + name + "\",\"offset\":" + last + "}");
            assertThat(ack.path("moved").asBoolean()).as("ack %s", ack).isTrue();
            count += page.size();
        }
        return count;
    }

    List<JsonNode> processed() {
        return processed;
    }

    List<Long> offsets() {
        return processed.stream().map(e -> e.path("offset").asLong()).toList();
    }

    /** Per contract, the event types in the order they were processed. */
    Map<String, List<String>> perContract() {
        return perContract("type");
    }

    /** Per contract, the events' details in the order they were processed. */
    Map<String, List<String>> detailsPerContract() {
        return perContract("detail");
    }

    private Map<String, List<String>> perContract(String field) {
        Map<String, List<String>> byContract = new LinkedHashMap<>();
        processed.forEach(e -> byContract
                .computeIfAbsent(e.path("contractId").asString(), c -> new ArrayList<>())
                .add(e.path(field).asString()));
        return byContract;
    }
}
