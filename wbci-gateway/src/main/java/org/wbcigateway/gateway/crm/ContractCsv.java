package org.wbcigateway.gateway.crm;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * Contracts from CSV, one per record. The first record is the header: it names the columns, in any order and case;
 * only {@code id} is required, a missing column is empty in every row. The delimiter is {@code ;} if the header
 * holds one, else {@code ,}; quoting follows RFC 4180. Cells are trimmed and an empty cell is absent.
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>Column</th><th>Content</th><th>Example</th></tr>
 * <tr><td>id</td><td>the contract's key in the CRM (required, up to 64 characters)</td><td>K-100001</td></tr>
 * <tr><td>status</td><td>ACTIVE (default), TERMINATION_PENDING, TERMINATED, NEW (a won contract)</td><td>ACTIVE</td></tr>
 * <tr><td>anrede</td><td>the holder's Anrede: 1 Herr, 2 Frau, 4 Firma, 9 none (required)</td><td>1</td></tr>
 * <tr><td>vorname, nachname</td><td>a holder who is a person</td><td>John; McFly</td></tr>
 * <tr><td>firmenname, firmennameZweiterTeil</td><td>a holder who is a company (instead of vorname/nachname)</td>
 *     <td>McFly GmbH</td></tr>
 * <tr><td>strassenname, hausnummer, hausnummernZusatz, postleitzahl, ort</td><td>the line's Standort (TAE
 *     address); all empty: none</td><td>Emmy-Noether-Straße; 2; a; 80992; München</td></tr>
 * <tr><td>rufnummern</td><td>Einzelanschluss: 1 to 10 numbers as ONKZ/Rufnummer, separated by spaces</td>
 *     <td>30/99999999 30/99999998</td></tr>
 * <tr><td>anlagenanschluss</td><td>Anlagenanschluss as ONKZ/Durchwahlnummer/Abfragestelle (instead of
 *     rufnummern)</td><td>89/123456/0</td></tr>
 * <tr><td>bloecke</td><td>its 1 to 5 number blocks as von-bis, separated by spaces</td><td>00-49 50-99</td></tr>
 * <tr><td>weitererInhaberAnrede, weitererInhaberVorname, weitererInhaberNachname, weitererInhaberFirmenname</td>
 *     <td>one further holder (person or company, as above)</td><td>2; Kate; McFly</td></tr>
 * <tr><td>vertragsnummer, lineId, identifizierer, kennungTNBabg</td><td>one resource of the line (at least one of
 *     the four)</td><td>V123456; DEU.BBBB.1234; I12345; D001</td></tr>
 * <tr><td>technologie</td><td>the line's technology</td><td>001 TAL ISDN</td></tr>
 * <tr><td>startDate, minimumTermMonths, noticePeriodMonths, earliestEnd</td><td>contract dates (YYYY-MM-DD) and
 *     months</td><td>2024-01-15; 24; 1; 2026-12-01</td></tr>
 * <tr><td>previousCarrier, desiredDate, portNumbers</td><td>a won contract: the old provider (EKPabg), the
 *     Kundenwunschtermin, whether the numbers move along (true, the default, or false)</td>
 *     <td>DEU.BBBB; 2026-12-16; true</td></tr>
 * </table>
 */
public final class ContractCsv implements ContractSource {

    static final List<String> COLUMNS = List.of(
            "id",
            "status",
            "anrede",
            "vorname",
            "nachname",
            "firmenname",
            "firmennameZweiterTeil",
            "strassenname",
            "hausnummer",
            "hausnummernZusatz",
            "postleitzahl",
            "ort",
            "rufnummern",
            "anlagenanschluss",
            "bloecke",
            "weitererInhaberAnrede",
            "weitererInhaberVorname",
            "weitererInhaberNachname",
            "weitererInhaberFirmenname",
            "vertragsnummer",
            "lineId",
            "identifizierer",
            "kennungTNBabg",
            "technologie",
            "startDate",
            "minimumTermMonths",
            "noticePeriodMonths",
            "earliestEnd",
            "previousCarrier",
            "desiredDate",
            "portNumbers");

    private final String text;
    private final char delimiter;
    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    /** Reads the header; an unknown or repeated column, or none named {@code id}, is refused here. */
    public ContractCsv(byte[] body, Charset charset) {
        String decoded = new String(body, charset);
        this.text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        this.delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = new CsvRecords(text, delimiter).next();
        if (header == null) {
            throw new IllegalArgumentException("the CSV is empty; its first line names the columns");
        }
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        for (int i = 0; i < header.size(); i++) {
            String column = known.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new IllegalArgumentException(
                        "unknown CSV column '" + header.get(i).trim() + "'; known: " + String.join(", ", COLUMNS));
            }
            if (index.put(column, i) != null) {
                throw new IllegalArgumentException("CSV column '" + column + "' occurs twice");
            }
        }
        if (!index.containsKey("id")) {
            throw new IllegalArgumentException("the CSV has no column 'id'");
        }
        this.width = header.size();
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public int count() {
        CsvRecords records = new CsvRecords(text, delimiter);
        records.next();
        int rows = 0;
        while (records.next() != null) {
            rows++;
        }
        return rows;
    }

    @Override
    public void read(Consumer<ImportRow> rows) {
        CsvRecords records = new CsvRecords(text, delimiter);
        records.next();
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            rows.accept(row(records.recordLine(), fields));
        }
    }

    private ImportRow row(long line, List<String> fields) {
        Function<String, String> cell = column -> {
            Integer i = index.get(column);
            String value =
                    i == null || i >= fields.size() ? null : fields.get(i).trim();
            return value == null || value.isEmpty() ? null : value;
        };
        String id = cell.apply("id");
        try {
            if (fields.size() != width) {
                throw new IllegalArgumentException("the row has " + fields.size() + " fields, the header " + width);
            }
            return ImportRow.of(line, contract(ImportRow.requireId(id), cell));
        } catch (IllegalArgumentException e) {
            return ImportRow.rejected(line, id, ImportRow.reason(e));
        }
    }

    private static ContractData contract(String id, Function<String, String> cell) {
        String portNumbers = cell.apply("portNumbers");
        if (portNumbers != null && !portNumbers.equalsIgnoreCase("true") && !portNumbers.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("portNumbers '" + portNumbers + "' is neither true nor false");
        }
        String previous = cell.apply("previousCarrier");
        return new ContractData(
                id,
                cell.apply("status"),
                holder(
                        "inhaber",
                        cell.apply("anrede"),
                        cell.apply("vorname"),
                        cell.apply("nachname"),
                        cell.apply("firmenname"),
                        cell.apply("firmennameZweiterTeil")),
                furtherHolder(cell),
                standort(cell),
                rufnummern(cell.apply("rufnummern"), cell.apply("anlagenanschluss"), cell.apply("bloecke")),
                cell.apply("technologie"),
                ressource(cell),
                date(cell, "startDate"),
                number(cell, "minimumTermMonths"),
                number(cell, "noticePeriodMonths"),
                date(cell, "earliestEnd"),
                previous == null ? null : CarrierCode.of(previous),
                date(cell, "desiredDate"),
                portNumbers == null || portNumbers.equalsIgnoreCase("true"));
    }

    private static Anschlussinhaber holder(
            String what, String anrede, String vorname, String nachname, String firmenname, String firmenname2) {
        if (firmenname != null && (vorname != null || nachname != null)) {
            throw new IllegalArgumentException(
                    what + " is either a person (vorname, nachname) or a company" + " (firmenname), not both");
        }
        if (firmenname != null) {
            return new Firma(anrede(what, anrede), firmenname, firmenname2);
        }
        if (nachname == null) {
            throw new IllegalArgumentException(what + " is missing: give nachname (person) or firmenname (company)");
        }
        return new Person(anrede(what, anrede), vorname, nachname);
    }

    private static List<Anschlussinhaber> furtherHolder(Function<String, String> cell) {
        String anrede = cell.apply("weitererInhaberAnrede");
        String vorname = cell.apply("weitererInhaberVorname");
        String nachname = cell.apply("weitererInhaberNachname");
        String firmenname = cell.apply("weitererInhaberFirmenname");
        if (anrede == null && vorname == null && nachname == null && firmenname == null) {
            return List.of();
        }
        return List.of(holder("weitererInhaber", anrede, vorname, nachname, firmenname, null));
    }

    private static Anrede anrede(String what, String code) {
        if (code == null) {
            throw new IllegalArgumentException(what + ": anrede is required");
        }
        return Arrays.stream(Anrede.values())
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        what + ": anrede '" + code + "' is not one of 1 (Herr), 2 (Frau), 4 (Firma), 9 (none)"));
    }

    private static Standort standort(Function<String, String> cell) {
        String strasse = cell.apply("strassenname");
        String hausnummer = cell.apply("hausnummer");
        String zusatz = cell.apply("hausnummernZusatz");
        String plz = cell.apply("postleitzahl");
        String ort = cell.apply("ort");
        if (strasse == null && hausnummer == null && zusatz == null && plz == null && ort == null) {
            return null;
        }
        return new Standort(strasse, hausnummer, zusatz, plz, ort);
    }

    private static Rufnummern rufnummern(String einzel, String anlage, String bloecke) {
        if (einzel != null && anlage != null) {
            throw new IllegalArgumentException(
                    "a contract has either rufnummern (Einzelanschluss) or" + " anlagenanschluss, not both");
        }
        if (bloecke != null && anlage == null) {
            throw new IllegalArgumentException(
                    "bloecke are the number blocks of an anlagenanschluss, which is missing");
        }
        if (einzel != null) {
            return new Einzelanschluss(
                    Arrays.stream(einzel.split("\\s+"))
                            .map(n -> {
                                String[] p = parts("rufnummern", n, "/", "ONKZ/Rufnummer", 2);
                                return new Rufnummer(p[0], p[1]);
                            })
                            .toList(),
                    false);
        }
        if (anlage == null) {
            return null;
        }
        String[] p = parts("anlagenanschluss", anlage, "/", "ONKZ/Durchwahlnummer/Abfragestelle", 3);
        List<Rufnummernblock> blocks = bloecke == null
                ? List.of()
                : Arrays.stream(bloecke.split("\\s+"))
                        .map(b -> {
                            String[] vonBis = parts("bloecke", b, "-", "von-bis", 2);
                            return new Rufnummernblock(vonBis[0], vonBis[1]);
                        })
                        .toList();
        return new Anlagenanschluss(p[0], p[1], p[2], blocks);
    }

    private static String[] parts(String column, String value, String separator, String shape, int count) {
        String[] p = value.split(separator, -1);
        if (p.length != count) {
            throw new IllegalArgumentException(column + ": '" + value + "' is not " + shape);
        }
        return p;
    }

    private static List<Ressource> ressource(Function<String, String> cell) {
        String vertragsnummer = cell.apply("vertragsnummer");
        String lineId = cell.apply("lineId");
        String identifizierer = cell.apply("identifizierer");
        String kennung = cell.apply("kennungTNBabg");
        if (vertragsnummer == null && lineId == null && identifizierer == null && kennung == null) {
            return List.of();
        }
        return List.of(new Ressource(
                vertragsnummer,
                lineId == null ? null : LineId.of(lineId),
                identifizierer,
                kennung == null ? null : Portierungskennung.of(kennung)));
    }

    private static LocalDate date(Function<String, String> cell, String column) {
        String value = cell.apply(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Integer number(Function<String, String> cell, String column) {
        String value = cell.apply(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + value + "' is not a whole number");
        }
    }
}
