package org.wbcigateway.gateway.crm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Standort;

/**
 * Reads contract data from result sets whose columns carry the canonical names of the built-in CRM tables. A
 * foreign CRM is mapped onto the same names by the aliases in its configured queries, so one mapping serves both.
 */
final class ContractRows {

    private ContractRows() {}

    /** The parts of a contract that live in rows of their own. */
    record Children(
            List<Anschlussinhaber> holders,
            List<Rufnummer> numbers,
            List<Rufnummernblock> blocks,
            List<Ressource> resources) {}

    static ContractData contract(ResultSet rs, Children children) throws SQLException {
        Anrede anrede = Anrede.fromCode(rs.getString("anrede"));
        Anschlussinhaber holder = rs.getString("firmenname") == null
                ? new Person(anrede, rs.getString("vorname"), rs.getString("nachname"))
                : new Firma(anrede, rs.getString("firmenname"), rs.getString("firmenname2"));
        Standort standort = rs.getString("strassenname") == null
                ? null
                : new Standort(
                        rs.getString("strassenname"),
                        rs.getString("hausnummer"),
                        rs.getString("hausnummern_zusatz"),
                        rs.getString("postleitzahl"),
                        rs.getString("ort"));
        Rufnummern numbers = null;
        if (rs.getString("durchwahlnummer") != null) {
            numbers = new Anlagenanschluss(
                    rs.getString("onkz"),
                    rs.getString("durchwahlnummer"),
                    rs.getString("abfragestelle"),
                    children.blocks());
        } else if (!children.numbers().isEmpty()) {
            numbers = new Einzelanschluss(children.numbers(), false);
        }
        String previous = rs.getString("previous_carrier");
        return new ContractData(
                rs.getString("id"),
                rs.getString("status"),
                holder,
                children.holders(),
                standort,
                numbers,
                rs.getString("technologie"),
                children.resources(),
                date(rs, "start_date"),
                (Integer) integer(rs, "minimum_term_months"),
                (Integer) integer(rs, "notice_period_months"),
                date(rs, "earliest_end"),
                previous == null ? null : CarrierCode.of(previous),
                date(rs, "desired_date"),
                rs.getBoolean("port_numbers"));
    }

    static Anschlussinhaber holder(ResultSet r, int i) throws SQLException {
        Anrede anrede = Anrede.fromCode(r.getString("anrede"));
        return r.getString("firmenname") != null
                ? new Firma(anrede, r.getString("firmenname"), null)
                : new Person(anrede, r.getString("vorname"), r.getString("nachname"));
    }

    static Rufnummer number(ResultSet r, int i) throws SQLException {
        return new Rufnummer(r.getString("onkz"), r.getString("rufnummer"));
    }

    static Rufnummernblock block(ResultSet r, int i) throws SQLException {
        return new Rufnummernblock(r.getString("von"), r.getString("bis"));
    }

    static Ressource resource(ResultSet r, int i) throws SQLException {
        String line = r.getString("line_id");
        String tnb = r.getString("kennung_tnb");
        return new Ressource(
                r.getString("vertragsnummer"),
                line == null ? null : LineId.of(line),
                r.getString("identifizierer"),
                tnb == null ? null : Portierungskennung.of(tnb));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Object integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
