package org.wbcigateway.gateway.crm;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds contracts in the built-in CRM tables by id, phone number (single number or Kopfnummer) or name. */
@Repository
public class ContractSearch {

    public record Row(
            String id, String status, String name, String place, String previousCarrier, LocalDate desiredDate) {}

    private final JdbcClient jdbc;

    public ContractSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param phoneDigits the query as national digits without the leading 0 (empty if it has no digit) */
    public List<Row> search(String query, String phoneDigits) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return jdbc.sql(SELECT + " ORDER BY c.updated_at DESC LIMIT 50")
                    .query(ContractSearch::row)
                    .list();
        }
        String like = "%" + q.toLowerCase() + "%";
        return jdbc.sql(SELECT + " " + """
                 WHERE LOWER(c.id) LIKE ? OR LOWER(c.nachname) LIKE ? OR LOWER(c.vorname) LIKE ?
                   OR LOWER(c.firmenname) LIKE ?
                   OR (? <> '' AND (c.onkz || c.durchwahlnummer LIKE ?
                       OR EXISTS (SELECT 1 FROM crm_number n WHERE n.contract_id = c.id AND n.onkz || n.rufnummer LIKE ?)))
                 ORDER BY c.id LIMIT 100""")
                .params(like, like, like, like, phoneDigits, "%" + phoneDigits + "%", "%" + phoneDigits + "%")
                .query(ContractSearch::row)
                .list();
    }

    private static final String SELECT = """
            SELECT c.id, c.status, c.vorname, c.nachname, c.firmenname, c.postleitzahl, c.ort, c.previous_carrier,
                   c.desired_date FROM crm_contract c""";

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        String name = rs.getString("firmenname") != null
                ? rs.getString("firmenname")
                : (rs.getString("vorname") == null ? "" : rs.getString("vorname") + " ") + rs.getString("nachname");
        String place =
                rs.getString("postleitzahl") == null ? "" : rs.getString("postleitzahl") + " " + rs.getString("ort");
        return new Row(
                rs.getString("id"),
                rs.getString("status"),
                name,
                place,
                rs.getString("previous_carrier"),
                rs.getObject("desired_date", LocalDate.class));
    }
}
