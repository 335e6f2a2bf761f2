package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.message.Geschaeftsfall;

/** Spec §6, first table: one row per awaited answer, on the owing party's calendar. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(Fristen.defaults());

    @ParameterizedTest(name = "{0}: started {1}, Wechseltermin {2}, owed in {3} -> due {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // awaited,                 started,    Wechseltermin, owing party, due,      n
                // RUEM-VA or ABBM | VA received | 3 AT  (Fronleichnam, Thu 4 June 2026, is no AT in BY, one in BE)
                "RUEM_VA_OR_ABBM,          2026-06-01, -,          BY, 2026-06-05,  3",
                "RUEM_VA_OR_ABBM,          2026-06-01, -,          BE, 2026-06-04,  3",
                "RUEM_VA_OR_ABBM,          2026-06-06, -,          BY, 2026-06-10,  3", // received on a Saturday
                // AKM-TR | RUEM-VA (KUE only) | Wechseltermin - 8 AT
                "AKM_TR,                   2026-06-01, 2026-06-16, BY, 2026-06-03, -8",
                "AKM_TR,                   2026-06-01, 2026-06-16, BE, 2026-06-04, -8",
                // ERLM/ABBM to a TV | TV received | 3 AT
                "ERLM_OR_ABBM_TO_TV,       2026-06-03, -,          BY, 2026-06-09,  3",
                "ERLM_OR_ABBM_TO_TV,       2026-06-03, -,          BE, 2026-06-08,  3",
                // ERLM/ABBM to a Storno | Storno received | 3 AT  (over Christmas)
                "ERLM_OR_ABBM_TO_STORNO,   2026-12-23, -,          BY, 2026-12-29,  3",
                "ERLM_OR_ABBM_TO_STORNO,   2026-12-23, -,          BE, 2026-12-29,  3",
                // new VA after ERLM to STR-AEN | ERLM | original Wechseltermin - 7 AT
                "NEW_VA_AFTER_STR_AEN_AUF, 2026-06-01, 2026-06-16, BY, 2026-06-05, -7",
                "NEW_VA_AFTER_STR_AEN_AUF, 2026-06-01, 2026-06-16, BE, 2026-06-05, -7",
                "NEW_VA_AFTER_STR_AEN_ABG, 2026-06-01, 2026-06-22, BY, 2026-06-11, -7",
            })
    void deadlineTableRow(
            AwaitedAnswer awaited,
            LocalDate started,
            LocalDate wechseltermin,
            Bundesland owing,
            LocalDate expectedDue,
            int n) {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(owing);

        Deadline deadline = calculator.deadline(awaited, started, wechseltermin, calendar);

        assertThat(deadline.due()).isEqualTo(expectedDue);
        assertThat(calendar.isWorkingDay(deadline.due())).isTrue();
        // exactly n AT from the anchor
        LocalDate anchor = awaited.needsWechseltermin() ? wechseltermin : started;
        assertThat(calendar.workingDaysBetween(anchor, deadline.due())).isEqualTo(n);
        assertThat(awaited.workingDays(Fristen.defaults())).isEqualTo(Math.abs(n));
        // boundary: in time on the due date, overdue the day after
        assertThat(deadline.isOverdue(expectedDue)).isFalse();
        assertThat(deadline.isOverdue(expectedDue.plusDays(1))).isTrue();
        assertThat(deadline.isOverdue(started)).isFalse();
    }

    @Test
    void deadlinesCountedFromTheStartNeedNoWechseltermin() {
        WorkingDayCalendar by = WorkingDayCalendar.of(Bundesland.BY);

        assertThat(calculator
                        .deadline(AwaitedAnswer.RUEM_VA_OR_ABBM, LocalDate.of(2026, 6, 1), by)
                        .due())
                .isEqualTo(LocalDate.of(2026, 6, 5));
        assertThatThrownBy(() -> calculator.deadline(AwaitedAnswer.AKM_TR, LocalDate.of(2026, 6, 1), by))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.deadline(AwaitedAnswer.AKM_TR, LocalDate.of(2026, 6, 1), null, by))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Wechseltermin");
    }

    @Test
    void newVaAfterStrAenAbgComesAtTheEarliestFiveWorkingDaysAfterTheErlm() {
        WorkingDayCalendar by = WorkingDayCalendar.of(Bundesland.BY);

        Deadline window = calculator.deadline(
                AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 22), by);

        assertThat(window.notBefore()).isEqualTo(LocalDate.of(2026, 6, 9)); // 5 AT, Fronleichnam skipped
        assertThat(window.isTooEarly(LocalDate.of(2026, 6, 8))).isTrue(); // 4 AT after the ERLM
        assertThat(window.isTooEarly(LocalDate.of(2026, 6, 9))).isFalse(); // exactly 5 AT
        assertThat(window.due()).isEqualTo(LocalDate.of(2026, 6, 11));
    }

    @Test
    void afterStrAenAufTheNewVaMayComeAtOnce() {
        Deadline window = calculator.deadline(
                AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 22),
                WorkingDayCalendar.of(Bundesland.BY));

        assertThat(window.notBefore()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(window.isTooEarly(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void aDeadlineCountedBackFromTheWechselterminIsNeverDueBeforeItStarted() {
        WorkingDayCalendar by = WorkingDayCalendar.of(Bundesland.BY);

        // RUEM-VA received on Monday 8 June with Wechseltermin 16 June: 16 June - 8 AT (3 June) has passed
        Deadline akmTr =
                calculator.deadline(AwaitedAnswer.AKM_TR, LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 16), by);
        assertThat(akmTr.due()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(akmTr.isOverdue(LocalDate.of(2026, 6, 8))).isFalse();

        // received on a Saturday: due the next working day
        Deadline fromSaturday =
                calculator.deadline(AwaitedAnswer.AKM_TR, LocalDate.of(2026, 6, 13), LocalDate.of(2026, 6, 16), by);
        assertThat(fromSaturday.due()).isEqualTo(LocalDate.of(2026, 6, 15));

        // new VA after STR-AEN-ABG: the window opens 5 AT after the ERLM even if that is after "Wechseltermin - 7 AT"
        Deadline newVa = calculator.deadline(
                AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16), by);
        assertThat(newVa.notBefore()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(newVa.due()).isEqualTo(LocalDate.of(2026, 6, 9));
    }

    @Test
    void anotherConfigurationChangesTheDeadline() {
        DeadlineCalculator custom = new DeadlineCalculator(
                Fristen.defaults().toBuilder().ruemVaOrAbbmAfterVa(5).build());

        assertThat(custom.deadline(
                                AwaitedAnswer.RUEM_VA_OR_ABBM,
                                LocalDate.of(2026, 6, 1),
                                WorkingDayCalendar.of(Bundesland.BY))
                        .due())
                .isEqualTo(LocalDate.of(2026, 6, 9));
    }

    @Test
    void akmTrIsAwaitedInKueCasesOnly() {
        assertThat(AwaitedAnswer.AKM_TR.appliesTo(Geschaeftsfall.VA_KUE_MRN)).isTrue();
        assertThat(AwaitedAnswer.AKM_TR.appliesTo(Geschaeftsfall.VA_KUE_ORN)).isTrue();
        assertThat(AwaitedAnswer.AKM_TR.appliesTo(Geschaeftsfall.VA_RRNP)).isFalse();
        assertThat(AwaitedAnswer.RUEM_VA_OR_ABBM.appliesTo(Geschaeftsfall.VA_RRNP))
                .isTrue();
    }
}
