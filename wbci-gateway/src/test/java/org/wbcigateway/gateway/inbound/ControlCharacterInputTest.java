package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * Input with control characters — NUL among them, which PostgreSQL refuses in a text column — gets a clear answer on
 * both databases, never a failed insert or query: over WBCI it is refused as any unreadable input (a SOAP fault with
 * TEQ 0995) and recorded in the refusal log with U+FFFD where they were; the API refuses a parameter or JSON string
 * with one (400, naming it); a contract import rejects the row on record.
 */
class ControlCharacterInputTest {

    static Stream<Gateway.Database> databases() {
        return Stream.of(Gateway.Database.H2, Gateway.Database.POSTGRES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void inputWithNulIsRefusedAndRecorded(Gateway.Database database) {
        String name = "ctrl_" + Long.toString(System.nanoTime(), 36);
        try (Gateway a = Gateway.start(
                "DEU.AAAA", "D0AA", Gateway.freePort(), "DEU.BBBB", Gateway.freePort(), database, name, Map.of())) {
            String sample = new String(Soap.sample("va-kue-orn.xml"), StandardCharsets.UTF_8);
            // a NUL in the head the log keeps, and one deep in a SOAP message (beyond the head)
            for (String input : new String[] {
                "not\u0000xml\u0007at all",
                sample.replace("<VorabstimmungsId>DEU.MNET", "<VorabstimmungsId>\u0000DEU.MNET")
            }) {
                int before = refusals(a).size();
                Soap.Response r = Soap.post(a.soapUrl(), input.getBytes(StandardCharsets.UTF_8));
                assertThat(r.status()).as(r.text()).isEqualTo(500);
                assertThat(r.text()).contains("Fault").contains("TEQ 0995");
                assertThat(refusals(a).size()).as("recorded").isEqualTo(before + 1);
            }
            JsonNode log = refusals(a);
            for (JsonNode refusal : log) {
                assertThat(refusal.path("rawHead").asString()
                                + refusal.path("detail").asString())
                        .doesNotContain("\u0000");
            }
            assertThat(marked(log)).as("U+FFFD for the control characters").isEqualTo(1);

            // the API: a parameter or a JSON string with one is a 400 naming it, never a failed query
            Gateway admin = a.as(TestAccess.ADMIN_TOKEN);
            for (String path : new String[] {
                "/api/personal-data?va=DEU.AAAA.V%00", "/api/vorabstimmungen?customer=Mc%07Fly", "/api/audit?target=%00"
            }) {
                Gateway.Reply refused = admin.get(path);
                assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(400);
                assertThat(refused.body().path("rule").asString())
                        .as(path + " " + refused.body())
                        .isEqualTo("control-character");
            }
            Gateway.Reply erasure = admin.post("/api/personal-data/erasure", "{\"va\":\"DEU.AAAA.V\\u0000\"}");
            assertThat(erasure.status()).as(String.valueOf(erasure.body())).isEqualTo(400);
            assertThat(erasure.body().path("detail").asString())
                    .isEqualTo("at va: a control character (U+0000) is not allowed in text");
            Gateway.Reply partner = admin.put("/api/partners/DEU.CCCC", "{\"endpoint\":\"http://x\\u001b/\"}");
            assertThat(partner.status()).as(String.valueOf(partner.body())).isEqualTo(400);

            // a contract import: the row is rejected on record, its over-long id and reason cut to their columns
            String row = "K\u0000" + "X".repeat(250) + ",ACTIVE,1,J\u0000,McFly,,Emmy-Noether-Straße,1,80992,München,"
                    + "40/1234567,,,,,,V1,D001,001 TAL ISDN,2026-12-01";
            Gateway.Reply started = a.post(
                    "/api/crm/import",
                    "id,status,anrede,vorname,nachname,firmenname,strassenname,hausnummer,postleitzahl,ort,rufnummern,"
                            + "anlagenanschluss,bloecke,weitererInhaberAnrede,weitererInhaberVorname,"
                            + "weitererInhaberNachname,vertragsnummer,kennungTNBabg,technologie,earliestEnd\n" + row
                            + "\n",
                    Map.of("Content-Type", "text/csv"));
            assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
            String job = "/api/crm/import/" + started.body().path("jobId").asString();
            Patience.awaiting("the import done")
                    .until(() -> !a.get(job).body().path("state").asString().equals("RUNNING"));
            JsonNode done = a.get(job).body();
            assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.path("rejected").asInt()).isEqualTo(1);
            assertThat(a.context()
                            .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("SELECT contract_id || reason FROM import_rejection")
                            .query(String.class)
                            .list())
                    .as("stored, cut to its columns")
                    .singleElement()
                    .satisfies(stored -> assertThat(stored).doesNotContain("\u0000"));
        }
    }

    private static long marked(JsonNode refusals) {
        long n = 0;
        for (JsonNode refusal : refusals) {
            if (refusal.path("rawHead").asString().contains("\uFFFD")) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode refusals(Gateway gateway) {
        Gateway.Reply reply = gateway.get("/api/refusals?limit=100");
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body();
    }
}
