package org.wbcigateway.gateway.vorabstimmung;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * The search columns of a Vorabstimmung (V8): customer names and phone numbers of its VA, which the vorabstimmung
 * table does not hold. Phone numbers are kept as national digits without the leading 0 ({@code 89123456}).
 */
@Repository
public class VorabstimmungIndex {

    /** A range of numbers of equal length; a single number is a range of one. */
    public record NumberRange(String from, String to) {

        /** National notation, a block as {@code 08912345600 – 99}. */
        public String display() {
            if (from.equals(to)) {
                return "0" + from;
            }
            int common = 0;
            while (common < from.length() && common < to.length() && from.charAt(common) == to.charAt(common)) {
                common++;
            }
            return "0" + from + " – " + to.substring(common);
        }
    }

    private final JdbcClient jdbc;

    public VorabstimmungIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Indexes the VA once; a second call for the same Vorabstimmung changes nothing. */
    public void index(Vorabstimmungsanfrage va) {
        String id = va.vorabstimmungsId().value();
        int inserted = jdbc.sql("INSERT INTO vorabstimmung_search (va_id, customer) SELECT ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM vorabstimmung_search WHERE va_id = ?)")
                .params(id, customer(va), id)
                .update();
        if (inserted == 0) {
            return;
        }
        for (NumberRange r : numbers(va)) {
            jdbc.sql("INSERT INTO vorabstimmung_number (va_id, number_from, number_to) VALUES (?, ?, ?)")
                    .params(id, r.from(), r.to())
                    .update();
        }
    }

    /** Stored VAs not indexed yet (rows from before V8): their VA message ids, at most {@code limit}. */
    public List<Long> unindexedVaMessages(int limit) {
        return jdbc.sql("""
                SELECT v.va_message_id FROM vorabstimmung v
                WHERE v.va_message_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM vorabstimmung_search s WHERE s.va_id = v.va_id)
                ORDER BY v.created_at LIMIT ?""").param(limit).query(Long.class).list();
    }

    /** The line holders' names, {@code ; }-separated. */
    public static String customer(Vorabstimmungsanfrage va) {
        String names = Stream.concat(Stream.of(va.endkunde()), va.weitereAnschlussinhaber().stream())
                .map(VorabstimmungIndex::name)
                .collect(Collectors.joining("; "));
        return names.length() <= 1000 ? names : names.substring(0, 1000);
    }

    public static String name(Anschlussinhaber a) {
        if (a instanceof Person p) {
            return p.vorname() == null ? p.nachname() : p.vorname() + " " + p.nachname();
        }
        Firma f = (Firma) a;
        return f.firmennameZweiterTeil() == null ? f.firmenname() : f.firmenname() + " " + f.firmennameZweiterTeil();
    }

    static List<NumberRange> numbers(Vorabstimmungsanfrage va) {
        List<NumberRange> ranges = new ArrayList<>();
        if (va.anschlussidentifikation() != null) {
            ranges.add(single(va.anschlussidentifikation()));
        }
        ranges.addAll(ranges(
                va.rufnummernPortierung() == null
                        ? null
                        : va.rufnummernPortierung().rufnummern()));
        return ranges;
    }

    /** The numbers of a line (single numbers, or blocks under a Kopfnummer); none for {@code null}. */
    public static List<NumberRange> ranges(Rufnummern numbers) {
        List<NumberRange> ranges = new ArrayList<>();
        if (numbers instanceof Einzelanschluss e) {
            e.rufnummern().forEach(n -> ranges.add(single(n)));
        } else if (numbers instanceof Anlagenanschluss a) {
            String kopf = a.onkz() + a.durchwahlnummer();
            for (Rufnummernblock b : a.bloecke()) {
                ranges.add(new NumberRange(kopf + b.von(), kopf + b.bis()));
            }
        }
        return ranges;
    }

    private static NumberRange single(Rufnummer n) {
        return new NumberRange(n.onkz() + n.nummer(), n.onkz() + n.nummer());
    }
}
