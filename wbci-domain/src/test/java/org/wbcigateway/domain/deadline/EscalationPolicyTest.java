package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;

/** Each default threshold: n-1 working days overdue stays at the lower level, n reaches the next (Bavaria). */
class EscalationPolicyTest {

    private static final WorkingDayCalendar BY = WorkingDayCalendar.of(Bundesland.BY);
    private final EscalationPolicy policy = EscalationPolicy.defaults();

    @ParameterizedTest(name = "{0} due {1}, open on {2} -> {3}")
    @CsvSource({
        // due Wed 2026-12-02; AT after it: Thu 3 =1, Fri 4 =2, Mon 7 =3, Tue 8 =4, Wed 9 =5, Thu 10 =6, Fri 11 =7
        "RUEM_VA_OR_ABBM,        2026-12-01, 2026-12-01, NONE",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-02, NONE",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-03, L1",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-07, L1",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-08, L2",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-10, L2",
        "RUEM_VA_OR_ABBM,        2026-12-02, 2026-12-11, L3",
        "NEW_VA_AFTER_STR_AEN_AUF, 2026-12-02, 2026-12-11, L3",
        "AKM_TR,                 2026-12-02, 2026-12-03, L1",
        "AKM_TR,                 2026-12-02, 2026-12-08, L1",
        "AKM_TR,                 2026-12-02, 2026-12-09, L2",
        "AKM_TR,                 2026-12-02, 2026-12-10, L2",
        "AKM_TR,                 2026-12-02, 2026-12-11, L3",
        "ERLM_OR_ABBM_TO_TV,     2026-12-02, 2026-12-03, L1",
        "ERLM_OR_ABBM_TO_TV,     2026-12-02, 2026-12-04, L2",
        "ERLM_OR_ABBM_TO_TV,     2026-12-02, 2026-12-05, L2", // Saturday: still 2 AT
        "ERLM_OR_ABBM_TO_TV,     2026-12-02, 2026-12-07, L2",
        "ERLM_OR_ABBM_TO_TV,     2026-12-02, 2026-12-08, L3",
        "ERLM_OR_ABBM_TO_STORNO, 2026-12-02, 2026-12-08, L3",
        // due Wed 2026-12-23: Thu 24 = 1 AT, Fri 25 and Sat 26 are holidays, Mon 28 = 2 AT
        "ERLM_OR_ABBM_TO_TV,     2026-12-23, 2026-12-26, L1",
        "ERLM_OR_ABBM_TO_TV,     2026-12-23, 2026-12-28, L2",
        "RUEM_VA_OR_ABBM,        2026-12-23, 2026-12-28, L1"
    })
    void levelByWorkingDaysOverdue(AwaitedAnswer awaited, LocalDate due, LocalDate today, EscalationLevel expected) {
        assertThat(policy.level(awaited, due, today, BY)).isEqualTo(expected);
    }

    @Test
    void everyAwaitedAnswerHasAKind() {
        Arrays.stream(AwaitedAnswer.values())
                .forEach(a -> assertThat(EscalationKind.of(a)).isNotNull());
    }

    @Test
    void configuredThresholdsReplaceTheDefaultsOfTheirKindOnly() {
        EscalationPolicy custom =
                new EscalationPolicy(Map.of(EscalationKind.VA_UNANSWERED, new EscalationPolicy.Thresholds(2, 3, 10)));

        assertThat(custom.level(
                        AwaitedAnswer.RUEM_VA_OR_ABBM, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3), BY))
                .isEqualTo(EscalationLevel.NONE);
        assertThat(custom.thresholds(EscalationKind.AKM_TR_MISSING))
                .isEqualTo(new EscalationPolicy.Thresholds(1, 5, 7));
        assertThatThrownBy(() -> new EscalationPolicy.Thresholds(2, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
