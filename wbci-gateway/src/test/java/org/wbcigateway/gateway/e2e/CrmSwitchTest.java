package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import tools.jackson.databind.JsonNode;

/**
 * CRM data on both sides: the won customer's new contract at DEU.AAAA, the same customer's old contract at DEU.BBBB.
 * "Start switch" on the new contract leads, with no manual step, to the right RUEM-VA or ABBM from the other side,
 * and both contracts' timelines show every step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmSwitchTest {

    private final Gateway a;
    private final Gateway b;

    CrmSwitchTest() {
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        Map<String, String> automatic = Map.of("wbci.decision.mode", "AUTOMATIC");
        a = Gateway.start("DEU.AAAA", "D0AA", portA, "DEU.BBBB", portB, Gateway.Database.H2, "crm_a", automatic);
        b = Gateway.start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.H2, "crm_b", automatic);
    }

    @AfterAll
    void stop() {
        a.close();
        b.close();
    }

    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    private static final String KATE = "{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}";
    private static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"hausnummernZusatz\":\"a\",\"postleitzahl\":\"80992\",\"ort\":\"München\"}";

    private static String contract(String status, String holder, String standort, String numbers, String extra) {
        return "{\"status\":\"" + status + "\",\"inhaber\":" + holder + ",\"weitereInhaber\":[" + KATE + "]"
                + (standort == null ? "" : ",\"standort\":" + standort) + "," + numbers + extra + "}";
    }

    private static String anlage(String kopf) {
        return "\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"" + kopf + "\",\"abfragestelle\":\"0\","
                + "\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}";
    }

    private static String einzel(String number) {
        return "\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":\"" + number + "\"}]}";
    }

    private static final String OLD =
            ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V123456\","
                    + "\"identifizierer\":\"I12345\",\"kennungTNBabg\":\"D001\"}],\"earliestEnd\":\"2026-12-01\"";
    private static final String WON =
            ",\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"" + TwoGatewaysFlows.KWT + "\"";

    private JsonNode run(String name, String oldContract, String newContract, String expectedPhase) {
        assertThat(b.put("/api/crm/contracts/OLD-" + name, oldContract).status())
                .isEqualTo(200);
        assertThat(a.put("/api/crm/contracts/NEW-" + name, newContract).status())
                .isEqualTo(200);
        String id = a.ok("/api/crm/contracts/NEW-" + name + "/switch", null)
                .path("vorabstimmungsId")
                .asString();
        return a.await(id, v -> v.path("phase").asString().equals(expectedPhase));
    }

    private static List<String> events(Gateway g, String contract) {
        List<String> types = new ArrayList<>();
        g.get("/api/crm/contracts/" + contract)
                .body()
                .path("events")
                .forEach(e -> types.add(e.path("event_type").asString()));
        return types;
    }

    @Test
    void aSecondSwitchOfAContractWhoseVaIsAgreedIsRefusedUnlessForced() {
        JsonNode agreed = run(
                "TWICE",
                contract("ACTIVE", JOHN, STANDORT, anlage("923456"), OLD),
                contract("NEW", JOHN, STANDORT, anlage("923456"), WON),
                "AGREED");
        int before = a.get("/api/vorabstimmungen?limit=500").body().size();

        Gateway.Reply again = a.post("/api/crm/contracts/NEW-TWICE/switch", null);
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(409);
        assertThat(again.body().path("violations").get(0).path("rule").asString())
                .isEqualTo("CRM.switch-running");
        assertThat(again.body().path("detail").asString())
                .contains(agreed.path("vorabstimmungsId").asString());
        assertThat(a.get("/api/vorabstimmungen?limit=500").body().size())
                .as("nothing sent")
                .isEqualTo(before);

        Gateway.Reply forced = a.post("/api/crm/contracts/NEW-TWICE/switch?force=true", null);
        assertThat(forced.status()).as(String.valueOf(forced.body())).isEqualTo(201);
    }

    /** Both contracts show every step: the switch, the messages each way and the agreement. */
    private void assertBothTimelines(JsonNode view, String won, String lost) {
        b.await(
                view.path("vorabstimmungsId").asString(),
                v -> v.path("timeline").size() == 2
                        && v.path("timeline")
                                .get(1)
                                .path("delivery")
                                .path("status")
                                .asString()
                                .equals("DELIVERED"));
        assertThat(events(a, won)).contains("SWITCH_STARTED", "RECEIVED_RUEM-VA", "STATE_AGREED");
        assertThat(events(b, lost)).contains("VA_RECEIVED", "SENT_RUEM-VA", "STATE_AGREED");
    }

    @Test
    void kueMrnIsAgreedAutomaticallyAndLandsOnBothContracts() {
        JsonNode view = run(
                "MRN",
                contract("ACTIVE", JOHN, STANDORT, anlage("123456"), OLD),
                contract("NEW", JOHN, STANDORT, anlage("123456"), WON),
                "AGREED");
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo("VA-KUE-MRN");
        assertThat(view.path("wechseltermin").asString()).isEqualTo(TwoGatewaysFlows.KWT);
        String ruem = view.path("timeline").get(1).path("raw").asString();
        assertThat(ruem)
                .contains("<Meldungscode>8001</Meldungscode>")
                .contains("001 TAL ISDN")
                .contains("<vertragsnummer>V123456</vertragsnummer>")
                .contains("<portierungskennungPKIabg>D0BB<");
        b.await(
                view.path("vorabstimmungsId").asString(),
                v -> v.path("timeline").size() == 2
                        && v.path("timeline")
                                .get(1)
                                .path("delivery")
                                .path("status")
                                .asString()
                                .equals("DELIVERED"));
        assertThat(events(a, "NEW-MRN")).contains("SWITCH_STARTED", "RECEIVED_RUEM-VA", "STATE_AGREED");
        assertThat(events(b, "OLD-MRN")).contains("VA_RECEIVED", "SENT_RUEM-VA", "STATE_AGREED");
    }

    @Test
    void thePartnersTvAndStornoAreConfirmedAutomaticallyAndTheTerminationFollows() {
        JsonNode view = run(
                "TV",
                contract("ACTIVE", JOHN, STANDORT, anlage("223456"), OLD),
                contract("NEW", JOHN, STANDORT, anlage("223456"), WON),
                "AGREED");
        String id = view.path("vorabstimmungsId").asString();
        assertThat(b.get("/api/crm/contracts/OLD-TV")
                        .body()
                        .path("contract")
                        .path("status")
                        .asString())
                .isEqualTo("TERMINATION_PENDING");
        a.ok(
                "/api/vorabstimmungen/" + id + "/tv",
                "{\"neuerKundenwunschtermin\":\"" + TwoGatewaysFlows.NEW_DATE + "\"}");
        JsonNode moved = a.await(
                id,
                v -> v.path("wechseltermin").asString().equals(TwoGatewaysFlows.NEW_DATE)
                        && v.path("changeRequest").asString().equals("NONE"));
        assertThat(moved.path("timeline").toString()).contains("ERLM");
        a.ok("/api/vorabstimmungen/" + id + "/storno", "{\"art\":\"AUFHEBUNG\"}");
        a.await(id, v -> v.path("phase").asString().equals("CANCELLED"));
        b.await(id, v -> v.path("phase").asString().equals("CANCELLED"));
        assertThat(b.get("/api/crm/contracts/OLD-TV")
                        .body()
                        .path("contract")
                        .path("status")
                        .asString())
                .as("a confirmed Storno undoes the pending termination")
                .isEqualTo("ACTIVE");
        assertThat(events(b, "OLD-TV"))
                .contains("RECEIVED_TV", "SENT_ERLM", "RECEIVED_STR-AUFH-AUF", "STATE_CANCELLED");
    }

    @Test
    void anAkmTrForAnUnknownContractNumberIsRefusedAbbmTr8143AndAFittingOneStands() {
        JsonNode view = run(
                "AKM",
                contract("ACTIVE", JOHN, STANDORT, anlage("323456"), OLD),
                contract("NEW", JOHN, STANDORT, anlage("323456"), WON),
                "AGREED");
        String id = view.path("vorabstimmungsId").asString();
        a.ok(
                "/api/vorabstimmungen/" + id + "/akm-tr",
                "{\"ressourcenuebernahme\":true,\"uebernahmeLeitungen\":"
                        + "[{\"vertragsnummer\":\"123456789\"}],\"sichererHafen\":true}");
        JsonNode refused = a.await(id, v -> v.path("akmTr").asString().equals("REJECTED"));
        assertThat(refused.path("timeline").get(3).path("raw").asString())
                .contains("<Meldungscode>8143</Meldungscode>");
        a.ok(
                "/api/vorabstimmungen/" + id + "/akm-tr",
                "{\"ressourcenuebernahme\":true,\"uebernahmeLeitungen\":"
                        + "[{\"vertragsnummer\":\"V123456\"}],\"sichererHafen\":true}");
        b.await(
                id,
                v -> v.path("akmTr").asString().equals("CONFIRMED")
                        && v.path("timeline").size() == 5);
        a.await(
                id,
                v -> v.path("timeline")
                        .get(4)
                        .path("delivery")
                        .path("status")
                        .asString()
                        .equals("DELIVERED"));
        assertThat(a.vorabstimmung(id).path("timeline").size())
                .as("nothing answers a fitting AKM-TR")
                .isEqualTo(5);
        assertThat(b.vorabstimmung(id).path("akmTr").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void kueOrnFindsTheLineByItsNumber() {
        JsonNode view = run(
                "ORN",
                contract("ACTIVE", JOHN, STANDORT, einzel("5550001"), OLD),
                contract("NEW", JOHN, STANDORT, einzel("5550001"), WON + ",\"portNumbers\":false"),
                "AGREED");
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo("VA-KUE-ORN");
        assertBothTimelines(view, "NEW-ORN", "OLD-ORN");
    }

    @Test
    void rrnpPortsTheNumbers() {
        JsonNode view = run(
                "RRNP",
                contract("ACTIVE", JOHN, null, einzel("5550002"), ",\"earliestEnd\":\"2026-12-01\""),
                contract("NEW", JOHN, null, einzel("5550002"), WON),
                "AGREED");
        assertThat(view.path("geschaeftsfall").asString()).isEqualTo("VA-RRNP");
        assertBothTimelines(view, "NEW-RRNP", "OLD-RRNP");
        assertThat(view.path("timeline").get(1).path("raw").asString()).contains("<portierungskennungPKIabg>D0BB<");
    }

    @Test
    void aContractEndingLaterIsAnsweredNatWithTheEarliestDate() {
        JsonNode view = run(
                "NAT",
                contract("ACTIVE", JOHN, STANDORT, anlage("123457"), OLD.replace("2026-12-01", "2027-01-16")),
                contract("NEW", JOHN, STANDORT, anlage("123457"), WON),
                "AGREED");
        assertThat(view.path("wechseltermin").asString()).isEqualTo("2027-01-18");
        assertThat(view.path("timeline").get(1).path("raw").asString()).contains("<Meldungscode>8002</Meldungscode>");
    }

    @Test
    void anUnknownHolderIsRefusedKni() {
        String max = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"Max\",\"nachname\":\"Mustermann\"}}";
        JsonNode view = run(
                "KNI",
                contract("ACTIVE", JOHN, STANDORT, anlage("123458"), OLD),
                contract("NEW", max, STANDORT, anlage("123458"), WON),
                "REJECTED");
        assertThat(view.path("timeline").get(1).path("raw").asString()).contains("<Meldungscode>8117</Meldungscode>");
        assertThat(events(a, "NEW-KNI")).contains("RECEIVED_ABBM", "STATE_REJECTED");
    }

    /** B's review-queue entry of the VA, once it is there. */
    private JsonNode reviewItem(String id) {
        return Patience.awaiting("the VA in the review queue")
                .until(() -> entry(b.get("/api/review").body(), id), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static java.util.Optional<JsonNode> entry(JsonNode queue, String id) {
        java.util.List<JsonNode> items = new ArrayList<>();
        queue.forEach(items::add);
        return items.stream()
                .filter(i -> i.path("vorabstimmungsId").asString().equals(id))
                .findFirst();
    }

    @Test
    void aVaMatchingTwoContractsWaitsForAPersonNamingBoth() {
        b.put("/api/crm/contracts/OLD-AMB-1", contract("ACTIVE", JOHN, STANDORT, anlage("123460"), OLD));
        b.put("/api/crm/contracts/OLD-AMB-2", contract("ACTIVE", JOHN, STANDORT, anlage("123460"), OLD));
        a.put("/api/crm/contracts/NEW-AMB", contract("NEW", JOHN, STANDORT, anlage("123460"), WON));
        String id = a.ok("/api/crm/contracts/NEW-AMB/switch", null)
                .path("vorabstimmungsId")
                .asString();
        JsonNode item = reviewItem(id);
        assertThat(item.path("reason").asString()).isEqualTo("CONTRACTS_AMBIGUOUS");
        assertThat(item.path("detail").asString()).isEqualTo("OLD-AMB-1, OLD-AMB-2");
    }

    @Test
    void whatTheRulesCannotDecideWaitsInTheReviewQueueWithItsDeadline() {
        String noEnd = ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V1\"}]";
        b.put("/api/crm/contracts/OLD-REVIEW", contract("ACTIVE", JOHN, STANDORT, anlage("123459"), noEnd));
        a.put("/api/crm/contracts/NEW-REVIEW", contract("NEW", JOHN, STANDORT, anlage("123459"), WON));
        String id = a.ok("/api/crm/contracts/NEW-REVIEW/switch", null)
                .path("vorabstimmungsId")
                .asString();
        JsonNode pending = b.await(id, v -> true);
        JsonNode item = reviewItem(id);
        assertThat(item.path("reason").asString()).isEqualTo("CONTRACT_INCOMPLETE");
        assertThat(item.path("detail").asString()).isEqualTo("OLD-REVIEW");
        assertThat(item.path("due").asString()).isEqualTo("2026-11-30");
        assertThat(pending.path("deadlines").get(0).path("awaited").asString()).isEqualTo("RUEM_VA_OR_ABBM");
        assertThat(pending.path("deadlines").get(0).path("owedBy").asString()).isEqualTo("US");
        assertThat(pending.path("deadlines").get(0).path("due").asString()).isEqualTo("2026-11-30");
    }
}
