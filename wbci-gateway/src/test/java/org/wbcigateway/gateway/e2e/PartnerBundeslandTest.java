package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.vorabstimmung.DeadlineMonitor;
import tools.jackson.databind.JsonNode;

/**
 * Spec §6 across two Länder, through real HTTP between two gateways: A (DEU.AAAA) in Berlin, B (DEU.BBBB) in Bayern,
 * each configured with the other's Bundesland. Internationaler Frauentag, Monday 8 March 2027, is a holiday in Berlin
 * only; Fronleichnam, 27 May 2027, in Bayern only. Each deadline is counted on the owing party's calendar, so both
 * gateways agree on every due date, whoever owes it.
 */
class PartnerBundeslandTest {

    private static final String KWT = "2027-03-22";

    private static Gateway a;
    private static Gateway b;

    @BeforeAll
    static void start() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "cal_a",
                Map.of(
                        "wbci.bundesland",
                        "BE",
                        "wbci.partners.[DEU.BBBB].bundesland",
                        "BY",
                        "wbci.fixed-clock",
                        "2027-03-02T10:00:00+01:00",
                        "wbci.deadlines.scan-interval",
                        "1h"));
        b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                portA,
                Gateway.Database.H2,
                "cal_b",
                Map.of(
                        "wbci.bundesland",
                        "BY",
                        "wbci.partners.[DEU.AAAA].bundesland",
                        "BE",
                        "wbci.fixed-clock",
                        "2027-03-02T10:00:00+01:00",
                        "wbci.deadlines.scan-interval",
                        "1h"));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void eachDeadlineIsCountedOnTheCalendarOfThePartyThatOwesIt() {
        // Tue 2 March: due Fri 5 March on either calendar
        String early = send(a, b);
        day("2027-03-04");
        // Thu 4 March, 3 AT: Tue 9 March in Bayern (8 March counts), Wed 10 March in Berlin
        String toB = send(a, b); // B owes the RUEM-VA: Bayern
        String toA = send(b, a); // A owes the RUEM-VA: Berlin

        assertDeadline(a, toB, "PARTNER", "BY", "2027-03-09");
        assertDeadline(b, toB, "US", "BY", "2027-03-09");
        assertDeadline(a, toA, "US", "BE", "2027-03-10");
        assertDeadline(b, toA, "PARTNER", "BE", "2027-03-10");

        // Tue 9 March: the RUEM-VA B owes since Fri 5 March is 2 AT overdue in Bayern (8 and 9 March), on both sides
        day("2027-03-09");
        JsonNode atA = overdue(a, early);
        assertThat(atA.path("owedBy").asString()).isEqualTo("PARTNER");
        assertThat(atA.path("owedByBundesland").asString()).isEqualTo("BY");
        assertThat(atA.path("due").asString()).isEqualTo("2027-03-05");
        assertThat(atA.path("workingDaysOverdue").asInt()).isEqualTo(2);
        assertThat(atA.path("level").asString()).isEqualTo("L1");
        assertThat(overdue(b, early).path("workingDaysOverdue").asInt()).isEqualTo(2);
        assertThat(a.text("/api/deadlines/overdue.csv?partner=DEU.BBBB"))
                .contains(early + ";VA_KUE_ORN;")
                .contains(";2027-03-05;2;L1\r\n");
        assertThat(overdue(a, toB)).as("due today in Bayern, not overdue").isNull();
        assertThat(overdue(a, toA)).isNull();
        // the operator sees whose working days count
        ConsoleClient console = new ConsoleClient(a.baseUrl());
        console.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER));
        assertThat(console.get("/console/deadlines").body()).contains(early).contains(">BY</span>");
        assertThat(console.get("/console/vorabstimmungen/" + toA).body()).contains(">BE</span>");
    }

    @Test
    void aDateWeSendIsCheckedOnThePartnersCalendarToo() {
        // Fronleichnam is a working day in Berlin, but B in Bayern would refuse it: A refuses to send it
        Gateway.Reply refused = a.post("/api/vorabstimmungen", va("DEU.BBBB", "2027-05-27"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("KWT.working-day");
        assertThat(refused.body().path("violations").get(0).path("detail").asString())
                .contains("Fronleichnam in BY");
        // the day before is refused too: its next day is a holiday in Bayern
        assertThat(rules(a.post("/api/vorabstimmungen", va("DEU.BBBB", "2027-05-26"))))
                .containsExactly("KWT.next-day-holiday");
    }

    /** {@code from} starts a VA-KUE-ORN to {@code to}, which has it once it arrived. */
    private static String send(Gateway from, Gateway to) {
        String id = from.ok("/api/vorabstimmungen", va(to.carrier(), KWT))
                .path("vorabstimmungsId")
                .asString();
        to.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        return id;
    }

    private static String va(String ekpAbg, String kwt) {
        return TwoGatewaysFlows.va("VA-KUE-ORN")
                .replace("\"ekpAbg\":\"DEU.BBBB\"", "\"ekpAbg\":\"" + ekpAbg + "\"")
                .replace(TwoGatewaysFlows.KWT, kwt);
    }

    /** The open RUEM-VA deadline of the VA as the gateway shows it. */
    private static void assertDeadline(Gateway g, String va, String owedBy, String bundesland, String due) {
        JsonNode deadlines = g.vorabstimmung(va).path("deadlines");
        assertThat(deadlines).as(g.carrier() + " " + va).hasSize(1);
        JsonNode d = deadlines.get(0);
        assertThat(d.path("awaited").asString()).isEqualTo("RUEM_VA_OR_ABBM");
        assertThat(d.path("owedBy").asString()).as(g.carrier()).isEqualTo(owedBy);
        assertThat(d.path("owedByBundesland").asString()).as(g.carrier()).isEqualTo(bundesland);
        assertThat(d.path("due").asString()).as(g.carrier() + " " + va).isEqualTo(due);
    }

    /** Moves both business clocks to the day and scans for escalations. */
    private static void day(String date) {
        for (Gateway g : new Gateway[] {a, b}) {
            TwoGatewaysFlows.businessDay(g, date);
            g.context().getBean(DeadlineMonitor.class).scan();
        }
    }

    /** The VA's item in the gateway's overdue list; null if it is not overdue. */
    private static JsonNode overdue(Gateway g, String va) {
        for (JsonNode o : g.get("/api/deadlines/overdue").body()) {
            if (o.path("vorabstimmungsId").asString().equals(va)) {
                return o;
            }
        }
        return null;
    }

    private static java.util.List<String> rules(Gateway.Reply problem) {
        java.util.List<String> rules = new java.util.ArrayList<>();
        problem.body().path("violations").forEach(v -> rules.add(v.path("rule").asString()));
        return rules;
    }
}
