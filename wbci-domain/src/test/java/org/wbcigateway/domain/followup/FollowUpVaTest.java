package org.wbcigateway.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.DateRule;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.DeadlineCalculator;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

class FollowUpVaTest {

    private static final WorkingDayCalendar BY = WorkingDayCalendar.of(Bundesland.BY);
    private static final LocalDate ERLM = LocalDate.of(2026, 5, 29);
    private static final LocalDate WECHSELTERMIN = LocalDate.of(2026, 6, 22);
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(Fristen.defaults());

    private static Deadline window(AwaitedAnswer awaited) {
        return CALCULATOR.deadline(awaited, ERLM, WECHSELTERMIN, BY); // ABG: 8 June .. 11 June; AUF: .. 11 June
    }

    private static VoidedVorabstimmung voided(String id, Vorabstimmungsanfrage va, String contract) {
        return new VoidedVorabstimmung(withId(va, id), window(AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF), contract);
    }

    private static Vorabstimmungsanfrage withId(Vorabstimmungsanfrage va, String id) {
        return new Vorabstimmungsanfrage(
                va.geschaeftsfall(),
                va.absender(),
                va.endkundenvertragspartner(),
                VorabstimmungsId.of(id),
                va.kundenwunschtermin(),
                va.endkunde(),
                va.weitereAnschlussinhaber(),
                va.projektId(),
                va.standort(),
                va.anschlussidentifikation(),
                va.rufnummernPortierung());
    }

    private static Vorabstimmungsanfrage withNumbers(Vorabstimmungsanfrage va, Rufnummer... numbers) {
        return new Vorabstimmungsanfrage(
                va.geschaeftsfall(),
                va.absender(),
                va.endkundenvertragspartner(),
                va.vorabstimmungsId(),
                va.kundenwunschtermin(),
                va.endkunde(),
                va.weitereAnschlussinhaber(),
                va.projektId(),
                va.standort(),
                va.anschlussidentifikation(),
                new RufnummernPortierung(
                        new Einzelanschluss(List.of(numbers), false),
                        Portierungszeitfenster.ZF2,
                        va.rufnummernPortierung().portierungskennungPKIauf()));
    }

    private final Vorabstimmungsanfrage newMrn =
            withId(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), "DEU.PRTN.V000000009");

    @Test
    void aNumberInsideTheVoidedBlockMakesItTheFollowUp() {
        Vorabstimmungsanfrage single = withNumbers(newMrn, new Rufnummer("89", "12345642"));
        VoidedVorabstimmung old = voided("DEU.PRTN.V000000001", KftMessages.va(Geschaeftsfall.VA_KUE_MRN), null);

        assertThat(FollowUpVa.predecessor(single, null, List.of(old))).contains(old);
        // a longer number under the same Kopfnummer is not inside a two-digit block
        assertThat(FollowUpVa.follows(withNumbers(newMrn, new Rufnummer("89", "123456421")), null, old))
                .isFalse();
    }

    @Test
    void mrnAndOrnAreOneFamilyRrnpAnother() {
        VoidedVorabstimmung orn = voided("DEU.PRTN.V000000001", KftMessages.va(Geschaeftsfall.VA_KUE_ORN), "C1");
        VoidedVorabstimmung rrnp = voided("DEU.PRTN.V000000002", KftMessages.va(Geschaeftsfall.VA_RRNP), null);

        // the ORN's line 89/123456789 is no number of the MRN's block: the contract links them
        assertThat(FollowUpVa.follows(newMrn, null, orn)).isFalse();
        assertThat(FollowUpVa.follows(newMrn, "C1", orn)).isTrue();
        assertThat(FollowUpVa.follows(newMrn, null, rrnp))
                .as("same block, other family")
                .isFalse();
    }

    @Test
    void anotherPartnerPairOrOtherNumbersDoNotLink() {
        Vorabstimmungsanfrage other = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage otherAbg = new Vorabstimmungsanfrage(
                other.geschaeftsfall(),
                other.absender(),
                new Endkundenvertragspartner(other.absender(), CarrierCode.of("DEU.XXXX")),
                VorabstimmungsId.of("DEU.PRTN.V000000003"),
                other.kundenwunschtermin(),
                other.endkunde(),
                other.weitereAnschlussinhaber(),
                other.projektId(),
                other.standort(),
                null,
                other.rufnummernPortierung());
        VoidedVorabstimmung old = voided("DEU.PRTN.V000000001", KftMessages.va(Geschaeftsfall.VA_KUE_MRN), "C1");

        assertThat(FollowUpVa.follows(otherAbg, "C1", old)).isFalse();
        assertThat(FollowUpVa.follows(withNumbers(newMrn, new Rufnummer("30", "99999999")), "C2", old))
                .isFalse();
        assertThat(FollowUpVa.follows(withId(newMrn, "DEU.PRTN.V000000001"), null, old))
                .as("itself")
                .isFalse();
    }

    @Test
    void theMostRecentlyVoidedWins() {
        VoidedVorabstimmung recent = voided("DEU.PRTN.V000000002", KftMessages.va(Geschaeftsfall.VA_KUE_MRN), null);
        VoidedVorabstimmung older = voided("DEU.PRTN.V000000001", KftMessages.va(Geschaeftsfall.VA_KUE_MRN), null);

        assertThat(FollowUpVa.predecessor(newMrn, null, List.of(recent, older))).contains(recent);
    }

    @Test
    void tooEarlyIsRefusedTooLateOnlyWarned() {
        Deadline abg = window(AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG);

        FollowUpArrival early = FollowUpArrival.judge(on(LocalDate.of(2026, 6, 5)), abg);
        assertThat(early.outcome()).isEqualTo(NewVaArrival.TOO_EARLY);
        assertThat(early.check().brokenRules()).containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_EARLY);
        assertThat(early.outcome().refuses()).isTrue();

        FollowUpArrival inTime = FollowUpArrival.judge(on(LocalDate.of(2026, 6, 8)), abg);
        assertThat(inTime.outcome()).isEqualTo(NewVaArrival.IN_TIME);
        assertThat(inTime.check().isAcceptable()).isTrue();
        assertThat(inTime.check().warnings()).isEmpty();

        FollowUpArrival late = FollowUpArrival.judge(on(LocalDate.of(2026, 6, 12)), abg);
        assertThat(late.outcome()).isEqualTo(NewVaArrival.TOO_LATE);
        assertThat(late.check().isAcceptable()).isTrue();
        assertThat(late.check().warnedRules()).containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_LATE);
        assertThat(late.outcome().refuses()).isFalse();
    }

    private static Terminpruefung on(LocalDate today) {
        return new Terminpruefung(
                Fristen.defaults(),
                BY,
                Clock.fixed(today.atTime(10, 0).atZone(Terminpruefung.ZONE).toInstant(), Terminpruefung.ZONE));
    }
}
