package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.ForeignCrm;
import org.wbcigateway.gateway.support.Gateway;
import tools.jackson.databind.JsonNode;

/**
 * DEU.BBBB works against a CRM it does not own: a PostgreSQL schema with other table and column names ("acme"),
 * mapped by configured queries. The switch started at DEU.AAAA is decided there from that data, and the status is
 * written back into the foreign tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignCrmTest {

    private static final String SCHEMA = "acme_" + Long.toString(System.currentTimeMillis(), 36);
    private static final String GW_SCHEMA = SCHEMA + "_gw";
    private final JdbcClient pg =
            JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
    private final Gateway a;
    private final Gateway b;

    ForeignCrmTest() {
        ForeignCrm.create(pg, SCHEMA);
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "foreign_a",
                Map.of("wbci.decision.mode", "AUTOMATIC"));
        Map<String, String> foreign = new HashMap<>(ForeignCrm.settings(SCHEMA, "wbci.crm.sql."));
        foreign.put("wbci.decision.mode", "AUTOMATIC");
        b = Gateway.start("DEU.BBBB", "D0BB", portB, "DEU.AAAA", portA, Gateway.Database.POSTGRES, GW_SCHEMA, foreign);
    }

    @AfterAll
    void stop() {
        a.close();
        b.close();
        pg.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        pg.sql("DROP SCHEMA IF EXISTS " + GW_SCHEMA + " CASCADE").update();
    }

    @Test
    void theSwitchIsDecidedFromTheForeignCrmAndTheStatusIsWrittenBack() {
        String contract = "{\"status\":\"NEW\",\"inhaber\":{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\","
                + "\"nachname\":\"McFly\"}},\"weitereInhaber\":[{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\","
                + "\"nachname\":\"McFly\"}}],\"standort\":{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
                + "\"hausnummernZusatz\":\"a\",\"postleitzahl\":\"80992\",\"ort\":\"München\"},\"anlagenanschluss\":"
                + "{\"onkz\":\"89\",\"durchwahlnummer\":\"423456\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\","
                + "\"bis\":\"99\"}]},\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"" + TwoGatewaysFlows.KWT
                + "\"}";
        assertThat(a.put("/api/crm/contracts/NEW-FOREIGN", contract).status()).isEqualTo(200);
        String id = a.ok("/api/crm/contracts/NEW-FOREIGN/switch", null)
                .path("vorabstimmungsId")
                .asString();
        JsonNode agreed = a.await(id, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(agreed.path("timeline").get(1).path("raw").asString())
                .contains("<Meldungscode>8001</Meldungscode>")
                .contains("<vertragsnummer>V123456</vertragsnummer>");
        b.await(id, v -> v.path("phase").asString().equals("AGREED"));
        assertThat(pg.sql("SELECT zustand FROM " + SCHEMA + ".vertrag WHERE vnr = 'V-4711'")
                        .query(String.class)
                        .single())
                .isEqualTo("KUENDIGUNG");
        assertThat(pg.sql("SELECT kuendigung_zum FROM " + SCHEMA + ".vertrag WHERE vnr = 'V-4711'")
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate()
                        .toString())
                .isEqualTo(TwoGatewaysFlows.KWT);
        JsonNode view = b.get("/api/crm/contracts/V-4711").body();
        assertThat(view.path("contract").path("status").asString()).isEqualTo("KUENDIGUNG");
        assertThat(view.path("events").toString())
                .contains("VA_RECEIVED")
                .contains("SENT_RUEM-VA")
                .contains("STATE_AGREED");
    }
}
