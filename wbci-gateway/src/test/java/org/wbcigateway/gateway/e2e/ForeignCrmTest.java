package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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
        createForeignCrm();
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
        Map<String, String> foreign = new HashMap<>(queries());
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

    private void createForeignCrm() {
        String s = SCHEMA;
        pg.sql("CREATE SCHEMA " + s).update();
        pg.sql("CREATE TABLE " + s + ".kunde (kdnr VARCHAR(20) PRIMARY KEY, anrede_cd CHAR(1), vname VARCHAR(30), "
                        + "nname VARCHAR(30), firma VARCHAR(30))")
                .update();
        pg.sql("CREATE TABLE " + s + ".vertrag (vnr VARCHAR(20) PRIMARY KEY, kdnr VARCHAR(20) REFERENCES " + s
                        + ".kunde, zustand VARCHAR(24), str VARCHAR(40), hnr VARCHAR(4), hnr_zus VARCHAR(6), plz CHAR(5), "
                        + "ort VARCHAR(40), vorwahl VARCHAR(5), kopfnr VARCHAR(8), abfrage VARCHAR(6), technik VARCHAR(25), "
                        + "ende_frueh DATE, kuendigung_zum DATE)")
                .update();
        pg.sql("CREATE TABLE " + s + ".mitinhaber (vnr VARCHAR(20), anrede_cd CHAR(1), vname VARCHAR(30), "
                        + "nname VARCHAR(30))")
                .update();
        pg.sql("CREATE TABLE " + s + ".nummernblock (vnr VARCHAR(20), ab VARCHAR(6), bis_nr VARCHAR(6))")
                .update();
        pg.sql("CREATE TABLE " + s + ".telefonnummer (vnr VARCHAR(20), vorwahl VARCHAR(5), nummer VARCHAR(14))")
                .update();
        pg.sql("CREATE TABLE " + s + ".leitung (vnr VARCHAR(20), wita_vnr VARCHAR(10), line_ref VARCHAR(24), "
                        + "ident VARCHAR(20), tnb CHAR(4), uebertragbar BOOLEAN)")
                .update();
        pg.sql("INSERT INTO " + s + ".kunde VALUES ('K100', '1', 'John', 'McFly', NULL)")
                .update();
        pg.sql("INSERT INTO " + s + ".vertrag VALUES ('V-4711', 'K100', 'AKTIV', 'Emmy-Noether-Straße', '2', 'a', "
                        + "'80992', 'München', '89', '423456', '0', '001 TAL ISDN', DATE '2026-12-01', NULL)")
                .update();
        pg.sql("INSERT INTO " + s + ".mitinhaber VALUES ('V-4711', '2', 'Kate', 'McFly')")
                .update();
        pg.sql("INSERT INTO " + s + ".nummernblock VALUES ('V-4711', '00', '99')")
                .update();
        pg.sql("INSERT INTO " + s + ".leitung VALUES ('V-4711', 'V123456', NULL, 'I12345', 'D001', TRUE)")
                .update();
    }

    private static Map<String, String> queries() {
        String s = SCHEMA;
        Map<String, String> q = new HashMap<>();
        q.put("wbci.crm.mode", "SQL");
        q.put("wbci.crm.sql.url", "jdbc:postgresql://127.0.0.1:5432/test");
        q.put("wbci.crm.sql.username", "postgres");
        q.put("wbci.crm.sql.password", "");
        q.put(
                "wbci.crm.sql.contract",
                "SELECT v.vnr AS id, CASE v.zustand WHEN 'AKTIV' THEN 'ACTIVE' ELSE v.zustand END"
                        + " AS status, k.anrede_cd AS anrede, k.vname AS vorname, k.nname AS nachname, k.firma AS firmenname,"
                        + " NULL AS firmenname2, v.str AS strassenname, v.hnr AS hausnummer, v.hnr_zus AS hausnummern_zusatz,"
                        + " v.plz AS postleitzahl, v.ort AS ort, v.vorwahl AS onkz, v.kopfnr AS durchwahlnummer,"
                        + " v.abfrage AS abfragestelle, v.technik AS technologie, NULL AS start_date,"
                        + " NULL AS minimum_term_months, NULL AS notice_period_months, v.ende_frueh AS earliest_end,"
                        + " NULL AS previous_carrier, NULL AS desired_date, TRUE AS port_numbers"
                        + " FROM " + s + ".vertrag v JOIN " + s + ".kunde k ON k.kdnr = v.kdnr WHERE v.vnr = :id");
        q.put(
                "wbci.crm.sql.contracts-by-number",
                "SELECT vnr AS id FROM " + s + ".telefonnummer WHERE vorwahl = :onkz"
                        + " AND nummer = :rufnummer UNION SELECT vnr FROM " + s + ".vertrag WHERE vorwahl = :onkz"
                        + " AND kopfnr = :rufnummer AND zustand = 'AKTIV'");
        q.put(
                "wbci.crm.sql.contracts-by-address",
                "SELECT v.vnr AS id FROM " + s + ".vertrag v JOIN " + s
                        + ".kunde k ON k.kdnr = v.kdnr WHERE v.plz = :postleitzahl AND v.hnr = :hausnummer"
                        + " AND (LOWER(k.nname) = LOWER(:name) OR LOWER(k.firma) = LOWER(:name))");
        q.put(
                "wbci.crm.sql.holders",
                "SELECT anrede_cd AS anrede, vname AS vorname, nname AS nachname," + " NULL AS firmenname FROM " + s
                        + ".mitinhaber WHERE vnr = :id");
        q.put(
                "wbci.crm.sql.numbers",
                "SELECT vorwahl AS onkz, nummer AS rufnummer FROM " + s + ".telefonnummer WHERE vnr = :id");
        q.put(
                "wbci.crm.sql.blocks",
                "SELECT ab AS von, bis_nr AS bis FROM " + s + ".nummernblock WHERE vnr = :id" + " ORDER BY ab");
        q.put(
                "wbci.crm.sql.resources",
                "SELECT wita_vnr AS vertragsnummer, line_ref AS line_id,"
                        + " ident AS identifizierer, tnb AS kennung_tnb FROM " + s + ".leitung WHERE vnr = :id");
        q.put(
                "wbci.crm.sql.resource-owner",
                "SELECT vnr AS contract_id, uebertragbar AS transferable FROM " + s
                        + ".leitung WHERE wita_vnr = :vertragsnummer OR line_ref = :lineId");
        q.put(
                "wbci.crm.sql.write-back",
                "UPDATE " + s + ".vertrag SET zustand = CASE :status WHEN 'ACTIVE' THEN"
                        + " 'AKTIV' ELSE 'KUENDIGUNG' END, kuendigung_zum = CAST(:terminationDate AS DATE) WHERE vnr = :id");
        return q;
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
