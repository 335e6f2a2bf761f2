package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.vorabstimmung.DeadlineMonitor;
import tools.jackson.databind.JsonNode;

/**
 * On a clock moved day by day, an unanswered VA and an unanswered TV escalate through L1, L2 and L3 on both sides:
 * once each (several scans a day, and two nodes' worth of scans, report nothing twice), as events on the won
 * contract, in the overdue list and its CSV for the partner, and as metrics.
 */
class DeadlineEscalationTest {

    private static final String WON =
            "{\"status\":\"NEW\",\"inhaber\":{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\","
                    + "\"nachname\":\"McFly\"}},\"standort\":{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
                    + "\"postleitzahl\":\"80992\",\"ort\":\"München\"},\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\","
                    + "\"rufnummer\":\"1234567\"}]},\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\""
                    + TwoGatewaysFlows.KWT
                    + "\"}";

    private static Gateway a;
    private static Gateway b;

    @BeforeAll
    static void start() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Map<String, String> slowScan = Map.of("wbci.deadlines.scan-interval", "1h");
        a = Gateway.start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Gateway.Database.H2, "esc_a", slowScan);
        b = Gateway.start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.H2, "esc_b", slowScan);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void anUnansweredVaAndAnUnansweredTvClimbL1L2L3() {
        a.put("/api/crm/contracts/NEW-ESC", WON);
        String va = a.ok("/api/crm/contracts/NEW-ESC/switch", null)
                .path("vorabstimmungsId")
                .asString();
        b.await(va, v -> v.path("phase").asString().equals("VA_PENDING"));
        String tv = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN"))
                .path("vorabstimmungsId")
                .asString();
        b.await(tv, v -> v.path("phase").asString().equals("VA_PENDING"));
        b.ok(
                "/api/vorabstimmungen/" + tv + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8001\"}]," + "\"wechseltermin\":\"" + TwoGatewaysFlows.KWT + "\""
                        + TwoGatewaysFlows.LINE + "}");
        a.await(tv, v -> v.path("phase").asString().equals("AGREED"));
        a.ok(
                "/api/vorabstimmungen/" + tv + "/tv",
                "{\"neuerKundenwunschtermin\":\"" + TwoGatewaysFlows.NEW_DATE + "\"}");
        b.await(tv, v -> v.path("changeRequest").asString().equals("TV"));
        // both due 2026-11-30 (3 AT after 2026-11-25); escalation counts the AT after that
        day("2026-11-30");
        assertLevels(null, null);
        day("2026-12-01"); // 1 AT overdue
        assertLevels("L1", "L1");
        day("2026-12-02"); // 2 AT: the TV reaches L2
        assertLevels("L1", "L2");
        day("2026-12-04"); // 4 AT: VA L2, TV L3
        assertLevels("L2", "L3");
        day("2026-12-08"); // 6 AT
        assertLevels("L2", "L3");
        day("2026-12-09"); // 7 AT: VA L3
        assertLevels("L3", "L3");

        assertThat(events(a, "NEW-ESC"))
                .as("each level once, in order, on the won contract")
                .containsSubsequence("ESCALATION_L1", "ESCALATION_L2", "ESCALATION_L3")
                .filteredOn(e -> e.startsWith("ESCALATION"))
                .hasSize(3);
        String csv = a.text("/api/deadlines/overdue.csv?partner=DEU.BBBB");
        assertThat(csv)
                .startsWith("VorabstimmungsId;Geschaeftsfall;Erwartete Meldung;Faellig am;")
                .contains(va + ";")
                .contains(tv + ";")
                .contains(";2026-11-30;7;L3")
                .contains(";2026-11-30;7;L3\r\n");
        assertThat(b.text("/actuator/prometheus"))
                .containsPattern("wbci_deadlines_overdue\\{[^}]*level=\"L3\",owed_by=\"us\"[^}]*} 2\\.0")
                .containsPattern(
                        "wbci_deadlines_escalations_total\\{[^}]*kind=\"CHANGE_REQUEST_UNANSWERED\",level=\"L3\",owed_by=\"us\"[^}]*} 1\\.0");
    }

    /** Moves both gateways' business clocks to the day and scans twice each, as two nodes would. */
    private static void day(String date) {
        for (Gateway g : List.of(a, b)) {
            TwoGatewaysFlows.businessDay(g, date);
            DeadlineMonitor monitor = g.context().getBean(DeadlineMonitor.class);
            monitor.scan();
            assertThat(monitor.scan())
                    .as("a second scan the same day escalates nothing")
                    .isZero();
        }
    }

    /** The level of the VA's and the TV's overdue item, as each side sees it (null: not overdue). */
    private static void assertLevels(String vaLevel, String tvLevel) {
        for (Gateway g : List.of(a, b)) {
            JsonNode overdue = g.get("/api/deadlines/overdue").body();
            assertThat(level(overdue, "RUEM_VA_OR_ABBM"))
                    .as(g.carrier() + " VA")
                    .isEqualTo(vaLevel);
            assertThat(level(overdue, "ERLM_OR_ABBM_TO_TV"))
                    .as(g.carrier() + " TV")
                    .isEqualTo(tvLevel);
        }
    }

    private static String level(JsonNode overdue, String awaited) {
        for (JsonNode o : overdue) {
            if (o.path("awaited").asString().equals(awaited)) {
                return o.path("level").asString();
            }
        }
        return null;
    }

    private static List<String> events(Gateway g, String contract) {
        List<String> types = new ArrayList<>();
        g.get("/api/crm/contracts/" + contract)
                .body()
                .path("events")
                .forEach(e -> types.add(e.path("event_type").asString()));
        return types;
    }
}
