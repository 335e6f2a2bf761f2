package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Direction;

/**
 * ADR 0002 through the engine: a VA we receive is judged on our calendar; one we send with the partner's lead times
 * and on both parties' working days. Fronleichnam (2027-05-27) is a holiday in Bayern, not in Berlin.
 */
class DateRulesTest {

    static Stream<Arguments> cases() {
        LocalDate fronleichnam = LocalDate.of(2027, 5, 27);
        LocalDate dayAfter = LocalDate.of(2027, 5, 28);
        LocalDate early = LocalDate.of(2027, 5, 3);
        LocalDate late = LocalDate.of(2027, 5, 19); // 2027-05-28 is 7 AT ahead in Berlin, 6 in Bayern
        return Stream.of(
                Arguments.of(Direction.INCOMING, Bundesland.BY, Bundesland.BE, early, fronleichnam, "KWT.working-day"),
                Arguments.of(Direction.INCOMING, Bundesland.BE, Bundesland.BY, early, fronleichnam, ""),
                Arguments.of(Direction.OUTGOING, Bundesland.BE, Bundesland.BY, early, fronleichnam, "KWT.working-day"),
                Arguments.of(Direction.OUTGOING, Bundesland.BY, Bundesland.BE, early, fronleichnam, "KWT.working-day"),
                Arguments.of(Direction.OUTGOING, Bundesland.BE, Bundesland.BE, early, fronleichnam, ""),
                Arguments.of(Direction.INCOMING, Bundesland.BY, Bundesland.BE, late, dayAfter, "KWT.lead-time"),
                Arguments.of(Direction.INCOMING, Bundesland.BE, Bundesland.BY, late, dayAfter, ""),
                Arguments.of(Direction.OUTGOING, Bundesland.BE, Bundesland.BY, late, dayAfter, "KWT.lead-time"),
                Arguments.of(Direction.OUTGOING, Bundesland.BY, Bundesland.BE, late, dayAfter, ""));
    }

    @ParameterizedTest(name = "{0}, we in {1}, partner in {2}: KWT {4} on {3} breaks [{5}]")
    @MethodSource("cases")
    void theReceiverJudgesOnItsCalendar(
            Direction direction, Bundesland own, Bundesland partner, LocalDate today, LocalDate kwt, String broken) {
        Rolle ownRole = direction == Direction.INCOMING ? Rolle.EKP_ABG : Rolle.EKP_AUF;
        Context context = Context.of(
                today,
                new PartyCalendars(ownRole, WorkingDayCalendar.of(own), WorkingDayCalendar.of(partner)),
                Fristen.defaults());
        Vorabstimmungsanfrage va = withKwt(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), kwt);
        Outcome outcome = direction == Direction.INCOMING
                ? Vorabstimmung.receiveUnknown(va, ownRole, context)
                : Vorabstimmung.sendVa(va, context);
        assertThat(String.join(
                        " ",
                        outcome.violations().stream()
                                .map(Violation::rule)
                                .map(r -> r.id())
                                .toList()))
                .isEqualTo(broken);
        assertThat(outcome.taken())
                .isEqualTo(
                        broken.isEmpty()
                                ? Taken.ACCEPTED
                                : direction == Direction.INCOMING ? Taken.ANSWERED_ABBM : Taken.REFUSED);
    }

    static Vorabstimmungsanfrage withKwt(Vorabstimmungsanfrage va, LocalDate kwt) {
        return new Vorabstimmungsanfrage(
                va.geschaeftsfall(),
                va.absender(),
                va.endkundenvertragspartner(),
                va.vorabstimmungsId(),
                kwt,
                va.endkunde(),
                va.weitereAnschlussinhaber(),
                va.projektId(),
                va.standort(),
                va.anschlussidentifikation(),
                va.rufnummernPortierung());
    }
}
