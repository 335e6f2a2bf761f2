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

    /** The contracts matching the query, newest first without one, by id with one; a page of them. */
    public List<Row> search(String query, String phoneDigits, int offset, int limit) {
        Where where = where(query, phoneDigits);
        return jdbc.sql(SELECT + where.sql()
                        + (where.params().isEmpty() ? " ORDER BY c.updated_at DESC, c.id" : " ORDER BY c.id")
                        + " LIMIT ? OFFSET ?")
                .params(append(where.params(), limit, offset))
                .query(ContractSearch::row)
                .list();
    }

    /** How many contracts match the query. */
    public long count(String query, String phoneDigits) {
        Where where = where(query, phoneDigits);
        return jdbc.sql("SELECT COUNT(*) FROM crm_contract c" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private record Where(String sql, List<Object> params) {}

    /** @param phoneDigits the query as national digits without the leading 0 (empty if it has no digit) */
    private static Where where(String query, String phoneDigits) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Where("", List.of());
        }
        String like = "%" + q.toLowerCase() + "%";
        return new Where(
                " " + """
                 WHERE LOWER(c.id) LIKE ? OR LOWER(c.nachname) LIKE ? OR LOWER(c.vorname) LIKE ?
                   OR LOWER(c.firmenname) LIKE ?
                   OR (? <> '' AND (c.onkz || c.durchwahlnummer LIKE ?
                       OR EXISTS (SELECT 1 FROM crm_number n WHERE n.contract_id = c.id AND n.onkz || n.rufnummer LIKE ?)))""",
                List.of(like, like, like, like, phoneDigits, "%" + phoneDigits + "%", "%" + phoneDigits + "%"));
    }

    private static List<Object> append(List<Object> params, Object... more) {
        List<Object> all = new java.util.ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
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
