package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;

/**
 * Switches decided automatically between two gateways, each with a CRM pulling its event feed; the new provider's
 * gateway is restarted between two switches. Each CRM gets every event of its contracts once, in timeline order.
 */
class EventFeedSwitchTest {

    private static final Map<String, String> AUTOMATIC =
            Map.of("wbci.decision.mode", "AUTOMATIC", "wbci.outbox.max-attempts", "1000");
    private static final String KWT = "2026-12-16";
    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    private static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}";
    private static final String ANLAGE = "\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"123456\","
            + "\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}";
    private static final String EINZEL =
            "\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\"," + "\"rufnummer\":\"5550002\"}]}";
    private static final String OLD = ",\"technologie\":\"001 TAL ISDN\","
            + "\"ressourcen\":[{\"vertragsnummer\":\"V123456\","
            + "\"identifizierer\":\"I12345\",\"kennungTNBabg\":\"D001\"}],\"earliestEnd\":\"2026-12-01\"";
    private static final String WON = ",\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"" + KWT + "\"";

    private final List<Gateway> running = new ArrayList<>();

    @AfterEach
    void stopAll() {
        running.forEach(Gateway::close);
    }

    @Test
    void bothCrmsGetEveryEventOfTheirContractsOnceAndInOrderAcrossARestart() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        String dbA = "feed_switch_a_" + System.nanoTime();
        Gateway a = startA(portA, portB, dbA);
        Gateway b = start(Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                portA,
                Gateway.Database.H2,
                "feed_switch_b_" + System.nanoTime(),
                AUTOMATIC));
        FeedConsumer crmA = new FeedConsumer("crm", 3);
        FeedConsumer crmB = new FeedConsumer("crm", 3);

        switchContract(a, b, "MRN", STANDORT, ANLAGE, OLD);
        crmA.drain(a);
        crmB.drain(b);
        a.close();
        running.remove(a);

        Gateway restarted = startA(portA, portB, dbA);
        switchContract(restarted, b, "RRNP", null, EINZEL, ",\"earliestEnd\":\"2026-12-01\"");
        crmA.drain(restarted);
        crmB.drain(b);

        for (FeedConsumer crm : List.of(crmA, crmB)) {
            assertThat(crm.offsets()).doesNotHaveDuplicates().isSorted();
            crm.processed()
                    .forEach(e ->
                            assertThat(e.path("vorabstimmungsId").asString()).startsWith("DEU.AAAA"));
        }
        assertThat(crmA.perContract()).containsOnlyKeys("NEW-MRN", "NEW-RRNP");
        assertThat(crmB.perContract()).containsOnlyKeys("OLD-MRN", "OLD-RRNP");
        for (String name : List.of("MRN", "RRNP")) {
            assertThat(crmA.perContract().get("NEW-" + name))
                    .as("NEW-" + name)
                    .contains("SWITCH_STARTED", "STATE_AGREED")
                    .isEqualTo(timeline(restarted, "NEW-" + name));
            assertThat(crmB.perContract().get("OLD-" + name))
                    .as("OLD-" + name)
                    .contains("VA_RECEIVED", "STATE_AGREED")
                    .isEqualTo(timeline(b, "OLD-" + name));
        }
    }

    /** Both contracts, the switch, and waiting until both sides are done with it. */
    private static void switchContract(
            Gateway a, Gateway b, String name, String standort, String numbers, String oldExtra) {
        assertThat(b.put("/api/crm/contracts/OLD-" + name, contract("ACTIVE", standort, numbers, oldExtra))
                        .status())
                .isEqualTo(200);
        assertThat(a.put("/api/crm/contracts/NEW-" + name, contract("NEW", standort, numbers, WON))
                        .status())
                .isEqualTo(200);
        String id = a.ok("/api/crm/contracts/NEW-" + name + "/switch", null)
                .path("vorabstimmungsId")
                .asString();
        a.await(id, v -> v.path("phase").asString().equals("AGREED"));
        b.await(
                id,
                v -> v.path("timeline").size() == 2
                        && v.path("timeline")
                                .get(1)
                                .path("delivery")
                                .path("status")
                                .asString()
                                .equals("DELIVERED"));
    }

    private static String contract(String status, String standort, String numbers, String extra) {
        return "{\"status\":\"" + status + "\",\"inhaber\":" + JOHN
                + (standort == null ? "" : ",\"standort\":" + standort) + "," + numbers + extra + "}";
    }

    private static List<String> timeline(Gateway g, String contract) {
        List<String> types = new ArrayList<>();
        g.get("/api/crm/contracts/" + contract)
                .body()
                .path("events")
                .forEach(e -> types.add(e.path("event_type").asString()));
        return types;
    }

    private Gateway startA(int portA, int portB, String db) {
        Gateway.Database file = name -> Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./target/h2/" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return start(Gateway.start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, file, db, AUTOMATIC));
    }

    private Gateway start(Gateway g) {
        running.add(g);
        return g;
    }
}
