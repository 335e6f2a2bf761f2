package org.wbcigateway.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.message.Anrede;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.ProjektId;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Rufnummern;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Standort;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * One VA per row of the decision table, on the interop catalogue's standard data (group 9–11) against the gateway's
 * contract fixture; expected answer: codes, listed numbers, Wechseltermin.
 */
class VaDecisionTableTest {

    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"))
                    .toInstant(),
            ZoneId.of("UTC"));
    private static final Terminpruefung TERMINE =
            new Terminpruefung(Fristen.defaults(), WorkingDayCalendar.of(Bundesland.BY), CLOCK);
    private static final Person JOHN = new Person(Anrede.HERR, "John", "McFly");
    private static final Person KATE = new Person(Anrede.FRAU, "Kate", "McFly");
    private static final Ressource LINE = new Ressource("V123456", null, "I12345", Portierungskennung.of("D001"));
    private static final Vertrag CONTRACT = new Vertrag(
            "K-1",
            JOHN,
            List.of(KATE),
            KftMessages.STANDORT,
            KftMessages.anlage(),
            "001 TAL ISDN",
            List.of(LINE),
            LocalDate.of(2026, 12, 1),
            false);

    private final VaDecisionTable table =
            new VaDecisionTable(Set.of("KFT-9.1.01"), Portierungskennung.of("D000"), TERMINE);

    /** A row: name, the VA, what the CRM lookup found, the expected rule, codes and (for an agreement) the date. */
    record Row(
            String name,
            Vorabstimmungsanfrage va,
            Vertragssuche suche,
            DecisionRule rule,
            List<String> codes,
            LocalDate wechseltermin,
            List<String> listedNumbers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        Vorabstimmungsanfrage mrn = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage orn = KftMessages.va(Geschaeftsfall.VA_KUE_ORN);
        Vorabstimmungsanfrage rrnp = KftMessages.va(Geschaeftsfall.VA_RRNP);
        Vertragssuche found = found(CONTRACT);
        LocalDate kwt = KftMessages.KWT;
        return Stream.of(
                new Row("9.1.01 standard MRN", mrn, found, DecisionRule.ZUSTIMMUNG, List.of("8001"), kwt, List.of()),
                new Row("10.1.01 standard ORN", orn, found, DecisionRule.ZUSTIMMUNG, List.of("8001"), kwt, List.of()),
                new Row("11.1.01 standard RRNP", rrnp, found, DecisionRule.ZUSTIMMUNG, List.of("8001"), kwt, List.of()),
                new Row(
                        "street spelt short",
                        with(mrn, v -> standort(v, "Emmy-Noether-Str.", "2", "80992", "München")),
                        found,
                        DecisionRule.ZUSTIMMUNG,
                        List.of("8001"),
                        kwt,
                        List.of()),
                new Row(
                        "9.1.02 Ort differs under the right PLZ",
                        mrn,
                        found(contract(
                                new Standort("Emmy-Noether-Straße", "2", "a", "80992", "Starnberg"),
                                LocalDate.of(2026, 12, 1))),
                        DecisionRule.ORT_ABWEICHEND,
                        List.of("8001", "8105"),
                        kwt,
                        List.of()),
                new Row(
                        "9.2.07 unknown Projektkenner",
                        with(mrn, v -> projekt(v, "KFT-UNKNOWN")),
                        found,
                        DecisionRule.PROJEKT_UNBEKANNT,
                        List.of("8149"),
                        null,
                        List.of()),
                new Row(
                        "two contracts match",
                        mrn,
                        new Vertragssuche.Mehrdeutig(List.of("K-1", "K-2")),
                        DecisionRule.VERTRAG_MEHRDEUTIG,
                        List.of(),
                        null,
                        List.of()),
                new Row(
                        "9.2.01 numbers not ours",
                        with(
                                mrn,
                                v -> numbers(
                                        v,
                                        new Einzelanschluss(
                                                List.of(
                                                        new Rufnummer("89", "12345678"),
                                                        new Rufnummer("89", "12345679")),
                                                false))),
                        new Vertragssuche.NichtGefunden(),
                        DecisionRule.RUFNUMMERN_FREMD,
                        List.of("8103"),
                        null,
                        List.of("89 12345678", "89 12345679")),
                new Row(
                        "one of two numbers ours: lists the customer's",
                        with(
                                mrn,
                                v -> numbers(
                                        v,
                                        new Einzelanschluss(
                                                List.of(
                                                        new Rufnummer("30", "99999999"),
                                                        new Rufnummer("30", "11111111")),
                                                false))),
                        found(contractWithNumbers(KftMessages.einzelanschluss())),
                        DecisionRule.RUFNUMMERN_FREMD,
                        List.of("8103"),
                        null,
                        List.of("30 99999999", "30 99999998")),
                new Row(
                        "9.2.06 holder unknown",
                        with(mrn, v -> holder(v, new Person(Anrede.HERR, "Max", "Mustermann"))),
                        found,
                        DecisionRule.KUNDE_NICHT_IDENTIFIZIERBAR,
                        List.of("8117"),
                        null,
                        List.of()),
                new Row(
                        "10.2.01 ORN line not ours",
                        orn,
                        new Vertragssuche.NichtGefunden(),
                        DecisionRule.RUFNUMMERN_FREMD,
                        List.of("8103"),
                        null,
                        List.of("89 123456789")),
                new Row(
                        "ORN without Anschlussidentifikation not found",
                        with(
                                orn,
                                v -> new Vorabstimmungsanfrage(
                                        v.geschaeftsfall(),
                                        v.absender(),
                                        v.endkundenvertragspartner(),
                                        v.vorabstimmungsId(),
                                        v.kundenwunschtermin(),
                                        v.endkunde(),
                                        v.weitereAnschlussinhaber(),
                                        v.projektId(),
                                        v.standort(),
                                        null,
                                        null)),
                        new Vertragssuche.NichtGefunden(),
                        DecisionRule.KUNDE_NICHT_IDENTIFIZIERBAR,
                        List.of("8117"),
                        null,
                        List.of()),
                new Row(
                        "another VA open",
                        mrn,
                        found(new Vertrag(
                                "K-1",
                                JOHN,
                                List.of(KATE),
                                KftMessages.STANDORT,
                                KftMessages.anlage(),
                                "001 TAL ISDN",
                                List.of(LINE),
                                LocalDate.of(2026, 12, 1),
                                true)),
                        DecisionRule.ANDERE_VORABSTIMMUNG,
                        List.of("8118"),
                        null,
                        List.of()),
                new Row(
                        "9.2.04 surname wrong",
                        with(mrn, v -> holder(v, new Person(Anrede.HERR, "John", "Mustermann"))),
                        found,
                        DecisionRule.INHABER_FALSCH,
                        List.of("8112"),
                        null,
                        List.of()),
                new Row(
                        "first name wrong",
                        with(mrn, v -> holder(v, new Person(Anrede.HERR, "Max", "McFly"))),
                        found,
                        DecisionRule.INHABER_VORNAME_FALSCH,
                        List.of("8113"),
                        null,
                        List.of()),
                new Row(
                        "further holder wrong",
                        with(mrn, v -> weitere(v, new Person(Anrede.HERR, "Heinrich", "Hansen"))),
                        found,
                        DecisionRule.WEITERE_INHABER_FALSCH,
                        List.of("8114"),
                        null,
                        List.of()),
                new Row(
                        "9.2.02 wrong PLZ",
                        with(mrn, v -> standort(v, "Emmy-Noether-Straße", "2", "80000", "München")),
                        found,
                        DecisionRule.ADRESSE_FALSCH,
                        List.of("8108"),
                        null,
                        List.of()),
                new Row(
                        "9.2.03 wrong PLZ and Ort",
                        with(mrn, v -> standort(v, "Emmy-Noether-Straße", "2", "80000", "Musterhausen")),
                        found,
                        DecisionRule.ADRESSE_FALSCH,
                        List.of("8108", "8109"),
                        null,
                        List.of()),
                new Row(
                        "wrong street",
                        with(mrn, v -> standort(v, "Landshuter Allee", "2", "80992", "München")),
                        found,
                        DecisionRule.ADRESSE_FALSCH,
                        List.of("8110"),
                        null,
                        List.of()),
                new Row(
                        "wrong house number",
                        with(mrn, v -> standort(v, "Emmy-Noether-Straße", "11", "80992", "München")),
                        found,
                        DecisionRule.ADRESSE_FALSCH,
                        List.of("8111"),
                        null,
                        List.of()),
                new Row(
                        "no earliest end known",
                        mrn,
                        found(contract(KftMessages.STANDORT, null)),
                        DecisionRule.DATEN_UNVOLLSTAENDIG,
                        List.of(),
                        null,
                        List.of()),
                new Row(
                        "contract ends after the KWT (Saturday)",
                        mrn,
                        found(contract(KftMessages.STANDORT, LocalDate.of(2027, 1, 16))),
                        DecisionRule.TERMIN_NACH_VERTRAGSENDE,
                        List.of("8002"),
                        LocalDate.of(2027, 1, 18),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowGivesItsAnswer(Row row) {
        Entscheidung e = table.decide(row.va(), row.suche());
        assertThat(e.regel()).isEqualTo(row.rule());
        List<Meldungsposition> positionen = e instanceof Entscheidung.Zustimmung z
                ? z.positionen()
                : e instanceof Entscheidung.Ablehnung a ? a.positionen() : List.of();
        assertThat(positionen).extracting(p -> p.meldungscode().code()).containsExactlyElementsOf(row.codes());
        assertThat(positionen.stream().flatMap(p -> p.rufnummern().stream()).map(n -> n.onkz() + " " + n.nummer()))
                .containsExactlyElementsOf(row.listedNumbers());
        if (e instanceof Entscheidung.Zustimmung z) {
            assertThat(z.wechseltermin()).isEqualTo(row.wechseltermin());
            Geschaeftsfall gf = row.va().geschaeftsfall();
            assertThat(z.technologie()).isEqualTo(gf.isKuendigung() ? "001 TAL ISDN" : null);
            assertThat(z.ressourcen()).isEqualTo(gf.isKuendigung() ? List.of(LINE) : List.of());
            assertThat(z.rufnummern() != null).isEqualTo(gf.portsNumbers());
            if (z.rufnummern() != null) {
                assertThat(z.rufnummern().toString()).contains("D000");
            }
        }
    }

    @Test
    void theOrtCorrectionCarriesTheCorrectValue() {
        Entscheidung e = table.decide(
                KftMessages.va(Geschaeftsfall.VA_KUE_MRN),
                found(contract(
                        new Standort("Emmy-Noether-Straße", "2", "a", "80992", "Starnberg"),
                        LocalDate.of(2026, 12, 1))));
        assertThat(((Entscheidung.Zustimmung) e)
                        .positionen()
                        .get(1)
                        .adresseAbweichend()
                        .wert())
                .isEqualTo("Starnberg");
    }

    @Test
    void aPruefungNamesTheContractsItConcerns() {
        Entscheidung ambiguous = table.decide(
                KftMessages.va(Geschaeftsfall.VA_KUE_MRN), new Vertragssuche.Mehrdeutig(List.of("K-1", "K-2")));
        assertThat(((Entscheidung.Pruefung) ambiguous).vertragIds()).containsExactly("K-1", "K-2");
        Entscheidung incomplete =
                table.decide(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), found(contract(KftMessages.STANDORT, null)));
        assertThat(((Entscheidung.Pruefung) incomplete).vertragIds()).hasSize(1);
    }

    @Test
    void everyRuleHasARow() {
        Set<DecisionRule> covered = rows().map(Row::rule).collect(Collectors.toSet());
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }

    // --- variations of the standard VA and contract

    private static Vertragssuche found(Vertrag v) {
        return new Vertragssuche.Gefunden(v, Set.of());
    }

    private static Vertrag contract(Standort standort, LocalDate end) {
        return new Vertrag(
                "K-1", JOHN, List.of(KATE), standort, KftMessages.anlage(), "001 TAL ISDN", List.of(LINE), end, false);
    }

    private static Vertrag contractWithNumbers(Rufnummern numbers) {
        return new Vertrag(
                "K-2",
                JOHN,
                List.of(KATE),
                KftMessages.STANDORT,
                numbers,
                "001 TAL ISDN",
                List.of(LINE),
                LocalDate.of(2026, 12, 1),
                false);
    }

    private static Vorabstimmungsanfrage with(
            Vorabstimmungsanfrage va, Function<Vorabstimmungsanfrage, Vorabstimmungsanfrage> change) {
        return change.apply(va);
    }

    private static Vorabstimmungsanfrage copy(
            Vorabstimmungsanfrage v,
            Anschlussinhaber endkunde,
            List<Anschlussinhaber> weitere,
            ProjektId projekt,
            Standort standort,
            RufnummernPortierung rnp) {
        return new Vorabstimmungsanfrage(
                v.geschaeftsfall(),
                v.absender(),
                v.endkundenvertragspartner(),
                v.vorabstimmungsId(),
                v.kundenwunschtermin(),
                endkunde,
                weitere,
                projekt,
                standort,
                v.anschlussidentifikation(),
                rnp);
    }

    private static Vorabstimmungsanfrage standort(
            Vorabstimmungsanfrage v, String str, String nr, String plz, String ort) {
        return copy(
                v,
                v.endkunde(),
                v.weitereAnschlussinhaber(),
                v.projektId(),
                new Standort(str, nr, nr.equals("2") ? "a" : null, plz, ort),
                v.rufnummernPortierung());
    }

    private static Vorabstimmungsanfrage projekt(Vorabstimmungsanfrage v, String kenner) {
        return copy(
                v,
                v.endkunde(),
                v.weitereAnschlussinhaber(),
                new ProjektId(kenner, null),
                v.standort(),
                v.rufnummernPortierung());
    }

    private static Vorabstimmungsanfrage numbers(Vorabstimmungsanfrage v, Rufnummern numbers) {
        return copy(
                v,
                v.endkunde(),
                v.weitereAnschlussinhaber(),
                v.projektId(),
                v.standort(),
                new RufnummernPortierung(numbers, Portierungszeitfenster.ZF1, null));
    }

    private static Vorabstimmungsanfrage holder(Vorabstimmungsanfrage v, Person endkunde) {
        return copy(v, endkunde, v.weitereAnschlussinhaber(), v.projektId(), v.standort(), v.rufnummernPortierung());
    }

    private static Vorabstimmungsanfrage weitere(Vorabstimmungsanfrage v, Person weitere) {
        return copy(v, v.endkunde(), List.of(weitere), v.projektId(), v.standort(), v.rufnummernPortierung());
    }
}
