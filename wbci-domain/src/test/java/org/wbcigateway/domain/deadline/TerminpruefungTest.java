package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.domain.message.Geschaeftsfall.VA_KUE_MRN;
import static org.wbcigateway.domain.message.Geschaeftsfall.VA_KUE_ORN;
import static org.wbcigateway.domain.message.Geschaeftsfall.VA_RRNP;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.rule.Rule;

/**
 * Spec §6, second table (date rules), one test per row and Geschaeftsfall column, with the boundary: exactly n AT
 * ahead is accepted, n - 1 is rejected with the named rule.
 *
 * <p>Unless a test says otherwise: Bayern, today = Monday 1 June 2026. Working days from there: 2 June = 1 AT,
 * 3 June = 2, (Thu 4 June Fronleichnam), 5 June = 3, 8 June = 4, 9 June = 5, 10 June = 6, 11 June = 7, 12 June = 8,
 * 15 June = 9, 16 June = 10, 22 June = 14.
 */
class TerminpruefungTest {

    private static final LocalDate MONDAY_1_JUNE_2026 = LocalDate.of(2026, 6, 1);

    static Terminpruefung on(LocalDate today, Bundesland land) {
        Clock clock =
                Clock.fixed(today.atTime(10, 0).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE);
        return new Terminpruefung(Fristen.defaults(), WorkingDayCalendar.of(land), clock);
    }

    private final Terminpruefung pruefung = on(MONDAY_1_JUNE_2026, Bundesland.BY);

    private static List<Rule> rules(DateCheck check) {
        return check.brokenRules();
    }

    @Nested
    class KundenwunschterminInAVa {

        @ParameterizedTest(name = "{0} KWT {1}: broken {2}")
        @CsvSource(
                nullValues = "-",
                value = {
                    // KUE: >= 7 AT ahead
                    "VA_KUE_MRN, 2026-06-11, -", // exactly 7 AT
                    "VA_KUE_ORN, 2026-06-11, -",
                    "VA_KUE_MRN, 2026-06-10, KWT.lead-time", // 6 AT
                    "VA_KUE_ORN, 2026-06-10, KWT.lead-time",
                    "VA_KUE_MRN, 2026-06-01, KWT.lead-time", // today
                    "VA_KUE_MRN, 2026-05-29, KWT.lead-time", // in the past
                    // RRNP: >= 1 AT ahead
                    "VA_RRNP,    2026-06-02, -", // exactly 1 AT
                    "VA_RRNP,    2026-06-01, KWT.lead-time", // 0 AT: today
                })
        void leadTime(Geschaeftsfall fall, LocalDate kwt, String brokenRule) {
            DateCheck check = pruefung.checkKundenwunschtermin(fall, kwt);

            if (brokenRule == null) {
                assertThat(check.isAcceptable()).isTrue();
                assertThat(check.violations()).isEmpty();
            } else {
                assertThat(check.isAcceptable()).isFalse();
                assertThat(check.violations()).extracting(v -> v.rule().id()).containsExactly(brokenRule);
            }
        }

        @ParameterizedTest(name = "KUE KWT {0}: warning {1}")
        @CsvSource({
            "2026-06-11, true", //  7 AT: accepted with a warning
            "2026-06-15, true", //  9 AT
            "2026-06-16, false", // 10 AT: no warning
        })
        void kueWarnsBelowTenWorkingDays(LocalDate kwt, boolean warned) {
            DateCheck check = pruefung.checkKundenwunschtermin(VA_KUE_MRN, kwt);

            assertThat(check.isAcceptable()).isTrue();
            if (warned) {
                assertThat(check.warnedRules()).containsExactly(DateRule.KWT_LEAD_TIME_RECOMMENDED);
                assertThat(check.warnings().get(0).detail()).contains("10 AT");
            } else {
                assertThat(check.warnings()).isEmpty();
            }
        }

        @Test
        void rrnpHasNoWarning() {
            assertThat(pruefung.checkKundenwunschtermin(VA_RRNP, LocalDate.of(2026, 6, 2))
                            .warnings())
                    .isEmpty();
        }

        @Test
        void aRejectedKwtIsNotAlsoWarnedAbout() {
            DateCheck check = pruefung.checkKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 10));

            assertThat(check.brokenRules()).containsExactly(DateRule.KWT_LEAD_TIME);
            assertThat(check.warnings()).isEmpty();
            assertThat(check.violations().get(0).detail())
                    .isEqualTo(
                            "2026-06-10 is only 6 AT ahead of 2026-06-01; at least 7 AT ahead required (from 2026-06-11)");
        }

        @ParameterizedTest(name = "{0} KWT {1}: broken {2}")
        @CsvSource(
                nullValues = "-",
                value = {
                    "VA_KUE_MRN, 2026-06-13, KWT.working-day", // Saturday
                    "VA_RRNP,    2026-06-13, KWT.working-day",
                    "VA_KUE_MRN, 2026-10-02, KWT.next-day-holiday", // Friday; Saturday 3 October is a holiday
                    "VA_RRNP,    2026-10-02, -", // RRNP: the next day does not matter
                    "VA_KUE_ORN, 2026-12-24, KWT.next-day-holiday", // 24 December is a working day, 25 is not
                    "VA_RRNP,    2026-12-24, -",
                    "VA_KUE_MRN, 2026-12-25, KWT.working-day", // 1. Weihnachtstag; the 26th is a holiday, too
                    "VA_KUE_MRN, 2026-10-30, -", // Friday before Reformationstag: no holiday in BY
                })
        void workingDayAndNextDay(Geschaeftsfall fall, LocalDate kwt, String brokenRule) {
            DateCheck check = pruefung.checkKundenwunschtermin(fall, kwt);

            if (brokenRule == null) {
                assertThat(check.violations()).isEmpty();
            } else if (kwt.equals(LocalDate.of(2026, 12, 25))) {
                assertThat(check.violations())
                        .extracting(v -> v.rule().id())
                        .containsExactly(brokenRule, "KWT.next-day-holiday");
            } else {
                assertThat(check.violations()).extracting(v -> v.rule().id()).containsExactly(brokenRule);
            }
        }

        @Test
        void dayBeforeFronleichnamAtExactlySevenWorkingDays() {
            // Friday 22 May 2026: 7 AT ahead is Wednesday 3 June (Pfingstmontag skipped), the day before Fronleichnam
            Terminpruefung bayern = on(LocalDate.of(2026, 5, 22), Bundesland.BY);
            Terminpruefung berlin = on(LocalDate.of(2026, 5, 22), Bundesland.BE);
            LocalDate wednesday3June = LocalDate.of(2026, 6, 3);

            DateCheck check = bayern.checkKundenwunschtermin(VA_KUE_MRN, wednesday3June);
            assertThat(check.brokenRules()).containsExactly(DateRule.KWT_NEXT_DAY_HOLIDAY);
            assertThat(check.violations().get(0).detail())
                    .contains("2026-06-04")
                    .contains("Fronleichnam");
            assertThat(bayern.checkKundenwunschtermin(VA_RRNP, wednesday3June).isAcceptable())
                    .isTrue();
            assertThat(bayern.checkKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 4))
                            .brokenRules())
                    .containsExactly(DateRule.KWT_WORKING_DAY);
            // in Berlin Fronleichnam is a working day
            assertThat(berlin.checkKundenwunschtermin(VA_KUE_MRN, wednesday3June)
                            .isAcceptable())
                    .isTrue();

            assertThat(bayern.earliestKundenwunschtermin(VA_KUE_MRN)).isEqualTo(LocalDate.of(2026, 6, 5));
            assertThat(bayern.earliestKundenwunschtermin(VA_RRNP)).isEqualTo(LocalDate.of(2026, 5, 26));
            assertThat(berlin.earliestKundenwunschtermin(VA_KUE_MRN)).isEqualTo(wednesday3June);
        }

        @Test
        void earliest() {
            assertThat(pruefung.earliestKundenwunschtermin(VA_KUE_MRN)).isEqualTo(LocalDate.of(2026, 6, 11));
            assertThat(pruefung.earliestKundenwunschtermin(VA_KUE_ORN)).isEqualTo(LocalDate.of(2026, 6, 11));
            assertThat(pruefung.earliestKundenwunschtermin(VA_RRNP)).isEqualTo(LocalDate.of(2026, 6, 2));
        }
    }

    @Nested
    class WechselterminInARuemVa {

        @ParameterizedTest(name = "{0} Wechseltermin {1}: broken {2}")
        @CsvSource(
                nullValues = "-",
                value = {
                    // KUE: >= 5 AT ahead, working day, next day not a holiday
                    "VA_KUE_MRN, 2026-06-09, -", // exactly 5 AT
                    "VA_KUE_ORN, 2026-06-09, -",
                    "VA_KUE_MRN, 2026-06-08, WT.lead-time", // 4 AT
                    "VA_KUE_ORN, 2026-06-08, WT.lead-time",
                    "VA_KUE_MRN, 2026-06-13, WT.working-day", // Saturday
                    "VA_KUE_MRN, 2026-10-02, WT.next-day-holiday", // Saturday 3 October
                    // RRNP: >= 1 AT ahead, working day
                    "VA_RRNP,    2026-06-02, -", // exactly 1 AT
                    "VA_RRNP,    2026-06-01, WT.lead-time", // 0 AT
                    "VA_RRNP,    2026-06-04, WT.working-day", // Fronleichnam
                    "VA_RRNP,    2026-06-03, -", // the day before a holiday is fine for RRNP
                })
        void row(Geschaeftsfall fall, LocalDate wechseltermin, String brokenRule) {
            DateCheck check = pruefung.checkWechseltermin(fall, wechseltermin);

            if (brokenRule == null) {
                assertThat(check.isAcceptable()).isTrue();
            } else {
                assertThat(check.violations()).extracting(v -> v.rule().id()).containsExactly(brokenRule);
            }
            assertThat(check.warnings()).isEmpty();
        }

        @Test
        void earliest() {
            assertThat(pruefung.earliestWechseltermin(VA_KUE_MRN)).isEqualTo(LocalDate.of(2026, 6, 9));
            assertThat(pruefung.earliestWechseltermin(VA_RRNP)).isEqualTo(LocalDate.of(2026, 6, 2));
            // Friday 22 May: 5 AT = Monday 1 June; KUE fine, as 2 June is no holiday
            assertThat(on(LocalDate.of(2026, 5, 22), Bundesland.BY).earliestWechseltermin(VA_KUE_ORN))
                    .isEqualTo(LocalDate.of(2026, 6, 1));
        }
    }

    @Nested
    class NeuerKundenwunschterminInATv {

        @ParameterizedTest(name = "{0} new date {1}, agreed {2}: broken {3}")
        @CsvSource(
                nullValues = "-",
                value = {
                    // KUE: >= 5 AT ahead; never earlier than the agreed Wechseltermin
                    "VA_KUE_MRN, 2026-06-09, 2026-06-09, -", // exactly 5 AT, = agreed
                    "VA_KUE_ORN, 2026-06-09, 2026-06-09, -",
                    "VA_KUE_MRN, 2026-06-08, 2026-06-05, TV.lead-time", // 4 AT
                    "VA_KUE_MRN, 2026-06-16, 2026-06-22, TV.not-before-agreed", // earlier than agreed
                    "VA_KUE_MRN, 2026-06-08, 2026-06-22, TV.lead-time TV.not-before-agreed",
                    "VA_KUE_MRN, 2026-06-13, 2026-06-09, TV.working-day", // Saturday
                    "VA_KUE_MRN, 2026-10-02, 2026-06-22, TV.next-day-holiday", // before 3 October
                    // RRNP: >= 1 AT ahead; not before the agreed date either (project decision)
                    "VA_RRNP,    2026-06-02, 2026-06-02, -", // exactly 1 AT
                    "VA_RRNP,    2026-06-01, 2026-06-01, TV.lead-time", // 0 AT
                    "VA_RRNP,    2026-06-02, 2026-06-03, TV.not-before-agreed",
                    "VA_RRNP,    2026-10-02, 2026-06-22, -",
                })
        void row(Geschaeftsfall fall, LocalDate newDate, LocalDate agreed, String brokenRules) {
            DateCheck check = pruefung.checkNeuerKundenwunschtermin(fall, newDate, agreed);

            if (brokenRules == null) {
                assertThat(check.isAcceptable()).isTrue();
            } else {
                assertThat(check.violations()).extracting(v -> v.rule().id()).containsExactly(brokenRules.split(" "));
            }
        }

        @Test
        void earliestRespectsLeadTimeAndTheAgreedDate() {
            assertThat(pruefung.earliestNeuerKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 2)))
                    .isEqualTo(LocalDate.of(2026, 6, 9)); // the lead time decides
            assertThat(pruefung.earliestNeuerKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 22)))
                    .isEqualTo(LocalDate.of(2026, 6, 22)); // the agreed date decides
            assertThat(pruefung.earliestNeuerKundenwunschtermin(VA_RRNP, LocalDate.of(2026, 6, 1)))
                    .isEqualTo(LocalDate.of(2026, 6, 2));
            // agreed date before Saturday 3 October: KUE moves to the next working day with a harmless next day
            assertThat(pruefung.earliestNeuerKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 10, 2)))
                    .isEqualTo(LocalDate.of(2026, 10, 5));
        }

        @Test
        void interopCase14_2_02_tvTenWorkingDaysAheadBeforeTheAgreedDateIsRefused() {
            LocalDate agreed = pruefung.calendar().plusWorkingDays(MONDAY_1_JUNE_2026, 14);
            LocalDate tenAhead = pruefung.calendar().plusWorkingDays(MONDAY_1_JUNE_2026, 10);

            assertThat(rules(pruefung.checkNeuerKundenwunschtermin(VA_KUE_MRN, tenAhead, agreed)))
                    .containsExactly(DateRule.TV_NOT_BEFORE_AGREED);
        }

        @Test
        void interopCase14_1_01_tvTwentyOneWorkingDaysAheadIsAccepted() {
            LocalDate agreed = pruefung.calendar().plusWorkingDays(MONDAY_1_JUNE_2026, 14);
            LocalDate twentyOneAhead = pruefung.calendar().plusWorkingDays(MONDAY_1_JUNE_2026, 21);

            assertThat(pruefung.checkNeuerKundenwunschtermin(VA_KUE_MRN, twentyOneAhead, agreed)
                            .isAcceptable())
                    .isTrue();
        }
    }

    @Nested
    class ArrivalOfChangeRequests {

        @ParameterizedTest(name = "received {0}, Wechseltermin {1}: accepted {2}")
        @CsvSource({
            "2026-06-01, 2026-06-05, true", // exactly 3 AT before (2 June, 3 June, 5 June)
            "2026-06-01, 2026-06-03, false", // 2 AT
            "2026-06-01, 2026-06-01, false", // on the Wechseltermin
            "2026-06-06, 2026-06-10, true", // received Saturday: Mon, Tue, Wed = 3 AT
            "2026-06-08, 2026-06-10, false", // received Monday: 2 AT
        })
        void tvArrival(LocalDate receivedOn, LocalDate wechseltermin, boolean accepted) {
            DateCheck check = pruefung.checkTvArrival(receivedOn, wechseltermin);

            assertThat(check.isAcceptable()).isEqualTo(accepted);
            if (!accepted) {
                assertThat(check.brokenRules()).containsExactly(DateRule.TV_ARRIVAL_TOO_LATE);
            }
        }

        @ParameterizedTest(name = "received {0}, Wechseltermin {1}: accepted {2}")
        @CsvSource({
            "2026-06-01, 2026-06-05, true",
            "2026-06-01, 2026-06-03, false",
            "2026-06-06, 2026-06-10, true",
            "2026-06-08, 2026-06-10, false",
        })
        void stornoAufhebungArrival(LocalDate receivedOn, LocalDate wechseltermin, boolean accepted) {
            DateCheck check = pruefung.checkStornoAufhebungArrival(receivedOn, wechseltermin);

            assertThat(check.isAcceptable()).isEqualTo(accepted);
            if (!accepted) {
                assertThat(check.brokenRules()).containsExactly(DateRule.STR_AUFH_ARRIVAL_TOO_LATE);
                assertThat(check.violations().get(0).detail()).contains("Storno-Aufhebung");
            }
        }

        @Test
        void arrivingNowUsesTheClock() {
            assertThat(pruefung.checkTvArrival(LocalDate.of(2026, 6, 5)).isAcceptable())
                    .isTrue();
            assertThat(pruefung.checkTvArrival(LocalDate.of(2026, 6, 3)).brokenRules())
                    .containsExactly(DateRule.TV_ARRIVAL_TOO_LATE);
            assertThat(pruefung.checkStornoAufhebungArrival(LocalDate.of(2026, 6, 5))
                            .isAcceptable())
                    .isTrue();
            assertThat(pruefung.checkStornoAufhebungArrival(LocalDate.of(2026, 6, 3))
                            .brokenRules())
                    .containsExactly(DateRule.STR_AUFH_ARRIVAL_TOO_LATE);
        }

        @ParameterizedTest(name = "Wechseltermin {0}: last day of arrival {1}")
        @CsvSource({
            "2026-06-05, 2026-06-01", // Friday: Mon 1 June is the last day (Fronleichnam)
            "2026-06-10, 2026-06-07", // Wednesday: the Sunday before (Mon, Tue, Wed)
            "2026-06-12, 2026-06-09",
        })
        void latestArrival(LocalDate wechseltermin, LocalDate latest) {
            assertThat(pruefung.latestTvArrival(wechseltermin)).isEqualTo(latest);
            assertThat(pruefung.latestStornoAufhebungArrival(wechseltermin)).isEqualTo(latest);
            assertThat(pruefung.checkTvArrival(latest, wechseltermin).isAcceptable())
                    .isTrue();
            assertThat(pruefung.checkTvArrival(latest.plusDays(1), wechseltermin)
                            .isAcceptable())
                    .isFalse();
        }

        @Test
        void interopCase7_2_02_stornoAufhebungTwoWorkingDaysBeforeTheWechselterminIsRefused() {
            LocalDate wechseltermin = pruefung.calendar().plusWorkingDays(MONDAY_1_JUNE_2026, 2);

            assertThat(pruefung.checkStornoAufhebungArrival(wechseltermin).brokenRules())
                    .containsExactly(DateRule.STR_AUFH_ARRIVAL_TOO_LATE);
        }

        @Test
        void newVaAfterStrAenAbgTooEarlyAndAfterStrAenTooLate() {
            var calculator = new DeadlineCalculator(Fristen.defaults());
            var by = WorkingDayCalendar.of(Bundesland.BY);
            Deadline abg = calculator.deadline(
                    AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG,
                    LocalDate.of(2026, 5, 29),
                    LocalDate.of(2026, 6, 22),
                    by); // window 8 June (5 AT after the ERLM) .. 11 June

            assertThat(pruefung.checkNewVaArrival(abg).brokenRules())
                    .containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_EARLY); // today, 1 June, is 1 AT after the ERLM
            assertThat(pruefung.checkNewVaArrival(LocalDate.of(2026, 6, 5), abg).brokenRules())
                    .containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_EARLY); // 4 AT (Fronleichnam)
            assertThat(pruefung.checkNewVaArrival(LocalDate.of(2026, 6, 8), abg).isAcceptable())
                    .isTrue(); // 5 AT
            assertThat(pruefung.checkNewVaArrival(LocalDate.of(2026, 6, 11), abg)
                            .isAcceptable())
                    .isTrue();
            assertThat(pruefung.checkNewVaArrival(LocalDate.of(2026, 6, 12), abg)
                            .brokenRules())
                    .containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_LATE);

            Deadline auf = calculator.deadline(
                    AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF, LocalDate.of(2026, 5, 29), LocalDate.of(2026, 6, 22), by);
            assertThat(pruefung.checkNewVaArrival(auf).isAcceptable()).isTrue();
        }
    }

    @Nested
    class InteropCatalogueStandardKwt {

        /** §4.2: the first day at least 14 AT after today that is a working day and whose next day is no holiday. */
        private final DateRequirement standardKwt = DateRequirement.atLeast(14, true);

        @ParameterizedTest(name = "today {0}: standard KWT {1}")
        @CsvSource({
            "2026-06-01, 2026-06-22", // 14 AT ahead, a Monday
            "2026-05-22, 2026-06-15",
            "2026-12-04, 2026-12-28", // 14 AT ahead is 24 December, whose next day is a holiday
        })
        void standardKwt(LocalDate today, LocalDate expected) {
            Terminpruefung pruefungOnDay = on(today, Bundesland.BY);

            LocalDate kwt = pruefungOnDay.earliestDate(standardKwt);

            assertThat(kwt).isEqualTo(expected);
            for (Geschaeftsfall fall : List.of(VA_KUE_MRN, VA_KUE_ORN, VA_RRNP)) {
                DateCheck check = pruefungOnDay.checkKundenwunschtermin(fall, kwt);
                assertThat(check.isAcceptable()).isTrue();
                assertThat(check.warnings()).isEmpty();
            }
        }

        @Test
        void derivedFromTheSpecRequirement() {
            DateRequirement kue = pruefung.requirement(DateKind.KUNDENWUNSCHTERMIN, VA_KUE_MRN);

            assertThat(kue).isEqualTo(new DateRequirement(7, 10, true));
            assertThat(kue.withMinWorkingDaysAhead(14)).isEqualTo(standardKwt);
        }
    }

    @Test
    void todayIsTheDateInGermanyWhateverTheClocksZone() {
        // 22:30 UTC on 31 May is 00:30 on 1 June in Berlin (summer time)
        Clock utc = Clock.fixed(Instant.parse("2026-05-31T22:30:00Z"), ZoneOffset.UTC);
        Terminpruefung atMidnight = new Terminpruefung(Fristen.defaults(), WorkingDayCalendar.of(Bundesland.BY), utc);

        assertThat(atMidnight.today()).isEqualTo(MONDAY_1_JUNE_2026);
    }

    @Test
    void anotherConfigurationChangesTheRules() {
        Clock clock = Clock.fixed(
                MONDAY_1_JUNE_2026.atTime(10, 0).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE);
        Terminpruefung stricter = new Terminpruefung(
                Fristen.defaults().toBuilder().kundenwunschterminLeadTimeKue(8).build(),
                WorkingDayCalendar.of(Bundesland.BY),
                clock);

        assertThat(stricter.checkKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 11))
                        .brokenRules())
                .containsExactly(DateRule.KWT_LEAD_TIME);
        assertThat(stricter.checkKundenwunschtermin(VA_KUE_MRN, LocalDate.of(2026, 6, 12))
                        .isAcceptable())
                .isTrue();
    }

    @Test
    void rulesHaveStableIdsAndDescriptions() {
        assertThat(DateRule.values())
                .extracting(DateRule::id)
                .doesNotHaveDuplicates()
                .contains(
                        "KWT.lead-time",
                        "KWT.working-day",
                        "KWT.next-day-holiday",
                        "TV.not-before-agreed",
                        "TV.arrival-too-late",
                        "STR-AUFH.arrival-too-late");
        assertThat(DateRule.values())
                .allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
        assertThat(DateRule.values())
                .filteredOn(DateRule::isWarningOnly)
                .containsExactly(DateRule.KWT_LEAD_TIME_RECOMMENDED);
    }
}
