package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.gateway.support.Patience.awaiting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Each tenant's event feed goes to its own webhook (issue 15): the configured tenant's to {@code wbci.events.webhook},
 * a tenant added later to the one its settings name under {@code wbci.events.webhooks}, signed with that one's
 * secret; a tenant without a webhook is pushed nowhere, and no event reaches another tenant's receiver.
 */
class TenantWebhookTest {

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void eachTenantsFeedGoesToItsOwnWebhookAndNowhereElse() throws Exception {
        WebhookReceiver ofA = new WebhookReceiver("a-secret", 0, Integer.MAX_VALUE, 0);
        WebhookReceiver ofC = new WebhookReceiver("c-secret", 0, Integer.MAX_VALUE, 0);
        running.add(ofA);
        running.add(ofC);
        Map<String, String> settings = new HashMap<>();
        settings.put("wbci.events.webhook.url", ofA.url());
        settings.put("wbci.events.webhook.secret", "a-secret");
        settings.put("wbci.events.webhook.poll-interval", "50ms");
        settings.put("wbci.events.webhooks.c-hook.url", ofC.url());
        settings.put("wbci.events.webhooks.c-hook.secret", "c-secret");
        settings.put("wbci.events.webhooks.c-hook.poll-interval", "50ms");
        settings.put("wbci.partner-directory.refresh-interval", "200ms");
        Gateway gateway = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                Gateway.Database.H2,
                "tenant_webhook_" + System.nanoTime(),
                settings);
        running.add(gateway);
        Gateway admin = gateway.as(TestAccess.ADMIN_TOKEN);
        assertThat(admin.post(
                                "/api/tenants",
                                "{\"code\":\"DEU.CCCC\",\"portierungskennung\":\"D0CC\",\"bundesland\":\"BY\","
                                        + "\"settings\":{\"webhook\":\"c-hook\"}}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.post(
                                "/api/tenants",
                                "{\"code\":\"DEU.DDDD\",\"portierungskennung\":\"D0DD\",\"bundesland\":\"BY\"}")
                        .status())
                .isEqualTo(201);
        Gateway.Reply unknown = admin.put("/api/tenants/DEU.DDDD/settings", "{\"webhook\":\"nope\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("detail").asString()).contains("c-hook");

        write(gateway, null, "A", 3);
        write(gateway, "DEU.CCCC", "C", 4);
        write(gateway, "DEU.DDDD", "D", 2);

        awaiting("DEU.AAAA's events at its webhook").until(() -> details(ofA).size() >= 3);
        awaiting("DEU.CCCC's events at its webhook").until(() -> details(ofC).size() >= 4);
        assertThat(details(ofA)).containsExactly("A0", "A1", "A2");
        assertThat(details(ofC))
                .as("signed with c-hook's secret, else refused")
                .containsExactly("C0", "C1", "C2", "C3");
        assertThat(ofA.badRequests()).isEmpty();
        assertThat(ofC.badRequests()).isEmpty();
        assertThat(gateway.forTenant("DEU.DDDD")
                        .get("/api/events?after=0&limit=10")
                        .body()
                        .size())
                .as("DEU.DDDD's events are in its feed, pushed nowhere")
                .isEqualTo(2);
    }

    private static void write(Gateway gateway, String tenant, String prefix, int count) {
        Gateway as = tenant == null ? gateway : gateway.forTenant(tenant);
        CrmPort crm = gateway.context().getBean(CrmPort.class);
        as.inScope(() -> {
            for (int i = 0; i < count; i++) {
                crm.recordEvent("K" + i, null, CrmEventType.SWITCH_STARTED, prefix + i);
            }
            return null;
        });
    }

    /** The details of the events a receiver accepted, each offset once, in order. */
    private static List<String> details(WebhookReceiver receiver) {
        Map<Long, String> byOffset = new java.util.TreeMap<>();
        for (JsonNode event : receiver.accepted()) {
            byOffset.putIfAbsent(
                    event.path("offset").asLong(), event.path("detail").asString());
        }
        return new ArrayList<>(byOffset.values());
    }
}
