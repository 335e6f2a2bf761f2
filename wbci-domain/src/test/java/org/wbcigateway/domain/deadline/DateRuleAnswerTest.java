package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.rule.AbbmAnswer;
import org.wbcigateway.domain.rule.Violation;

/** Spec §7: a TV breaking a date rule is refused with 8141, a late Storno-Aufhebung with 8142, a VA with 8116. */
class DateRuleAnswerTest {

    @Test
    void tvDateRulesAnswer8141() {
        for (DateRule rule : List.of(
                DateRule.TV_ARRIVAL_TOO_LATE,
                DateRule.TV_NOT_BEFORE_AGREED,
                DateRule.TV_LEAD_TIME,
                DateRule.TV_WORKING_DAY,
                DateRule.TV_NEXT_DAY_HOLIDAY)) {
            assertThat(AbbmAnswer.forViolations(List.of(new Violation(rule, "x")))
                            .code())
                    .as(rule.id())
                    .isEqualTo(Meldungscode.TV_ABGELEHNT);
        }
    }

    @Test
    void lateStornoAufhebungAnswers8142() {
        AbbmAnswer answer =
                AbbmAnswer.forViolations(List.of(new Violation(DateRule.STR_AUFH_ARRIVAL_TOO_LATE, "2 AT")));
        assertThat(answer.code()).isEqualTo(Meldungscode.STORNO_ABGELEHNT);
        assertThat(answer.begruendung()).startsWith("STR-AUFH.arrival-too-late");
    }

    @Test
    void vaDateRulesAnswerSonst() {
        assertThat(AbbmAnswer.forViolations(List.of(new Violation(DateRule.KWT_LEAD_TIME, "3 AT")))
                        .code())
                .isEqualTo(Meldungscode.SONST);
    }
}
