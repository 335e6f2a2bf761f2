package org.wbcigateway.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.DateRule;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.DeadlineCalculator;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;

/** Receiver-side answers of spec §7 on the interop catalogue's standard data (gateway = EKPabg), clock 2026-11-25. */
class AutomaticAnswersTest {

    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(), ZoneId.of("UTC"));
    private static final WorkingDayCalendar BY = WorkingDayCalendar.of(Bundesland.BY);
    private static final VorabstimmungState AGREED =
            new VorabstimmungState(Phase.AGREED, AkmTrStatus.AWAITED, ChangeRequest.NONE);

    private final AutomaticAnswers answers = new AutomaticAnswers(new Terminpruefung(Fristen.defaults(), BY, CLOCK));
    private final LocalDate today = LocalDate.of(2026, 11, 25);

    private VorabstimmungContext agreed(LocalDate wechseltermin) {
        return new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN, AGREED, Rolle.EKP_ABG, wechseltermin, null, false);
    }

    @Test
    void standardVaIsAccepted() {
        Verdict v = answers.decide(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), VorabstimmungContext.unknown(Rolle.EKP_ABG));
        assertThat(v).isInstanceOf(Verdict.Accept.class);
        assertThat(((Verdict.Accept) v).decision().transition()).isEqualTo(Transition.VA_OPENS);
        assertThat(((Verdict.Accept) v).warnings()).isEmpty();
    }

    @Test
    void aFollowUpVaIsRefusedTooEarlyAndAcceptedLateWithAWarning() {
        var calculator = new DeadlineCalculator(Fristen.defaults());
        var window = calculator.deadline(AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG,
                today.minusDays(1), LocalDate.of(2026, 12, 16), BY); // ERLM yesterday: allowed from 5 AT after it
        Verdict early = answers.decide(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), followUp(window));
        assertThat(((Verdict.Abbm) early).code()).isEqualTo(Meldungscode.SONST);
        assertThat(((Verdict.Abbm) early).begruendung()).startsWith("NEW-VA.arrival-too-early");

        var overdue = calculator.deadline(AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), BY); // due 2026-11-19
        Verdict late = answers.decide(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), followUp(overdue));
        assertThat(((Verdict.Accept) late).warnings()).extracting(Violation::rule)
                .containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_LATE);
    }

    private static VorabstimmungContext followUp(Deadline window) {
        return new VorabstimmungContext(null, VorabstimmungState.NONE, Rolle.EKP_ABG, null, null, false, window);
    }

    @Test
    void vaWithShortLeadTimeIsRefusedWithSonstNamingTheRule() {
        Verdict v = answers.decide(vaWithKwt(BY.plusWorkingDays(today, 3)), VorabstimmungContext.unknown(Rolle.EKP_ABG));
        assertThat(v).isInstanceOf(Verdict.Abbm.class);
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.SONST);
        assertThat(((Verdict.Abbm) v).begruendung()).startsWith("KWT.lead-time");
    }

    @Test
    void vaBelowTheRecommendedLeadTimeIsAcceptedWithAWarning() {
        Verdict v = answers.decide(vaWithKwt(nextValidKueDate(BY.plusWorkingDays(today, 8))),
                VorabstimmungContext.unknown(Rolle.EKP_ABG));
        assertThat(((Verdict.Accept) v).warnings()).extracting(Violation::rule)
                .containsExactly(DateRule.KWT_LEAD_TIME_RECOMMENDED);
    }

    @Test
    void vaWithAnIdAlreadyUsedIsAnsweredBvid() { // KFT 9.2.05
        Verdict v = answers.decide(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), agreed(KftMessages.KWT));
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.BVID);
    }

    @Test
    void faultyVaIsRefusedNamingTheContentRule() {
        Vorabstimmungsanfrage mrn = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage noStandort = new Vorabstimmungsanfrage(mrn.geschaeftsfall(), mrn.absender(),
                mrn.endkundenvertragspartner(), mrn.vorabstimmungsId(), mrn.kundenwunschtermin(), mrn.endkunde(),
                mrn.weitereAnschlussinhaber(), mrn.projektId(), null, null, mrn.rufnummernPortierung());
        Verdict v = answers.decide(noStandort, VorabstimmungContext.unknown(Rolle.EKP_ABG));
        assertThat(((Verdict.Abbm) v).violations()).extracting(Violation::rule)
                .containsExactly(ContentRule.VA_STANDORT_REQUIRED);
    }

    @Test
    void tvInTimeIsAccepted() { // KFT 14.1.01
        Verdict v = answers.decide(KftMessages.tv(), agreed(KftMessages.KWT));
        assertThat(((Verdict.Accept) v).decision().transition()).isEqualTo(Transition.TV_REQUESTED);
    }

    @Test
    void tvBeforeTheAgreedDateIsRefused8141() { // KFT 14.2.02
        LocalDate agreed = LocalDate.of(2027, 1, 13);
        Verdict v = answers.decide(KftMessages.tv(), agreed(agreed));
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.TV_ABGELEHNT);
        assertThat(((Verdict.Abbm) v).violations()).extracting(Violation::rule)
                .containsExactly(DateRule.TV_NOT_BEFORE_AGREED);
    }

    @Test
    void tvArrivingTooLateIsRefused8141() {
        Verdict v = answers.decide(KftMessages.tv(), agreed(BY.plusWorkingDays(today, 2)));
        assertThat(((Verdict.Abbm) v).violations()).extracting(Violation::rule).contains(DateRule.TV_ARRIVAL_TOO_LATE);
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.TV_ABGELEHNT);
    }

    @Test
    void tvReusingAnAenderungsIdIsAnsweredBvid() { // KFT 14.2.01
        VorabstimmungContext ctx = new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN, AGREED, Rolle.EKP_ABG,
                KftMessages.KWT, null, true);
        assertThat(((Verdict.Abbm) answers.decide(KftMessages.tv(), ctx)).code()).isEqualTo(Meldungscode.BVID);
    }

    @Test
    void tvFromTheEkpAbgIsRefused8141() {
        VorabstimmungContext weAreAuf = new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN, AGREED, Rolle.EKP_AUF,
                KftMessages.KWT, null, false);
        Verdict v = answers.decide(KftMessages.tv(), weAreAuf);
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.TV_ABGELEHNT);
        assertThat(((Verdict.Abbm) v).violations()).extracting(Violation::rule).containsExactly(StateRule.WRONG_SENDER);
    }

    @Test
    void stornoAufhebungTwoWorkingDaysBeforeTheDateIsRefused8142() { // KFT 12.2.02
        Verdict v = answers.decide(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF), agreed(BY.plusWorkingDays(today, 2)));
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.STORNO_ABGELEHNT);
    }

    @Test
    void stornoToAnUnknownVaIsAnswered8140() {
        Verdict v = answers.decide(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF),
                VorabstimmungContext.unknown(Rolle.EKP_ABG));
        assertThat(((Verdict.Abbm) v).code()).isEqualTo(Meldungscode.VA_ID_UNBEKANNT);
    }

    @Test
    void duplicateAkmTrIsAnsweredAbbmTr8148() { // KFT 9.2.11
        VorabstimmungState confirmed = new VorabstimmungState(Phase.AGREED, AkmTrStatus.CONFIRMED, ChangeRequest.NONE);
        VorabstimmungContext ctx = new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN, confirmed, Rolle.EKP_ABG,
                KftMessages.KWT, null, false);
        Verdict v = answers.decide(KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN), ctx);
        assertThat(((Verdict.AbbmTr) v).code()).isEqualTo(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT);
    }

    @Test
    void ruemVaWhoseZwaDateDiffersFromTheKwtBecomesAKlaerfall() {
        RueckmeldungVorabstimmung s = KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN);
        RueckmeldungVorabstimmung otherDate = new RueckmeldungVorabstimmung(s.absender(), s.endkundenvertragspartner(),
                s.vorabstimmungsIdRef(), s.geschaeftsfall(), List.of(Meldungsposition.of(Meldungscode.ZWA)),
                KftMessages.KWT.plusDays(1), s.technologie(), s.ressourcen(), s.rufnummernPortierung());
        VorabstimmungContext weAreAuf = new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN,
                new VorabstimmungState(Phase.VA_PENDING, AkmTrStatus.NOT_APPLICABLE, ChangeRequest.NONE), Rolle.EKP_AUF,
                null, KftMessages.va(Geschaeftsfall.VA_KUE_MRN), false);
        Verdict v = answers.decide(otherDate, weAreAuf);
        assertThat(((Verdict.Klaerfall) v).violations()).extracting(Violation::rule)
                .contains(ContentRule.RUEMVA_ZWA_DATE);
        assertThat(answers.decide(s, weAreAuf)).isInstanceOf(Verdict.Accept.class);
    }

    @Test
    void erlmWithoutAnActiveTvBecomesAKlaerfall() {
        VorabstimmungContext weAreAuf = new VorabstimmungContext(Geschaeftsfall.VA_KUE_MRN, AGREED, Rolle.EKP_AUF,
                KftMessages.KWT, null, false);
        Verdict v = answers.decide(KftMessages.erlmToTv(), weAreAuf);
        assertThat(((Verdict.Klaerfall) v).violations()).extracting(Violation::rule)
                .containsExactly(StateRule.NO_MATCHING_CHANGE_REQUEST);
    }

    private static Vorabstimmungsanfrage vaWithKwt(LocalDate kwt) {
        Vorabstimmungsanfrage s = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        return new Vorabstimmungsanfrage(s.geschaeftsfall(), s.absender(), s.endkundenvertragspartner(),
                s.vorabstimmungsId(), kwt, s.endkunde(), s.weitereAnschlussinhaber(), s.projektId(), s.standort(), null,
                s.rufnummernPortierung());
    }

    private static LocalDate nextValidKueDate(LocalDate from) {
        LocalDate d = from;
        while (!BY.isWorkingDay(d) || BY.isHoliday(d.plusDays(1))) {
            d = d.plusDays(1);
        }
        return d;
    }
}
