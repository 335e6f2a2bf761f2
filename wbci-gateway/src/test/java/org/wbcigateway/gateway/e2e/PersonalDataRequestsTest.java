package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.platform.tenancy.Schemas;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.LogCapture;
import org.wbcigateway.gateway.support.TestAccess;
import tools.jackson.databind.JsonNode;

/**
 * A customer's requests (issue 16), on both databases. The access export (DSGVO Art. 15): asked for by a contract, a
 * VA-ID or a phone number, it holds every stored item that names the customer — planted here in every data class —
 * and nothing of another customer. The erasure (Art. 17): refused while the customer's Vorabstimmung is open; once
 * it has ended, no table of the tenant or the provider, no log line written meanwhile and no export holds the
 * customer's names, address or numbers, while the Vorabstimmung's protocol history still reads; the other customer
 * keeps everything.
 */
class PersonalDataRequestsTest {

    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    private static final String STANDORT = "{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
            + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}";

    static Stream<Gateway.Database> databases() {
        return Stream.of(Gateway.Database.H2, Gateway.Database.POSTGRES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExportHoldsEverythingOfTheCustomerAndAnErasureLeavesNoTrace(Gateway.Database database) {
        try (Gateway.Pair pair = Gateway.pair("export", database, Map.of())) {
            Gateway a = pair.provider();
            // the customer's contract, switched from DEU.BBBB: a VA, its messages, search index, CRM events
            String contract = "{\"status\":\"NEW\",\"inhaber\":" + JOHN + ",\"standort\":" + STANDORT
                    + ",\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"123456\",\"abfragestelle\":\"0\","
                    + "\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]},\"previousCarrier\":\"DEU.BBBB\","
                    + "\"desiredDate\":\"" + TwoGatewaysFlows.KWT + "\"}";
            assertThat(a.put("/api/crm/contracts/K-MCFLY", contract).status()).isEqualTo(200);
            Gateway.Reply switched =
                    a.post("/api/crm/contracts/K-MCFLY/switch", null, Map.of("Idempotency-Key", "export-key-1"));
            assertThat(switched.status()).as(String.valueOf(switched.body())).isEqualTo(201);
            String vaId = switched.body().path("vorabstimmungsId").asString();
            a.await(vaId, v -> v.path("phase").asString().equals("VA_PENDING"));
            // another customer's VA
            String other = a.ok(
                            "/api/vorabstimmungen",
                            TwoGatewaysFlows.va("VA-KUE-MRN", "654321", TwoGatewaysFlows.KWT)
                                    .replace("McFly", "Brown")
                                    .replace("Emmy-Noether-Straße", "Hauptstraße")
                                    .replace("80992", "10115")
                                    .replace("München", "Berlin"))
                    .path("vorabstimmungsId")
                    .asString();
            assertThat(a.get("/api/vorabstimmungen/" + vaId).status())
                    .as("a read, audited")
                    .isEqualTo(200);
            // what reaches the other classes by other ways: a refusal naming him, an import report on his contract
            JdbcClient jdbc = a.context().getBean(JdbcClient.class);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // other customers' refusals first: his lands on the third page of a search through the log
            for (int i = 0; i < 1_100; i++) {
                jdbc.sql(
                                "INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, size_bytes, created_at) "
                                        + "VALUES ('0995', 'SCHEMA', 'x', 'DEU.BBBB', ?, 30, ?)")
                        .params("<nachname>Kunde" + i + "</nachname>", now)
                        .update();
            }
            jdbc.sql(
                            "INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, size_bytes, created_at) "
                                    + "VALUES ('0995', 'SCHEMA', 'x', 'DEU.BBBB', '<vorname>John</vorname><nachname>McFly</nachname>', 30, ?)")
                    .param(now)
                    .update();
            jdbc.sql(
                            "INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, size_bytes, created_at) "
                                    + "VALUES ('0995', 'SCHEMA', 'x', 'DEU.BBBB', '<vorname>John</vorname><nachname>Brown</nachname>', 30, ?)")
                    .param(now)
                    .update();
            jdbc.sql("INSERT INTO import_job (id, format, state, total, imported, rejected, started_at, heartbeat_at) "
                            + "VALUES ('job-1', 'CSV', 'DONE', 1, 0, 1, ?, ?)")
                    .params(now, now)
                    .update();
            jdbc.sql("INSERT INTO import_rejection (job_id, row_number, contract_id, reason) "
                            + "VALUES ('job-1', 1, 'K-MCFLY', 'no number')")
                    .update();

            // a copy of his VA that waited for a bundle code's tenant, in the provider's schema
            TenantScope.run(
                    new TenantScope.OfProvider(
                            a.context().getBean(Schemas.class).provider()),
                    () -> jdbc.sql("INSERT INTO bundle_inbox (code, va_id, message_type, sender, reason, matched, raw, "
                                    + "digest, received_at, routed_to, routed_by, routed_at) VALUES ('DEU.BNDL', ?, "
                                    + "'VA_KUE_MRN', 'DEU.BBBB', 'NO_CUSTOMER', '', ?, 'held-copy', ?, 'DEU.AAAA', "
                                    + "'anna', ?)")
                            .params(vaId, "<nachname>McFly</nachname>".getBytes(), now, now)
                            .update());
            // input refused before it reached a tenant (e.g. for a code not served here) naming him, and Brown
            for (String nachname : List.of("McFly", "Brown")) {
                TenantScope.run(
                        new TenantScope.OfProvider(
                                a.context().getBean(Schemas.class).provider()),
                        () -> jdbc.sql("INSERT INTO inbound_refusal (teq_code, kind, detail, sender, raw_head, "
                                        + "size_bytes, created_at) VALUES ('0995', 'NOT_ADDRESSED_TO_US', 'x', "
                                        + "'DEU.BBBB', ?, 30, ?)")
                                .params("<vorname>John</vorname><nachname>" + nachname + "</nachname>", now)
                                .update());
            }
            Gateway admin = a.as(TestAccess.ADMIN_TOKEN);
            Gateway.Reply byVa = admin.get("/api/personal-data?va=" + vaId);
            assertThat(byVa.status()).as(String.valueOf(byVa.body())).isEqualTo(200);
            JsonNode export = byVa.body();
            assertThat(strings(export.path("contractIds"))).containsExactly("K-MCFLY");
            assertThat(strings(export.path("vorabstimmungsIds"))).containsExactly(vaId);
            assertThat(strings(export.path("names"))).contains("John McFly");
            JsonNode items = export.path("items");
            for (String dataClass : List.of(
                    "contracts",
                    "contractBlocks",
                    "vorabstimmungen",
                    "messages",
                    "searchIndex",
                    "searchNumbers",
                    "crmEvents",
                    "auditLog",
                    "importRejections",
                    "refusalLog",
                    "idempotencyKeys",
                    "heldCopies",
                    "providerRefusalLog")) {
                assertThat(items.path(dataClass).size()).as(dataClass).isPositive();
            }
            assertThat(items.path("messages").get(0).path("raw").asString()).contains("McFly");
            assertThat(items.path("refusalLog").size())
                    .as("his refusal, not Brown's nor the others'")
                    .isEqualTo(1);
            assertThat(items.path("providerRefusalLog").size())
                    .as("his refusal before a tenant, not Brown's")
                    .isEqualTo(1);
            assertThat(byVa.body().toString()).doesNotContain(other).doesNotContain("Brown");

            // the same, as a document to hand to him
            String document = admin.text("/api/personal-data/document?va=" + vaId);
            assertThat(document)
                    .contains("Auskunft über gespeicherte personenbezogene Daten")
                    .contains("WBCI-Meldungen")
                    .contains("McFly")
                    .contains(vaId)
                    .doesNotContain("Brown")
                    .doesNotContain(other);

            // the same customer by contract and by a number of his block
            assertThat(strings(admin.get("/api/personal-data?contract=K-MCFLY")
                            .body()
                            .path("vorabstimmungsIds")))
                    .containsExactly(vaId);
            assertThat(strings(admin.get("/api/personal-data?phone=%2B49%2089%2012345642")
                            .body()
                            .path("vorabstimmungsIds")))
                    .containsExactly(vaId);

            // administrators only, one criterion, and itself audited
            assertThat(a.get("/api/personal-data?va=" + vaId).status()).isEqualTo(403);
            assertThat(admin.get("/api/personal-data").status()).isEqualTo(400);
            assertThat(admin.get("/api/personal-data?va=" + vaId + "&contract=K-MCFLY")
                            .status())
                    .isEqualTo(400);
            assertThat(admin.get("/api/audit?target=" + vaId).body().toString())
                    .contains("READ GET /api/personal-data");

            // erasure: refused while his Vorabstimmung is open, and nothing changed
            Gateway.Reply refused = admin.post("/api/personal-data/erasure", "{\"va\":\"" + vaId + "\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("detail").asString()).contains(vaId);
            assertThat(withoutTime(admin.get("/api/personal-data?va=" + vaId).body()))
                    .as("nothing erased")
                    .isEqualTo(withoutTime(export));
            assertThat(a.post("/api/personal-data/erasure", "{\"va\":\"" + vaId + "\"}")
                            .status())
                    .as("administrators only")
                    .isEqualTo(403);

            // DEU.BBBB refuses it: it has ended; the customer asks, by a number of his block
            pair.partner()
                    .ok("/api/vorabstimmungen/" + vaId + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}");
            a.await(vaId, v -> v.path("phase").asString().equals("REJECTED"));
            Gateway.Reply erased;
            try (LogCapture log = LogCapture.everything()) {
                erased = admin.post("/api/personal-data/erasure", "{\"phone\":\"+49 89 12345642\"}");
                assertThat(log.events())
                        .as("no log line of the erasure names him")
                        .noneSatisfy(e -> assertThat(e.message()).containsAnyOf(HIS.toArray(String[]::new)));
            }
            assertThat(erased.status()).as(String.valueOf(erased.body())).isEqualTo(200);
            assertThat(strings(erased.body().path("vorabstimmungsIds"))).containsExactly(vaId);
            assertThat(erased.body().path("rows").path("messages").asInt()).isGreaterThanOrEqualTo(2);

            Schemas schemas = a.context().getBean(Schemas.class);
            for (String schema : List.of(schemas.home(), schemas.provider())) {
                assertThat(traces(jdbc, schema, HIS))
                        .as("his traces in " + schema)
                        .isEmpty();
            }
            assertThat(traces(jdbc, schemas.home(), List.of("Brown", "10115", "Hauptstraße")))
                    .as("the other customer keeps everything")
                    .isNotEmpty();
            JsonNode history = a.get("/api/vorabstimmungen/" + vaId).body();
            assertThat(history.path("phase").asString())
                    .as("the protocol history reads")
                    .isEqualTo("REJECTED");
            assertThat(history.toString()).contains(vaId).doesNotContain("McFly");
            String after = admin.get("/api/personal-data?va=" + vaId).body().toString();
            assertThat(after).contains(vaId);
            for (String trace : HIS) {
                assertThat(after).doesNotContain(trace);
            }
            assertThat(admin.get("/api/personal-data?va=" + other).body().toString())
                    .contains("Brown");
            assertThat(admin.text("/api/personal-data/document?va=" + vaId)).doesNotContain("McFly");
            assertThat(admin.get("/api/audit?target=" + vaId).body().toString()).contains("ERASURE");
        }
    }

    /**
     * What names, places and reaches him: his family name (the other customer has his first names), street, postcode
     * and town, and his numbers.
     */
    private static final List<String> HIS = List.of("McFly", "Emmy-Noether", "80992", "München", "8912345", "123456");

    /** Every value in every table of the schema that holds one of the traces, as {@code table.column: value}. */
    private static List<String> traces(JdbcClient jdbc, String schema, List<String> traces) {
        List<String> found = new ArrayList<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                        + "AND table_type = 'BASE TABLE'")
                .param(schema)
                .query(String.class)
                .list()) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + schema + "\".\"" + table + "\"")
                    .query()
                    .listOfRows()) {
                row.forEach((column, value) -> {
                    String text = value instanceof byte[] bytes
                            ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    if (traces.stream().anyMatch(text::contains)) {
                        found.add(table + "." + column + ": " + (text.length() > 200 ? text.substring(0, 200) : text));
                    }
                });
            }
        }
        return found;
    }

    /** The export without the moment it was made and the audit lines (each export adds one), to compare two. */
    private static String withoutTime(JsonNode export) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) export.deepCopy();
        copy.remove("generatedAt");
        ((tools.jackson.databind.node.ObjectNode) copy.get("items")).remove("auditLog");
        return copy.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
