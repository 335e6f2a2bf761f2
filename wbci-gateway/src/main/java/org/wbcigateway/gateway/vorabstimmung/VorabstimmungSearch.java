package org.wbcigateway.gateway.vorabstimmung;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.message.Geschaeftsfall;

/** The search over Vorabstimmungen, with the customer and numbers of their VA (V8 search tables). */
@Repository
public class VorabstimmungSearch {

    public static final int LIMIT = 200;

    /** What the operator filled in; blank fields do not filter. Dates are the creation day (German time). */
    public record Criteria(
            String id,
            String phone,
            String customer,
            String partner,
            String phase,
            String geschaeftsfall,
            LocalDate from,
            LocalDate to) {

        public boolean isEmpty() {
            return blank(id)
                    && blank(phone)
                    && blank(customer)
                    && blank(partner)
                    && blank(phase)
                    && blank(geschaeftsfall)
                    && from == null
                    && to == null;
        }
    }

    public record Row(
            String vaId,
            String geschaeftsfall,
            String ownRole,
            String partner,
            String phase,
            String changeRequest,
            boolean klaerfall,
            String customer,
            LocalDate kundenwunschtermin,
            LocalDate wechseltermin,
            OffsetDateTime createdAt,
            List<String> numbers) {}

    private final JdbcClient jdbc;

    public VorabstimmungSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many Vorabstimmungen match. */
    public long count(Criteria c) {
        StringBuilder sql = new StringBuilder(
                "SELECT COUNT(*) FROM vorabstimmung v LEFT JOIN vorabstimmung_search s ON s.va_id = v.va_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(c, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The first {@value #LIMIT} matches, newest first. */
    public List<Row> search(Criteria c) {
        return search(c, 0, LIMIT);
    }

    /** A page of the matches, newest first. */
    public List<Row> search(Criteria c, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT v.va_id, v.geschaeftsfall, v.own_role, v.partner, v.phase, v.change_request, v.klaerfall_kind,
                       v.kundenwunschtermin, v.wechseltermin, v.created_at, s.customer
                FROM vorabstimmung v LEFT JOIN vorabstimmung_search s ON s.va_id = v.va_id WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        where(c, sql, params);
        sql.append(" ORDER BY v.created_at DESC, v.va_id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return rows(sql, params);
    }

    private void where(Criteria c, StringBuilder sql, List<Object> params) {
        if (!blank(c.id())) {
            sql.append(" AND UPPER(v.va_id) LIKE ?");
            params.add("%" + c.id().strip().toUpperCase() + "%");
        }
        String phone = PhoneNumbers.normalize(c.phone());
        if (!phone.isEmpty()) {
            // a number inside a block (equal length, between von and bis), or any number containing the digits typed
            sql.append(" ").append("""
                     AND EXISTS (SELECT 1 FROM vorabstimmung_number n WHERE n.va_id = v.va_id
                       AND ((LENGTH(n.number_from) = ? AND n.number_from <= ? AND n.number_to >= ?)
                            OR n.number_from LIKE ?))""");
            params.addAll(List.of(phone.length(), phone, phone, "%" + phone + "%"));
        }
        if (!blank(c.customer())) {
            sql.append(" AND LOWER(s.customer) LIKE ?");
            params.add("%" + c.customer().strip().toLowerCase() + "%");
        }
        filter(sql, params, "v.partner", c.partner());
        filter(sql, params, "v.phase", c.phase());
        filter(
                sql,
                params,
                "v.geschaeftsfall",
                blank(c.geschaeftsfall())
                        ? null
                        : Geschaeftsfall.fromCode(c.geschaeftsfall().strip()).name());
        if (c.from() != null) {
            sql.append(" AND v.created_at >= ?");
            params.add(c.from().atStartOfDay(Terminpruefung.ZONE).toOffsetDateTime());
        }
        if (c.to() != null) {
            sql.append(" AND v.created_at < ?");
            params.add(c.to().plusDays(1).atStartOfDay(Terminpruefung.ZONE).toOffsetDateTime());
        }
    }

    private List<Row> rows(StringBuilder sql, List<Object> params) {
        List<Row> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getString("va_id"),
                        Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")).code(),
                        rs.getString("own_role"),
                        rs.getString("partner"),
                        rs.getString("phase"),
                        rs.getString("change_request"),
                        rs.getString("klaerfall_kind") != null,
                        rs.getString("customer"),
                        rs.getObject("kundenwunschtermin", LocalDate.class),
                        rs.getObject("wechseltermin", LocalDate.class),
                        rs.getObject("created_at", OffsetDateTime.class),
                        new ArrayList<>()))
                .list();
        attachNumbers(rows);
        return rows;
    }

    private void attachNumbers(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Row> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.vaId(), r));
        jdbc.sql("SELECT va_id, number_from, number_to FROM vorabstimmung_number WHERE va_id IN (:ids)")
                .param("ids", List.copyOf(byId.keySet()))
                .query((rs, i) -> byId.get(rs.getString("va_id"))
                        .numbers()
                        .add(new VorabstimmungIndex.NumberRange(rs.getString("number_from"), rs.getString("number_to"))
                                .display()))
                .list();
    }

    private static void filter(StringBuilder sql, List<Object> params, String column, String value) {
        if (!blank(value)) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value.strip());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
