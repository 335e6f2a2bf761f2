package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wbcigateway.domain.message.Rolle.EKP_ABG;
import static org.wbcigateway.domain.message.Rolle.EKP_AUF;
import static org.wbcigateway.domain.vorabstimmung.Fixtures.context;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.DateRule;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.followup.VoidedVorabstimmung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.domain.state.Transition;

/** The engine beyond single transitions: unknown VA-IDs, refused VAs, Klaerfall, follow-up VAs, its invariants. */
class VorabstimmungTest {

    static Stream<Arguments> unknownVorabstimmung() {
        return Stream.of(
                Arguments.of(
                        KftMessages.tv(),
                        Taken.ANSWERED_ABBM,
                        List.of("crm RECEIVED_TV", "answer ABBM 8140", "crm SENT_ABBM")),
                Arguments.of(
                        KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN),
                        Taken.ANSWERED_ABBM_TR,
                        List.of("crm RECEIVED_AKM-TR", "answer ABBM-TR 8140", "crm SENT_ABBM-TR")),
                Arguments.of(
                        KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN),
                        Taken.KLAERFALL,
                        List.of("crm RECEIVED_RUEM-VA")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownVorabstimmung")
    void aMessageForAnUnknownVaIdLeavesNoVorabstimmung(WbciMessage message, Taken taken, List<String> effects) {
        Outcome outcome = Vorabstimmung.receiveUnknown(message, EKP_ABG, context(EKP_ABG));
        assertThat(outcome.taken()).isEqualTo(taken);
        assertThat(outcome.vorabstimmung()).isEmpty();
        assertThat(Fixtures.describe(outcome.effects())).containsExactlyElementsOf(effects);
        assertThat(outcome.violations()).extracting(Violation::rule).containsExactly(StateRule.UNKNOWN_VORABSTIMMUNG);
    }

    /** The refused VA opens and ends a Vorabstimmung through the table, so its timeline can be shown. */
    @Test
    void aRefusedVaLeavesARejectedVorabstimmungAndNoDeadline() {
        Vorabstimmungsanfrage va = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage withoutStandort = new Vorabstimmungsanfrage(
                va.geschaeftsfall(),
                va.absender(),
                va.endkundenvertragspartner(),
                va.vorabstimmungsId(),
                va.kundenwunschtermin(),
                va.endkunde(),
                va.weitereAnschlussinhaber(),
                va.projektId(),
                null,
                null,
                va.rufnummernPortierung());
        Outcome outcome = Vorabstimmung.receiveUnknown(withoutStandort, EKP_ABG, context(EKP_ABG));
        assertThat(outcome.taken()).isEqualTo(Taken.ANSWERED_ABBM);
        assertThat(outcome.transitions()).containsExactly(Transition.VA_OPENS, Transition.ABBM_ENDS_VA);
        assertThat(outcome.next().state()).isEqualTo(Fixtures.state("REJECTED/NOT_APPLICABLE/NONE"));
        assertThat(Fixtures.describe(outcome.effects()))
                .containsExactly(
                        "crm RECEIVED_VA-KUE-MRN",
                        "crm STATE_VA_PENDING",
                        "crm STATE_REJECTED",
                        "answer ABBM 8116",
                        "crm SENT_ABBM");
        assertThat(outcome.violations()).extracting(Violation::rule).containsExactly(ContentRule.VA_STANDORT_REQUIRED);
    }

    @Test
    void aMeldungBreakingARuleChangesNoStateAndRaisesAKlaerfall() {
        Vorabstimmung pending = Fixtures.vorabstimmung(EKP_AUF, "VA_PENDING/NOT_APPLICABLE/NONE", null);
        RueckmeldungVorabstimmung zwa = KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN);
        RueckmeldungVorabstimmung natOnKwt = new RueckmeldungVorabstimmung(
                zwa.absender(),
                zwa.endkundenvertragspartner(),
                zwa.vorabstimmungsIdRef(),
                zwa.geschaeftsfall(),
                List.of(Meldungsposition.of(Meldungscode.NAT)),
                zwa.wechseltermin(),
                zwa.technologie(),
                zwa.ressourcen(),
                zwa.rufnummernPortierung());
        Outcome outcome = pending.receive(natOnKwt, context(EKP_AUF));
        assertThat(outcome.taken()).isEqualTo(Taken.KLAERFALL);
        assertThat(outcome.next().state()).isEqualTo(pending.state());
        assertThat(outcome.next().klaerfall().kind()).isEqualTo(KlaerfallKind.MELDUNG_BREAKS_RULE);
        assertThat(outcome.next().klaerfall().detail()).startsWith("RUEM-VA: RUEM-VA.NAT.Wechseltermin");
        assertThat(Fixtures.describe(outcome.effects()))
                .containsExactly("crm RECEIVED_RUEM-VA", "klaerfall MELDUNG_BREAKS_RULE");
    }

    @Test
    void anErlmNamingTheVaCaseIsAKlaerfall() {
        Vorabstimmung agreed = Fixtures.vorabstimmung(EKP_AUF, "AGREED/AWAITED/NONE", null);
        Erledigtmeldung toTheVa = new Erledigtmeldung(
                KftMessages.ABG,
                KftMessages.EKP,
                KftMessages.VA_ID,
                Geschaeftsfall.VA_KUE_MRN,
                List.of(Meldungsposition.of(Meldungscode.STORNO_ERLEDIGT)),
                null,
                null,
                null);
        assertThat(agreed.receive(toTheVa, context(EKP_AUF)).taken()).isEqualTo(Taken.KLAERFALL);
    }

    /** An ABBM-TR 8148 answers the AKM-TR, not the TV that happens to be active. */
    @Test
    void aDuplicateTakeOverNoticeIsNotCheckedAgainstTheActiveTv() {
        Vorabstimmung withTv = Fixtures.vorabstimmung(EKP_AUF, "AGREED/CONFIRMED/TV", KftMessages.tv());
        Outcome outcome =
                withTv.receive(KftMessages.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT), context(EKP_AUF));
        assertThat(outcome.taken()).isEqualTo(Taken.ACCEPTED);
        assertThat(outcome.next().klaerfall()).isNull();
    }

    @Test
    void aNegativeTeqToAnotherMessageIsAKlaerfallOnly() {
        Vorabstimmung pending = Fixtures.vorabstimmung(EKP_AUF, "VA_PENDING/NOT_APPLICABLE/NONE", null);
        Outcome outcome = pending.deliveryRefused(MessageType.VA_KUE_MRN, TeqCode.STRUKTUR_UNGUELTIG, context(EKP_AUF));
        assertThat(outcome.transitions()).isEmpty();
        assertThat(outcome.next().state()).isEqualTo(pending.state());
        assertThat(outcome.next().klaerfall().kind()).isEqualTo(KlaerfallKind.MESSAGE_TECHNICALLY_REFUSED);
        assertThat(Fixtures.describe(outcome.effects()))
                .containsExactly("klaerfall MESSAGE_TECHNICALLY_REFUSED", "crm TECHNICAL_REJECTION");
    }

    @Test
    void theDeliveryOfAnOrdinaryAkmTrChangesNothing() {
        Vorabstimmung confirmed = Fixtures.vorabstimmung(EKP_AUF, "AGREED/CONFIRMED/NONE", null);
        Outcome outcome = confirmed.delivered(MessageType.AKM_TR, context(EKP_AUF));
        assertThat(outcome.next()).isEqualTo(confirmed);
        assertThat(outcome.effects()).isEmpty();
    }

    @Test
    void whatWeMaySendFollowsTheTable() {
        Vorabstimmung agreed = Fixtures.vorabstimmung(EKP_AUF, "AGREED/AWAITED/NONE", null);
        assertThat(agreed.maySend(Event.TV)).isTrue();
        assertThat(agreed.maySend(Event.AKM_TR)).isTrue();
        assertThat(agreed.maySend(Event.STR_AUFH_ABG)).isFalse();
        assertThat(agreed.maySend(Event.RUEM_VA)).isFalse();
        assertThat(agreed.maySendStorno(true)).as("STR-AUFH-AUF").isTrue();
        assertThat(agreed.maySendStorno(false)).as("STR-AEN-AUF").isTrue();
    }

    @Test
    void onlyTheDeliveryOfAnAkmTrCanMatter() {
        assertThat(MessageType.values())
                .filteredOn(Vorabstimmung::deliveryMatters)
                .containsExactly(MessageType.AKM_TR);
    }

    @Test
    void invariants() {
        Vorabstimmungsanfrage va = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        assertThatThrownBy(() ->
                        new Vorabstimmung(va, EKP_AUF, Fixtures.state("NONE/NOT_APPLICABLE/NONE"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vorabstimmung(va, EKP_AUF, Fixtures.state("AGREED/AWAITED/TV"), null, null, null))
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> new Vorabstimmung(
                        va, EKP_AUF, Fixtures.state("AGREED/AWAITED/STR_AUFH_AUF"), null, KftMessages.tv(), null))
                .hasMessageContaining("TV");
        Vorabstimmung agreed = Fixtures.vorabstimmung(EKP_AUF, "AGREED/AWAITED/NONE", null);
        assertThatThrownBy(() ->
                        agreed.receive(KftMessages.abbmTr(Meldungscode.UEBERNAHME_NICHT_MOEGLICH), context(EKP_ABG)))
                .hasMessageContaining("calendars");
        WbciMessage other = new Vorabstimmungsanfrage(
                va.geschaeftsfall(),
                va.absender(),
                va.endkundenvertragspartner(),
                VorabstimmungsId.of("DEU.PRTN.V000000099"),
                va.kundenwunschtermin(),
                va.endkunde(),
                va.weitereAnschlussinhaber(),
                va.projektId(),
                va.standort(),
                null,
                va.rufnummernPortierung());
        assertThatThrownBy(() -> agreed.receive(other, context(EKP_AUF))).hasMessageContaining("V000000099");
    }

    // ---- follow-up VA (ADR 0003)
    // ---------------------------------------------------------------------------------------

    private static final VorabstimmungsId VOIDED = VorabstimmungsId.of("DEU.PRTN.V000000001");
    /** The ERLM to the STR-AEN-ABG came on 2026-11-20: the new VA may come from 2026-11-27, by 2026-12-07. */
    private static final Deadline WINDOW = new Deadline(
            AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG,
            LocalDate.of(2026, 11, 20),
            LocalDate.of(2026, 11, 27),
            LocalDate.of(2026, 12, 7));

    static Stream<Arguments> followUps() {
        return Stream.of(
                Arguments.of(
                        LocalDate.of(2026, 11, 25), "INCOMING", Taken.ANSWERED_ABBM, "follow-up refused TOO_EARLY"),
                Arguments.of(LocalDate.of(2026, 11, 25), "OUTGOING", Taken.REFUSED, null),
                Arguments.of(LocalDate.of(2026, 12, 1), "INCOMING", Taken.ACCEPTED, "follow-up linked IN_TIME"),
                Arguments.of(LocalDate.of(2026, 12, 1), "OUTGOING", Taken.ACCEPTED, "follow-up linked IN_TIME"),
                Arguments.of(LocalDate.of(2026, 12, 8), "INCOMING", Taken.ACCEPTED, "follow-up linked TOO_LATE"),
                Arguments.of(LocalDate.of(2026, 12, 8), "OUTGOING", Taken.ACCEPTED, "follow-up linked TOO_LATE"));
    }

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @MethodSource("followUps")
    void aFollowUpVaIsJudgedAgainstTheVoidedOnesDeadline(
            LocalDate today, String direction, Taken taken, String followUpEffect) {
        Vorabstimmungsanfrage old = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage voidedVa = new Vorabstimmungsanfrage(
                old.geschaeftsfall(),
                old.absender(),
                old.endkundenvertragspartner(),
                VOIDED,
                old.kundenwunschtermin(),
                old.endkunde(),
                old.weitereAnschlussinhaber(),
                old.projektId(),
                old.standort(),
                null,
                old.rufnummernPortierung());
        Vorabstimmungsanfrage newVa = DateRulesTest.withKwt(old, LocalDate.of(2027, 1, 15));
        boolean incoming = direction.equals("INCOMING");
        Context context = context(incoming ? EKP_ABG : EKP_AUF, today)
                .withFollowUpCandidates(List.of(new VoidedVorabstimmung(voidedVa, WINDOW, null)), null);
        Outcome outcome =
                incoming ? Vorabstimmung.receiveUnknown(newVa, EKP_ABG, context) : Vorabstimmung.sendVa(newVa, context);
        assertThat(outcome.taken()).isEqualTo(taken);
        List<String> effects = Fixtures.describe(outcome.effects());
        if (followUpEffect == null) {
            assertThat(outcome.violations())
                    .extracting(Violation::rule)
                    .containsExactly(DateRule.NEW_VA_ARRIVAL_TOO_EARLY);
            assertThat(effects).isEmpty();
            return;
        }
        assertThat(effects).contains(followUpEffect);
        if (taken == Taken.ACCEPTED) {
            assertThat(effects).contains("close NEW_VA_AFTER_STR_AEN_ABG/EKP_AUF", "crm FOLLOW_UP_VA");
            assertThat(outcome.effects(Effect.DeadlineClosed.class))
                    .extracting(Effect.DeadlineClosed::vaId)
                    .containsExactly(VOIDED);
            assertThat(outcome.warnings())
                    .extracting(Violation::rule)
                    .containsExactlyElementsOf(
                            followUpEffect.endsWith("TOO_LATE")
                                    ? List.of(DateRule.NEW_VA_ARRIVAL_TOO_LATE)
                                    : List.of());
        } else {
            assertThat(Fixtures.codes(outcome.answer().orElseThrow().answer())).isEqualTo("8116");
            assertThat(outcome.next().state()).isEqualTo(Fixtures.state("REJECTED/NOT_APPLICABLE/NONE"));
        }
    }
}
