package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.rule.Rule;

/**
 * Spec §6 across two Länder: each deadline on the owing party's calendar, each date rule on the judging party's
 * (ADR 0002). Holidays used, 2027: Heilige Drei Könige Wed 6 Jan (BY, not BE), Internationaler Frauentag Mon 8 March
 * (BE, not BY), Fronleichnam Thu 27 May (BY, not BE).
 */
class PartyCalendarsTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(Fristen.defaults());

    private static PartyCalendars calendars(Bundesland own, Rolle ownRole, Bundesland partner) {
        return new PartyCalendars(ownRole, WorkingDayCalendar.of(own), WorkingDayCalendar.of(partner));
    }

    @ParameterizedTest(name = "{0} owed by {1}, we {2} in {3}, partner in {4}: due {6} on the calendar of {7}")
    @CsvSource(
            nullValues = "-",
            value = {
                // awaited,                owed by, our role, we, partner, started,   Wechseltermin, due,      owing
                // Land
                // RUEM-VA/ABBM to our VA: the partner owes it (BY: 8 March counts); to its VA: we owe it (BE: it does
                // not)
                "RUEM_VA_OR_ABBM,          EKP_ABG, EKP_AUF, BE, BY, 2027-03-04, -,          2027-03-09, BY",
                "RUEM_VA_OR_ABBM,          EKP_ABG, EKP_ABG, BE, BY, 2027-03-04, -,          2027-03-10, BE",
                "RUEM_VA_OR_ABBM,          EKP_ABG, EKP_AUF, BY, BE, 2027-03-04, -,          2027-03-10, BE",
                "RUEM_VA_OR_ABBM,          EKP_ABG, EKP_ABG, BY, BE, 2027-03-04, -,          2027-03-09, BY",
                // ERLM/ABBM to a TV (owed by the EKPabg) over 6 January
                "ERLM_OR_ABBM_TO_TV,       EKP_ABG, EKP_AUF, BE, BY, 2027-01-05, -,          2027-01-11, BY",
                "ERLM_OR_ABBM_TO_TV,       EKP_ABG, EKP_ABG, BE, BY, 2027-01-05, -,          2027-01-08, BE",
                // ERLM/ABBM to a Storno of the EKPabg (owed by the EKPauf) over Fronleichnam
                "ERLM_OR_ABBM_TO_STORNO,   EKP_AUF, EKP_ABG, BE, BY, 2027-05-26, -,          2027-06-01, BY",
                "ERLM_OR_ABBM_TO_STORNO,   EKP_AUF, EKP_AUF, BE, BY, 2027-05-26, -,          2027-05-31, BE",
                // AKM-TR (owed by the EKPauf): Wechseltermin - 8 AT
                "AKM_TR,                   EKP_AUF, EKP_ABG, BE, BY, 2027-05-20, 2027-06-08, 2027-05-26, BY",
                "AKM_TR,                   EKP_AUF, EKP_AUF, BE, BY, 2027-05-20, 2027-06-08, 2027-05-27, BE",
                // new VA after the ERLM to a STR-AEN (owed by the EKPauf): original Wechseltermin - 7 AT
                "NEW_VA_AFTER_STR_AEN_AUF, EKP_AUF, EKP_ABG, BE, BY, 2026-12-28, 2027-01-15, 2027-01-05, BY",
                "NEW_VA_AFTER_STR_AEN_AUF, EKP_AUF, EKP_AUF, BE, BY, 2026-12-28, 2027-01-15, 2027-01-06, BE",
            })
    void aDeadlineIsCountedOnTheOwingPartysCalendar(
            AwaitedAnswer awaited,
            Rolle owedBy,
            Rolle ownRole,
            Bundesland own,
            Bundesland partner,
            LocalDate started,
            LocalDate wechseltermin,
            LocalDate due,
            Bundesland owingLand) {
        PartyCalendars calendars = calendars(own, ownRole, partner);
        OpenItem item = new OpenItem(awaited, owedBy);

        assertThat(calendars.owing(item).bundesland()).isEqualTo(owingLand);
        assertThat(calculator.deadline(item, started, wechseltermin, calendars).due())
                .isEqualTo(due);
        // the other party's calendar would give another date: the row really tests the choice
        WorkingDayCalendar other = WorkingDayCalendar.of(owingLand == own ? partner : own);
        assertThat(calculator.deadline(awaited, started, wechseltermin, other).due())
                .isNotEqualTo(due);
    }

    @ParameterizedTest(name = "TV answer owed by {0}, we {1}: due 2027-03-05, on 2027-03-09 {2} AT overdue, {3}")
    @CsvSource({
        // owed by the partner in BY: 8 and 9 March count; owed by us in BE: only 9 March
        "EKP_ABG, EKP_AUF, 2, L2",
        "EKP_ABG, EKP_ABG, 1, L1",
    })
    void escalationCountsTheOwingPartysWorkingDays(Rolle owedBy, Rolle ownRole, int overdue, EscalationLevel level) {
        PartyCalendars calendars = calendars(Bundesland.BE, ownRole, Bundesland.BY);
        OpenItem item = new OpenItem(AwaitedAnswer.ERLM_OR_ABBM_TO_TV, owedBy);
        LocalDate due = LocalDate.of(2027, 3, 5);
        LocalDate today = LocalDate.of(2027, 3, 9);

        assertThat(EscalationPolicy.workingDaysOverdue(item, due, today, calendars))
                .isEqualTo(overdue);
        assertThat(EscalationPolicy.defaults().level(item, due, today, calendars))
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "today {0}, we in {1}, partner in {2}, KWT {3}: sent {4}, received {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // today,  we, partner, KWT,       broken when we send it, broken when we receive it
                // a partner's holiday: refused when we send (its gateway would refuse it), fine when we receive
                "2027-05-03, BE, BY, 2027-05-27, KWT_WORKING_DAY,         -",
                "2027-05-03, BE, BY, 2027-05-26, KWT_NEXT_DAY_HOLIDAY,    -",
                "2027-02-15, BY, BE, 2027-03-08, KWT_WORKING_DAY,         -",
                // our own holiday: refused both ways (a switch date must be a working day of both)
                "2027-05-03, BY, BE, 2027-05-27, KWT_WORKING_DAY,         KWT_WORKING_DAY",
                // lead time counted on the judging party's calendar: 7 AT from Fri 26 Feb are 9 March in BY, 10 March
                // in BE
                "2027-02-26, BY, BE, 2027-03-09, KWT_LEAD_TIME,           -",
                "2027-02-26, BE, BY, 2027-03-09, -,                       KWT_LEAD_TIME",
                "2027-02-26, BE, BY, 2027-03-10, -,                       -",
            })
    void aDateRuleIsJudgedOnTheReceiversCalendar(
            LocalDate today,
            Bundesland own,
            Bundesland partner,
            LocalDate kwt,
            DateRule brokenWhenSent,
            DateRule brokenWhenReceived) {
        Clock clock =
                Clock.fixed(today.atTime(10, 0).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE);
        PartyCalendars calendars = calendars(own, Rolle.EKP_AUF, partner);

        List<Rule> sent = calendars
                .outgoing(Fristen.defaults(), clock)
                .checkKundenwunschtermin(Geschaeftsfall.VA_KUE_MRN, kwt)
                .brokenRules();
        List<Rule> received = calendars
                .incoming(Fristen.defaults(), clock)
                .checkKundenwunschtermin(Geschaeftsfall.VA_KUE_MRN, kwt)
                .brokenRules();

        assertThat(sent).isEqualTo(brokenWhenSent == null ? List.of() : List.of(brokenWhenSent));
        assertThat(received).isEqualTo(brokenWhenReceived == null ? List.of() : List.of(brokenWhenReceived));
    }

    @ParameterizedTest(name = "today {0}, we in {1}, partner in {2}: earliest KWT to send {3}")
    @CsvSource({
        // 7 AT on the partner's calendar, then past both parties' holidays
        // 7 AT in BY from Fri 14 May (17 Pfingstmontag): 26 May, followed by Fronleichnam; 27 is Fronleichnam
        "2027-05-14, BE, BY, 2027-05-28",
        "2027-02-26, BE, BY, 2027-03-09",
        "2027-02-26, BY, BE, 2027-03-10",
    })
    void theEarliestDateToSendSuitsBothParties(
            LocalDate today, Bundesland own, Bundesland partner, LocalDate earliest) {
        Clock clock =
                Clock.fixed(today.atTime(10, 0).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE);
        Terminpruefung outgoing = calendars(own, Rolle.EKP_AUF, partner).outgoing(Fristen.defaults(), clock);

        assertThat(outgoing.earliestKundenwunschtermin(Geschaeftsfall.VA_KUE_MRN))
                .isEqualTo(earliest);
        assertThat(outgoing.checkKundenwunschtermin(Geschaeftsfall.VA_KUE_MRN, earliest)
                        .isAcceptable())
                .isTrue();
        assertThat(outgoing.checkKundenwunschtermin(Geschaeftsfall.VA_KUE_MRN, earliest.minusDays(1))
                        .isAcceptable())
                .isFalse();
    }
}
