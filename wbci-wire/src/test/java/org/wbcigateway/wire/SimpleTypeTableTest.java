package org.wbcigateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.TeqCode;

/**
 * Every simple type of spec §5: invalid values are TEQ 0995, edge values pass. Each row replaces the first
 * {@code <element>value</element>} of a valid fixture; values are raw XML text.
 */
class SimpleTypeTableTest {

    private static final WireReader READER = new WireReader();
    private static final String LATIN1_30 = latin1Upper(30);

    static Stream<Arguments> rejected() {
        return Stream.of(
                        row(
                                "carrier code",
                                "va-kue-mrn.xml",
                                "CarrierCode",
                                "DEU.EKPAUF",
                                "DEU.EKPAUFX",
                                "de.EKPAUF",
                                "DEU-EKPAUF",
                                "DE.EKPAUF",
                                "DEU."),
                        row(
                                "VorabstimmungsId",
                                "va-kue-mrn.xml",
                                "VorabstimmungsId",
                                "DEU.EKPAUF.V000000101",
                                "DEU.EKPAUF.X000000101",
                                "DEU.EKPAUF.V00000010",
                                "DEU.EKPAUF.V0000001010",
                                "DEU.EKPAUF.v000000101"),
                        row(
                                "VorabstimmungsIdRef",
                                "tv.xml",
                                "VorabstimmungsIdRef",
                                "DEU.EKPAUF.V000000101",
                                "DEU.EKPAUF.T000000101"),
                        row(
                                "AenderungsId",
                                "tv.xml",
                                "AenderungsId",
                                "DEU.EKPAUF.T000000007",
                                "DEU.EKPAUF.V000000007",
                                "DEU.EKPAUF.T00000007"),
                        row(
                                "AenderungsIdRef",
                                "erlm.xml",
                                "AenderungsIdRef",
                                "DEU.EKPAUF.T000000007",
                                "DEU.EKPAUF.S000000007"),
                        row(
                                "StornoId",
                                "str-aufh-auf.xml",
                                "StornoId",
                                "DEU.EKPAUF.S000000001",
                                "DEU.EKPAUF.S00000000a",
                                "DEU.EKPAUF.T000000001"),
                        row(
                                "StornoIdRef",
                                "erlm-storno.xml",
                                "StornoIdRef",
                                "DEU.EKPABG.S000000003",
                                "DEU.EKPABG.V000000003"),
                        row(
                                "LineID",
                                "ruem-va.xml",
                                "lineID",
                                "DEU.EKPABG.1754639821",
                                "DEU.EKPABG.17546398210",
                                "DEU.EKPABG",
                                "DEU.EKPABG.175-463"),
                        row(
                                "Termin",
                                "va-kue-mrn.xml",
                                "Kundenwunschtermin",
                                "2026-12-15",
                                "2026-12-15Z",
                                "2026-12-15+01:00",
                                "2026-02-30",
                                "2026-12-5",
                                "15.12.2026",
                                "2026-12-15T00:00:00"),
                        row("Termin", "ruem-va.xml", "Wechseltermin", "2026-12-17", "2026-13-17", ""),
                        row("Termin", "tv.xml", "NeuerKundenwunschtermin", "2027-01-12", "12027-01-12"),
                        row(
                                "Rufnummer",
                                "va-kue-mrn.xml",
                                "rufnummer",
                                "4711",
                                "123456789012345",
                                "47 11",
                                "",
                                "+4711"),
                        row("ONKZ", "va-kue-mrn.xml", "ONKZ", "351", "0351", "3", "351234"),
                        row("durchwahlnummer", "ruem-va-rrnp.xml", "durchwahlnummer", "547084", "123456789", ""),
                        row("abfragestelle", "ruem-va-rrnp.xml", "abfragestelle", "0", "1234567", ""),
                        row("rnrBlockVon", "ruem-va-rrnp.xml", "rnrBlockVon", "00", "01", "0000000", "", "a0"),
                        row("rnrBlockBis", "ruem-va-rrnp.xml", "rnrBlockBis", "49", "98", "9999999", ""),
                        row(
                                "Portierungskennung",
                                "va-rrnp.xml",
                                "PortierungskennungPKIauf",
                                "D1A2",
                                "d1a2",
                                "D1a2",
                                "D1A",
                                "E1A2",
                                "D1AG",
                                "D1A23"),
                        row("Portierungskennung", "ruem-va.xml", "portierungskennungPKIabg", "D0FF", "D0F"),
                        row("kennungTNBabg", "ruem-va.xml", "kennungTNBabg", "D0FF", "X0FF", "D0FFF"),
                        row(
                                "vertragsnummer",
                                "ruem-va.xml",
                                "vertragsnummer",
                                "3200012345",
                                "32000123456",
                                "",
                                "32000\n1234"),
                        row("identifizierer", "ruem-va.xml", "identifizierer", "TAL-0815", "x".repeat(21), ""),
                        row(
                                "Technologie",
                                "ruem-va.xml",
                                "Technologie",
                                "012 FTTC",
                                "12 FTTC",
                                "012FTTC",
                                "012 " + "x".repeat(22),
                                "012 FTTC×",
                                "ABC FTTC"),
                        row(
                                "vorname",
                                "va-kue-mrn.xml",
                                "vorname",
                                "Jürgen",
                                "x".repeat(31),
                                "",
                                "Jürgen×",
                                "Jürgen€",
                                "Jür\ngen"),
                        row(
                                "nachname",
                                "va-kue-mrn.xml",
                                "nachname",
                                "Müller-Lüdenscheidt",
                                "x".repeat(31),
                                "",
                                "Müller\tX",
                                "Müller\nX"),
                        row(
                                "firmenname",
                                "va-kue-mrn.xml",
                                "firmenname",
                                "Müller Bäckerei GmbH",
                                "Łódź Sp. z o.o.",
                                "x".repeat(31),
                                "Preis÷2"),
                        row(
                                "firmennameZweiterTeil",
                                "va-kue-mrn.xml",
                                "firmennameZweiterTeil",
                                "&amp; Co. KG",
                                "x".repeat(31),
                                ""),
                        row("strassenname", "va-kue-mrn.xml", "strassenname", "Hauptstraße", "x".repeat(41), ""),
                        row("hausnummer", "va-kue-mrn.xml", "hausnummer", "12", "12345", "12a", "١٢", ""),
                        row("hausnummernZusatz", "va-kue-mrn.xml", "hausnummernZusatz", "a", "abcdefg", ""),
                        row(
                                "postleitzahl",
                                "va-kue-mrn.xml",
                                "postleitzahl",
                                "01067",
                                "1067",
                                "010677",
                                "0106a",
                                "١٠٦٧٠"),
                        row("ort", "va-kue-mrn.xml", "ort", "Dresden", "x".repeat(41), ""),
                        row("projektkenner", "va-kue-mrn.xml", "projektkenner", "PRJ-2026-17", "x".repeat(31), ""),
                        row("kopplungskenner", "va-kue-mrn.xml", "kopplungskenner", "K1", "x".repeat(31), ""),
                        row("Meldungstext", "ruem-va.xml", "Meldungstext", "NAT", "", "x".repeat(256), "NA\nT"),
                        row(
                                "Begruendung",
                                "abbm.xml",
                                "Begruendung",
                                "Rufnummer 0351 4712 gehört nicht zum Anschluss.",
                                "x".repeat(256),
                                "",
                                "Tab\there"),
                        row(
                                "Stornogrund",
                                "str-aufh-abg.xml",
                                "Stornogrund",
                                "Kunde hat den Vertrag fristlos gekündigt.\nAuftrag wird nicht ausgeführt.",
                                "x".repeat(256),
                                "",
                                "Preis ÷ 2"),
                        row(
                                "Geschaeftsfall",
                                "ruem-va.xml",
                                "Geschaeftsfall",
                                "VA-KUE-MRN",
                                "VA-KUE",
                                "va-kue-mrn",
                                "STR-AUFH",
                                " VA-KUE-MRN",
                                "VA-TV"),
                        row(
                                "Portierungszeitfenster",
                                "va-kue-mrn.xml",
                                "Portierungszeitfenster",
                                "ZF2",
                                "ZF4",
                                "zf2",
                                "ZF0",
                                ""),
                        row("anrede (person)", "va-kue-mrn.xml", "anrede", "1", "4", "3", "", "Herr"),
                        row("anrede (firma)", "va-rrnp.xml", "anrede", "9", "1", "2", ""),
                        row(
                                "alleRufnummern",
                                "va-kue-mrn.xml",
                                "alleRufnummern",
                                "true",
                                "false",
                                "1",
                                "0",
                                "TRUE",
                                ""),
                        row("majorRelease pattern", "va-kue-mrn.xml", "majorRelease", "02", "2", "002", "0x", ""),
                        row("minorRelease pattern", "va-kue-mrn.xml", "minorRelease", "00", "0", "000"),
                        row(
                                "zeitstempel",
                                "va-kue-mrn.xml",
                                "zeitstempel",
                                "2026-11-25T10:15:00.123+01:00",
                                "2026-11-25 10:15:00",
                                "2026-11-25",
                                "25.11.2026T10:15:00",
                                ""),
                        row("serial", "va-kue-mrn.xml", "serial", "1a2B3c", "xyz", "", "0x1a", "1a 2b"),
                        row(
                                "issuer",
                                "va-kue-mrn.xml",
                                "issuer",
                                "CN=EKPAUF Test, O=Beispiel GmbH, C=DE",
                                "",
                                "x".repeat(256)),
                        row(
                                "Meldungscode RUEM-VA",
                                "ruem-va.xml",
                                "Meldungscode",
                                "8002",
                                "8003",
                                "8103",
                                "8010",
                                "OK",
                                "800"),
                        row("Meldungscode ABBM", "abbm.xml", "Meldungscode", "8103", "8001", "8143", "8150", "8010"),
                        row("Meldungscode AKM-TR", "akm-tr.xml", "Meldungscode", "8010", "8001", "8011", "8148"),
                        row("Meldungscode ABBM-TR", "abbm-tr.xml", "Meldungscode", "8144", "8141", "8149", "8103"),
                        row("Meldungscode ERLM", "erlm.xml", "Meldungscode", "8003", "8001", "8010", "8140"),
                        row("Meldungscode TEQ", "teq.xml", "Meldungscode", "0995", "0994", "ok", "8001", "995"),
                        row("Ressourcenuebernahme", "akm-tr.xml", "Ressourcenuebernahme", "true", "ja", ""),
                        row("SichererHafen", "akm-tr.xml", "SichererHafen", "false", "nein"))
                .flatMap(s -> s);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                        row("carrier code", "va-kue-mrn.xml", "CarrierCode", "DEU.EKPAUF", "A1Z.0", "123.ABCDEF"),
                        row(
                                "VorabstimmungsId",
                                "va-kue-mrn.xml",
                                "VorabstimmungsId",
                                "DEU.EKPAUF.V000000101",
                                "0A9.Z.VZZZZZZZZZ"),
                        row(
                                "VorabstimmungsIdRef",
                                "tv.xml",
                                "VorabstimmungsIdRef",
                                "DEU.EKPAUF.V000000101",
                                "DEU.X.V00000000A"),
                        row("AenderungsId", "tv.xml", "AenderungsId", "DEU.EKPAUF.T000000007", "DEU.X.T000000000"),
                        row(
                                "AenderungsIdRef",
                                "erlm.xml",
                                "AenderungsIdRef",
                                "DEU.EKPAUF.T000000007",
                                "ABC.D.TZZZZZZZZZ"),
                        row(
                                "StornoId",
                                "str-aufh-auf.xml",
                                "StornoId",
                                "DEU.EKPAUF.S000000001",
                                "ABC.123456.SAAAAAAAAA"),
                        row(
                                "StornoIdRef",
                                "erlm-storno.xml",
                                "StornoIdRef",
                                "DEU.EKPABG.S000000003",
                                "DEU.A.S999999999"),
                        row(
                                "LineID",
                                "ruem-va.xml",
                                "lineID",
                                "DEU.EKPABG.1754639821",
                                "DEU.EKPABG.1",
                                "DEU.EKPABG.ABCDEFGHIJ"),
                        row("Termin", "va-kue-mrn.xml", "Kundenwunschtermin", "2026-12-15", "2028-02-29", "2027-01-01"),
                        row("Termin", "ruem-va.xml", "Wechseltermin", "2026-12-17", "2026-12-31"),
                        row("Termin", "tv.xml", "NeuerKundenwunschtermin", "2027-01-12", "2027-01-01"),
                        row("Rufnummer", "va-kue-mrn.xml", "rufnummer", "4711", "1", "12345678901234", "0"),
                        row("ONKZ", "va-kue-mrn.xml", "ONKZ", "351", "10", "99999"),
                        row("durchwahlnummer", "ruem-va-rrnp.xml", "durchwahlnummer", "547084", "1", "12345678"),
                        row("abfragestelle", "ruem-va-rrnp.xml", "abfragestelle", "0", "123456"),
                        row("rnrBlockVon", "ruem-va-rrnp.xml", "rnrBlockVon", "00", "9", "900000", "0"),
                        row("rnrBlockBis", "ruem-va-rrnp.xml", "rnrBlockBis", "49", "0", "199999", "9"),
                        row("Portierungskennung", "va-rrnp.xml", "PortierungskennungPKIauf", "D1A2", "DFFF", "D000"),
                        row("Portierungskennung", "ruem-va.xml", "portierungskennungPKIabg", "D0FF", "D999"),
                        row("kennungTNBabg", "ruem-va.xml", "kennungTNBabg", "D0FF", "D000"),
                        row("vertragsnummer", "ruem-va.xml", "vertragsnummer", "3200012345", "ABCDEFGHIJ", "1"),
                        row("identifizierer", "ruem-va.xml", "identifizierer", "TAL-0815", "x".repeat(20), "1"),
                        row(
                                "Technologie",
                                "ruem-va.xml",
                                "Technologie",
                                "012 FTTC",
                                "017 Kupfer",
                                "012 ",
                                "001 " + "x".repeat(21)),
                        row("vorname", "va-kue-mrn.xml", "vorname", "Jürgen", LATIN1_30, "Àÿ", "x"),
                        row("nachname", "va-kue-mrn.xml", "nachname", "Müller-Lüdenscheidt", " Müller ", "O'Neil"),
                        row(
                                "firmenname",
                                "va-kue-mrn.xml",
                                "firmenname",
                                "Müller Bäckerei GmbH",
                                "x".repeat(30),
                                "~!@#$%^*()_+{}|:?`-=[]\\;',./"),
                        row(
                                "firmennameZweiterTeil",
                                "va-kue-mrn.xml",
                                "firmennameZweiterTeil",
                                "&amp; Co. KG",
                                " K.d.ö.R.",
                                "&lt;&gt;&quot;"),
                        row("strassenname", "va-kue-mrn.xml", "strassenname", "Hauptstraße", "x".repeat(40), "ß"),
                        row("hausnummer", "va-kue-mrn.xml", "hausnummer", "12", "9999", "0"),
                        row("hausnummernZusatz", "va-kue-mrn.xml", "hausnummernZusatz", "a", "abcdef", " "),
                        row("postleitzahl", "va-kue-mrn.xml", "postleitzahl", "01067", "99999", "00000"),
                        row("ort", "va-kue-mrn.xml", "ort", "Dresden", "x".repeat(40), "Öhringen"),
                        row("projektkenner", "va-kue-mrn.xml", "projektkenner", "PRJ-2026-17", "x".repeat(30)),
                        row("kopplungskenner", "va-kue-mrn.xml", "kopplungskenner", "K1", "x", "x".repeat(30)),
                        row("Meldungstext", "ruem-va.xml", "Meldungstext", "NAT", "x".repeat(255), "Ä"),
                        row(
                                "Begruendung",
                                "abbm.xml",
                                "Begruendung",
                                "Rufnummer 0351 4712 gehört nicht zum Anschluss.",
                                "Zeile 1&#13;&#10;Zeile 2",
                                "x".repeat(255),
                                "a\nb"),
                        row(
                                "Stornogrund",
                                "str-aufh-abg.xml",
                                "Stornogrund",
                                "Kunde hat den Vertrag fristlos gekündigt.\nAuftrag wird nicht ausgeführt.",
                                "x".repeat(255),
                                "x",
                                "\r\n"),
                        row(
                                "Geschaeftsfall",
                                "ruem-va.xml",
                                "Geschaeftsfall",
                                "VA-KUE-MRN",
                                "VA-KUE-ORN",
                                "VA-RRNP",
                                "STR-AUF",
                                "STR-AEN",
                                "TVS-VA"),
                        row("Portierungszeitfenster", "va-kue-mrn.xml", "Portierungszeitfenster", "ZF2", "ZF1", "ZF3"),
                        row("anrede (person)", "va-kue-mrn.xml", "anrede", "1", "2", "9"),
                        row("anrede (firma)", "va-rrnp.xml", "anrede", "9", "4"),
                        row("alleRufnummern", "va-kue-mrn.xml", "alleRufnummern", "true", " true "),
                        row(
                                "zeitstempel",
                                "va-kue-mrn.xml",
                                "zeitstempel",
                                "2026-11-25T10:15:00.123+01:00",
                                "2026-11-25T10:15:00Z",
                                "2026-11-25T10:15:00",
                                "2026-11-25T10:15:00.123456789-05:00"),
                        row("serial", "va-kue-mrn.xml", "serial", "1a2B3c", "ABCDEF0123456789abcdef", "0"),
                        row(
                                "issuer",
                                "va-kue-mrn.xml",
                                "issuer",
                                "CN=EKPAUF Test, O=Beispiel GmbH, C=DE",
                                "x".repeat(255),
                                "CN=Ä"),
                        row(
                                "Meldungscode RUEM-VA",
                                "ruem-va.xml",
                                "Meldungscode",
                                "8002",
                                "8001",
                                "8104",
                                "8105",
                                "8106",
                                "8107"),
                        row(
                                "Meldungscode ABBM",
                                "abbm.xml",
                                "Meldungscode",
                                "8103",
                                "8108",
                                "8111",
                                "8112",
                                "8115",
                                "8116",
                                "8118",
                                "8140",
                                "8141",
                                "8142",
                                "8149"),
                        row("Meldungscode AKM-TR", "akm-tr.xml", "Meldungscode", "8010", "8010"),
                        row(
                                "Meldungscode ABBM-TR",
                                "abbm-tr.xml",
                                "Meldungscode",
                                "8144",
                                "8140",
                                "8143",
                                "8145",
                                "8146",
                                "8147",
                                "8148"),
                        row("Meldungscode ERLM", "erlm.xml", "Meldungscode", "8003", "8004"),
                        row("Meldungscode TEQ", "teq.xml", "Meldungscode", "0995", "OK", "0990", "0993"),
                        row("Ressourcenuebernahme", "akm-tr.xml", "Ressourcenuebernahme", "true", "false", "1", "0"),
                        row("SichererHafen", "akm-tr.xml", "SichererHafen", "false", "true"))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} <{2}>{4}</{2}> is rejected")
    @MethodSource("rejected")
    void invalidValueIsStructureError(String field, String fixture, String element, String value, String replacement) {
        byte[] xml = TestData.fixtureWith(fixture, tag(element, value), tag(element, replacement));

        WireException e = catchThrowableOfType(WireException.class, () -> READER.read(xml));

        assertThat(e).as(field + " = '" + replacement + "' must be rejected").isNotNull();
        assertThat(e.teqCode()).isEqualTo(TeqCode.STRUKTUR_UNGUELTIG);
        assertThat(e.kind()).isEqualTo(WireException.Kind.SCHEMA_INVALID);
        assertThat(e.detail()).matches("(?s)line \\d+, column \\d+: .+");
    }

    @ParameterizedTest(name = "{0} <{2}>{4}</{2}> is accepted")
    @MethodSource("accepted")
    void edgeValueIsAccepted(String field, String fixture, String element, String value, String replacement) {
        byte[] xml = TestData.fixtureWith(fixture, tag(element, value), tag(element, replacement));

        assertThatCode(() -> READER.read(xml)).doesNotThrowAnyException();
    }

    @Test
    void everyRejectedFieldHasAnAcceptedEdge() {
        Set<String> accepted = fields(accepted());
        // the only accepted release values are 02/00 (the fixtures); other two digits are TEQ 0993
        assertThat(fields(rejected())).allMatch(f -> accepted.contains(f) || f.endsWith("Release pattern"));
    }

    private static Set<String> fields(Stream<Arguments> rows) {
        return rows.map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    }

    private static Stream<Arguments> row(
            String field, String fixture, String element, String value, String... replacements) {
        return Arrays.stream(replacements).map(r -> Arguments.of(field, fixture, element, value, r));
    }

    private static String tag(String element, String value) {
        return "<" + element + ">" + value + "</" + element + ">";
    }

    /** À…Þ without ×: thirty accepted Latin-1 letters. */
    private static String latin1Upper(int length) {
        StringBuilder letters = new StringBuilder();
        for (char c = 'À'; letters.length() < length; c++) {
            if (c != '×') {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
