package org.wbcigateway.gateway.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A CRM the gateway does not own ("acme"): a PostgreSQL schema with other table and column names, and the queries
 * that map it to the CRM port.
 */
public final class ForeignCrm {

    private ForeignCrm() {}

    /** Creates the foreign CRM's tables in {@code s} with one contract, V-4711 (Kopfnummer 89 423456). */
    public static void create(JdbcClient pg, String s) {
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

    /**
     * The settings of an adapter for it under {@code prefix}: {@code wbci.crm.sql.} for the configured tenant's
     * (with {@code wbci.crm.mode=SQL}), {@code wbci.crm.sources.<name>.} for a source a tenant may name.
     */
    public static Map<String, String> settings(String s, String prefix) {
        Map<String, String> q = new HashMap<>();
        if (prefix.equals("wbci.crm.sql.")) {
            q.put("wbci.crm.mode", "SQL");
        }
        q.put(prefix + "url", "jdbc:postgresql://127.0.0.1:5432/test");
        q.put(prefix + "username", "postgres");
        q.put(prefix + "password", "");
        q.put(
                prefix + "contract",
                "SELECT v.vnr AS id, CASE v.zustand WHEN 'AKTIV' THEN 'ACTIVE' ELSE v.zustand END"
                        + " AS status, k.anrede_cd AS anrede, k.vname AS vorname, k.nname AS nachname, k.firma AS firmenname,"
                        + " NULL AS firmenname2, v.str AS strassenname, v.hnr AS hausnummer, v.hnr_zus AS hausnummern_zusatz,"
                        + " v.plz AS postleitzahl, v.ort AS ort, v.vorwahl AS onkz, v.kopfnr AS durchwahlnummer,"
                        + " v.abfrage AS abfragestelle, v.technik AS technologie, NULL AS start_date,"
                        + " NULL AS minimum_term_months, NULL AS notice_period_months, v.ende_frueh AS earliest_end,"
                        + " NULL AS previous_carrier, NULL AS desired_date, TRUE AS port_numbers"
                        + " FROM " + s + ".vertrag v JOIN " + s + ".kunde k ON k.kdnr = v.kdnr WHERE v.vnr = :id");
        q.put(
                prefix + "contracts-by-number",
                "SELECT vnr AS id FROM " + s + ".telefonnummer WHERE vorwahl = :onkz"
                        + " AND nummer = :rufnummer UNION SELECT vnr FROM " + s + ".vertrag WHERE vorwahl = :onkz"
                        + " AND kopfnr = :rufnummer AND zustand = 'AKTIV'");
        q.put(
                prefix + "contracts-by-address",
                "SELECT v.vnr AS id FROM " + s + ".vertrag v JOIN " + s
                        + ".kunde k ON k.kdnr = v.kdnr WHERE v.plz = :postleitzahl AND v.hnr = :hausnummer"
                        + " AND (LOWER(k.nname) = LOWER(:name) OR LOWER(k.firma) = LOWER(:name))");
        q.put(
                prefix + "holders",
                "SELECT anrede_cd AS anrede, vname AS vorname, nname AS nachname," + " NULL AS firmenname FROM " + s
                        + ".mitinhaber WHERE vnr = :id");
        q.put(
                prefix + "numbers",
                "SELECT vorwahl AS onkz, nummer AS rufnummer FROM " + s + ".telefonnummer WHERE vnr = :id");
        q.put(
                prefix + "blocks",
                "SELECT ab AS von, bis_nr AS bis FROM " + s + ".nummernblock WHERE vnr = :id" + " ORDER BY ab");
        q.put(
                prefix + "resources",
                "SELECT wita_vnr AS vertragsnummer, line_ref AS line_id,"
                        + " ident AS identifizierer, tnb AS kennung_tnb FROM " + s + ".leitung WHERE vnr = :id");
        q.put(
                prefix + "resource-owner",
                "SELECT vnr AS contract_id, uebertragbar AS transferable FROM " + s
                        + ".leitung WHERE wita_vnr = :vertragsnummer OR line_ref = :lineId");
        q.put(
                prefix + "write-back",
                "UPDATE " + s + ".vertrag SET zustand = CASE :status WHEN 'ACTIVE' THEN"
                        + " 'AKTIV' ELSE 'KUENDIGUNG' END, kuendigung_zum = CAST(:terminationDate AS DATE) WHERE vnr = :id");
        return q;
    }
}
