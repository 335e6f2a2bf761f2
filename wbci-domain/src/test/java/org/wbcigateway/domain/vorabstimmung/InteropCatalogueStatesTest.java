package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.domain.fixtures.KftMessages.ABG;
import static org.wbcigateway.domain.fixtures.KftMessages.AUF;
import static org.wbcigateway.domain.fixtures.KftMessages.EKP;
import static org.wbcigateway.domain.fixtures.KftMessages.KWT;
import static org.wbcigateway.domain.fixtures.KftMessages.NEW_DATE;
import static org.wbcigateway.domain.fixtures.KftMessages.TV_ID;
import static org.wbcigateway.domain.fixtures.KftMessages.VA_ID;
import static org.wbcigateway.domain.message.Rolle.EKP_ABG;
import static org.wbcigateway.domain.message.Rolle.EKP_AUF;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.StateRule;

/**
 * The interop catalogue's cases as the engine sees them, in both roles: the state each exchange leaves, the automatic
 * answers, Klaerfall and effects the catalogue's "outcome" column asks for. Business decisions from contract data
 * (RNG, KNI, ADF …) are the decision table's, not the engine's; here the partner's answers are scripted.
 */
class InteropCatalogueStatesTest {

    interface Case {
        void run();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // ---- gateway EKPauf
                tf("1.1.01", () -> {
                    Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_KUE_MRN));
                    run.receive(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN));
                    accepted(run.send(KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN)));
                    assertState(run, "AGREED/CONFIRMED/NONE");
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(KWT);
                }),
                tf("1.1.02", () -> {
                    Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_KUE_MRN));
                    accepted(run.receive(KftMessages.ruemVaWithAdaOrt("Starnberg")));
                    assertState(run, "AGREED/AWAITED/NONE");
                }),
                tf("1.2.01", () -> vaEndsWith(Meldungscode.RNG)),
                tf("1.2.03", () -> vaEndsWith(Meldungscode.ADFPLZ, Meldungscode.ADFORT)),
                tf("1.2.05", () -> vaEndsWith(Meldungscode.BVID)),
                tf("1.2.07", () -> vaEndsWith(Meldungscode.UPK)),
                tf("1.2.08", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/CONFIRMED/NONE");
                    Outcome refused = run.receive(KftMessages.abbmTr(Meldungscode.WITA_VERTRAGSNUMMER_UNBEKANNT));
                    accepted(refused);
                    assertState(run, "AGREED/REJECTED/NONE");
                    assertThat(run.vorabstimmung().klaerfall().kind()).isEqualTo(KlaerfallKind.TAKE_OVER_REFUSED);
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(KWT);
                    Outcome corrected = run.send(KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN));
                    assertThat(Fixtures.describe(corrected.effects())).contains("resolved TAKE_OVER_REFUSED");
                    assertThat(run.vorabstimmung().klaerfall()).isNull();
                    assertState(run, "AGREED/CONFIRMED/NONE");
                }),
                tf("1.2.11", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/CONFIRMED/NONE");
                    accepted(run.receive(KftMessages.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT)));
                    assertState(run, "AGREED/CONFIRMED/NONE");
                    assertThat(run.vorabstimmung().klaerfall()).isNull();
                }),
                tf("1.2.12", () -> technicallyRefusedAkmTr(TeqCode.VERSION_FALSCH)),
                tf("1.2.13", () -> technicallyRefusedAkmTr(TeqCode.STRUKTUR_UNGUELTIG)),
                tf("2.1.01", () -> {
                    Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_KUE_ORN));
                    accepted(run.receive(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_ORN)));
                    accepted(run.send(KftMessages.akmTr(Geschaeftsfall.VA_KUE_ORN)));
                    assertState(run, "AGREED/CONFIRMED/NONE");
                }),
                tf("3.1.01", () -> {
                    Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_RRNP));
                    Outcome agreed = run.receive(KftMessages.ruemVa(Geschaeftsfall.VA_RRNP));
                    assertState(run, "AGREED/NOT_APPLICABLE/NONE");
                    assertThat(Fixtures.describe(agreed.effects())).noneMatch(e -> e.startsWith("open"));
                }),
                tf("3.1.02 (ADA on RRNP)", () -> {
                    Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_RRNP));
                    Outcome klaerfall = run.receive(withAdaOrt(KftMessages.ruemVa(Geschaeftsfall.VA_RRNP)));
                    assertThat(klaerfall.taken()).isEqualTo(Taken.KLAERFALL);
                    assertThat(klaerfall.violations())
                            .extracting(Violation::rule)
                            .contains(ContentRule.RUEMVA_NO_ADA_RRNP);
                    assertState(run, "VA_PENDING/NOT_APPLICABLE/NONE");
                    assertThat(run.vorabstimmung().klaerfall().kind()).isEqualTo(KlaerfallKind.MELDUNG_BREAKS_RULE);
                }),
                tf("4.1.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    accepted(run.send(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF)));
                    accepted(run.receive(KftMessages.erlmToStorno(StornoArt.AUFHEBUNG_EKP_AUF)));
                    assertState(run, "CANCELLED/NOT_APPLICABLE/NONE");
                    Outcome tv = run.send(KftMessages.tv());
                    assertThat(tv.taken()).isEqualTo(Taken.REFUSED);
                    assertThat(tv.violations())
                            .extracting(Violation::rule)
                            .containsExactly(StateRule.VORABSTIMMUNG_ENDED);
                }),
                tf("4.2.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    run.send(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF));
                    accepted(run.receive(abbmToStorno(StornoArt.AUFHEBUNG_EKP_AUF, Meldungscode.BVID)));
                    assertState(run, "AGREED/AWAITED/NONE");
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(KWT);
                }),
                tf("5.1.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    run.send(KftMessages.storno(StornoArt.AENDERUNG_EKP_AUF));
                    Outcome voided = run.receive(KftMessages.erlmToStorno(StornoArt.AENDERUNG_EKP_AUF));
                    assertState(run, "NEW_VA/NOT_APPLICABLE/NONE");
                    assertThat(Fixtures.describe(voided.effects()))
                            .contains("open NEW_VA_AFTER_STR_AEN_AUF/EKP_AUF due 2026-12-07");
                }),
                tf("6.1.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    accepted(run.send(run.vorabstimmung().tv(TV_ID, NEW_DATE)));
                    accepted(run.receive(KftMessages.erlmToTv()));
                    assertState(run, "AGREED/AWAITED/NONE");
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(NEW_DATE);
                }),
                tf("6.2.02", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    run.send(KftMessages.tv());
                    accepted(run.receive(KftMessages.abbmToTv()));
                    assertState(run, "AGREED/AWAITED/NONE");
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(KWT);
                }),
                tf("7.1.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    Outcome storno = run.receive(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG));
                    assertThat(Fixtures.describe(storno.effects())).contains("decide PARTNER_CHANGE_REQUEST");
                    assertThat(run.vorabstimmung().erlm())
                            .contains(KftMessages.erlmToStorno(StornoArt.AUFHEBUNG_EKP_ABG));
                    accepted(run.send(run.vorabstimmung().erlm().orElseThrow()));
                    assertState(run, "CANCELLED/NOT_APPLICABLE/NONE");
                }),
                tf(
                        "7.2.01",
                        () -> answered(
                                Run.from(EKP_AUF, "AGREED/AWAITED/NONE").idAlreadyUsed(),
                                KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG),
                                Meldungscode.BVID)),
                tf(
                        "7.2.02",
                        () -> answered(
                                Run.from(EKP_AUF, "AGREED/AWAITED/NONE").on(twoAtBeforeKwt()),
                                KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG),
                                Meldungscode.STORNO_ABGELEHNT)),
                tf("8.1.01", () -> {
                    Run run = Run.from(EKP_AUF, "AGREED/AWAITED/NONE");
                    run.receive(KftMessages.storno(StornoArt.AENDERUNG_EKP_ABG));
                    Outcome voided = run.send(run.vorabstimmung().erlm().orElseThrow());
                    assertState(run, "NEW_VA/NOT_APPLICABLE/NONE");
                    assertThat(Fixtures.describe(voided.effects()))
                            .contains("open NEW_VA_AFTER_STR_AEN_ABG/EKP_AUF due 2026-12-07");
                }),
                tf("8.2.02", () -> {
                    Run run = Run.from(Fixtures.vorabstimmung(EKP_AUF, "AGREED/AWAITED/TV", KftMessages.tv()));
                    answered(run, KftMessages.storno(StornoArt.AENDERUNG_EKP_ABG), Meldungscode.STORNO_ABGELEHNT);
                    assertState(run, "AGREED/AWAITED/TV");
                }),
                // ---- gateway EKPabg
                tf("9.1.01", () -> {
                    Run run = Run.receiving(KftMessages.va(Geschaeftsfall.VA_KUE_MRN));
                    assertThat(Fixtures.describe(run.last().effects())).contains("decide PARTNER_VA");
                    Vorabstimmung pending = run.vorabstimmung();
                    assertThat(pending.ruemVa(
                                    List.of(Meldungsposition.of(Meldungscode.ZWA)),
                                    KWT,
                                    "001 TAL ISDN",
                                    KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN)
                                            .ressourcen(),
                                    null,
                                    KftMessages.PKI_ABG))
                            .isEqualTo(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN));
                    Outcome agreed = run.send(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN));
                    assertThat(Fixtures.describe(agreed.effects()))
                            .contains("writeback TERMINATION_PENDING 2026-12-16");
                    Outcome takeOver = run.receive(KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN));
                    assertThat(Fixtures.describe(takeOver.effects())).contains("decide PARTNER_AKM_TR");
                    assertThat(takeOver.answer()).isEmpty();
                    assertState(run, "AGREED/CONFIRMED/NONE");
                }),
                tf(
                        "9.2.05",
                        () -> answered(
                                Run.from(EKP_ABG, "AGREED/AWAITED/NONE"),
                                KftMessages.va(Geschaeftsfall.VA_KUE_MRN),
                                Meldungscode.BVID)),
                tf("9.2.11", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/CONFIRMED/NONE");
                    Outcome duplicate = run.receive(KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN));
                    assertThat(duplicate.taken()).isEqualTo(Taken.ANSWERED_ABBM_TR);
                    assertThat(Fixtures.codes(duplicate.answer().orElseThrow().answer()))
                            .isEqualTo("8148");
                    assertState(run, "AGREED/CONFIRMED/NONE");
                    assertThat(run.vorabstimmung().klaerfall()).isNull();
                }),
                tf("10.1.01", () -> {
                    Run run = Run.receiving(KftMessages.va(Geschaeftsfall.VA_KUE_ORN));
                    accepted(run.send(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_ORN)));
                    accepted(run.receive(KftMessages.akmTr(Geschaeftsfall.VA_KUE_ORN)));
                    assertState(run, "AGREED/CONFIRMED/NONE");
                }),
                tf("11.1.01", () -> {
                    Run run = Run.receiving(KftMessages.va(Geschaeftsfall.VA_RRNP));
                    Outcome agreed = run.send(KftMessages.ruemVa(Geschaeftsfall.VA_RRNP));
                    assertState(run, "AGREED/NOT_APPLICABLE/NONE");
                    assertThat(Fixtures.describe(agreed.effects())).noneMatch(e -> e.startsWith("open"));
                }),
                tf("12.1.01", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/AWAITED/NONE");
                    run.receive(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF));
                    Outcome cancelled = run.send(run.vorabstimmung().erlm().orElseThrow());
                    assertState(run, "CANCELLED/NOT_APPLICABLE/NONE");
                    assertThat(Fixtures.describe(cancelled.effects())).contains("writeback ACTIVE");
                }),
                tf("12.2.01", () -> {
                    Outcome bvid = answered(
                            Run.from(EKP_ABG, "AGREED/AWAITED/NONE").idAlreadyUsed(),
                            KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF),
                            Meldungscode.BVID);
                    Abbruchmeldung abbm =
                            (Abbruchmeldung) bvid.answer().orElseThrow().answer();
                    assertThat(abbm.begruendung()).isNotBlank();
                    assertThat(abbm.wechseltermin()).isNull();
                }),
                tf(
                        "12.2.02",
                        () -> answered(
                                Run.from(EKP_ABG, "AGREED/AWAITED/NONE").on(twoAtBeforeKwt()),
                                KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF),
                                Meldungscode.STORNO_ABGELEHNT)),
                tf("13.1.01", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/AWAITED/NONE");
                    run.receive(KftMessages.storno(StornoArt.AENDERUNG_EKP_AUF));
                    run.send(run.vorabstimmung().erlm().orElseThrow());
                    assertState(run, "NEW_VA/NOT_APPLICABLE/NONE");
                }),
                tf("13.2.02", () -> {
                    Run run = Run.from(EKP_ABG, "NEW_VA/NOT_APPLICABLE/NONE");
                    answered(run, KftMessages.storno(StornoArt.AENDERUNG_EKP_AUF), Meldungscode.STORNO_ABGELEHNT);
                    assertState(run, "NEW_VA/NOT_APPLICABLE/NONE");
                }),
                tf("14.1.01", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/AWAITED/NONE");
                    run.receive(KftMessages.tv());
                    assertThat(run.vorabstimmung().erlm()).contains(KftMessages.erlmToTv());
                    Outcome moved = run.send(run.vorabstimmung().erlm().orElseThrow());
                    assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(NEW_DATE);
                    assertThat(Fixtures.describe(moved.effects())).contains("writeback TERMINATION_PENDING 2026-12-29");
                }),
                tf("14.2.01", () -> {
                    Outcome bvid = answered(
                            Run.from(EKP_ABG, "AGREED/AWAITED/NONE").idAlreadyUsed(),
                            KftMessages.tv(),
                            Meldungscode.BVID);
                    assertThat(((Abbruchmeldung) bvid.answer().orElseThrow().answer()).wechseltermin())
                            .isEqualTo(KWT);
                }),
                tf("14.2.02", () -> {
                    Outcome refused = answered(
                            Run.from(EKP_ABG, "AGREED/AWAITED/NONE"),
                            new Terminverschiebung(AUF, EKP, TV_ID, VA_ID, LocalDate.of(2026, 12, 9)),
                            Meldungscode.TV_ABGELEHNT);
                    assertThat(((Abbruchmeldung) refused.answer().orElseThrow().answer()).wechseltermin())
                            .isEqualTo(KWT);
                }),
                tf("15.1.01", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/AWAITED/NONE");
                    assertThat(run.vorabstimmung().storno(KftMessages.STORNO_ABG_ID, true, "Sag ich nicht"))
                            .isEqualTo(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG));
                    accepted(run.send(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG)));
                    accepted(run.receive(KftMessages.erlmToStorno(StornoArt.AUFHEBUNG_EKP_ABG)));
                    assertState(run, "CANCELLED/NOT_APPLICABLE/NONE");
                }),
                tf("16.1.01", () -> {
                    Run run = Run.from(EKP_ABG, "AGREED/AWAITED/NONE");
                    run.send(run.vorabstimmung().storno(KftMessages.STORNO_ABG_ID, false, "Sag ich nicht"));
                    accepted(run.receive(KftMessages.erlmToStorno(StornoArt.AENDERUNG_EKP_ABG)));
                    assertState(run, "NEW_VA/NOT_APPLICABLE/NONE");
                }));
    }

    @ParameterizedTest(name = "TF {0}")
    @MethodSource("cases")
    void catalogueCase(String id, Case c) {
        c.run();
    }

    // ---- helpers
    // -----------------------------------------------------------------------------------------------------

    private static Arguments tf(String id, Case c) {
        return Arguments.of(id, c);
    }

    private static void accepted(Outcome outcome) {
        assertThat(outcome.taken()).as(outcome.violations().toString()).isEqualTo(Taken.ACCEPTED);
    }

    private static void assertState(Run run, String state) {
        assertThat(run.vorabstimmung().state()).isEqualTo(Fixtures.state(state));
    }

    /** The partner's request is answered with an automatic ABBM carrying {@code code}; our state is unchanged. */
    private static Outcome answered(Run run, org.wbcigateway.domain.message.WbciMessage request, Meldungscode code) {
        Vorabstimmung before = run.vorabstimmung();
        Outcome outcome = run.receive(request);
        assertThat(outcome.taken()).isEqualTo(Taken.ANSWERED_ABBM);
        assertThat(outcome.transitions()).isEmpty();
        assertThat(Fixtures.codes(outcome.answer().orElseThrow().answer())).isEqualTo(code.code());
        assertThat(run.vorabstimmung()).isEqualTo(before);
        return outcome;
    }

    /** Our VA, answered by the partner's ABBM with these codes: the Vorabstimmung ends. */
    private static void vaEndsWith(Meldungscode... codes) {
        Run run = Run.sending(KftMessages.va(Geschaeftsfall.VA_KUE_MRN));
        Outcome ended = run.receive(new Abbruchmeldung(
                ABG,
                EKP,
                VA_ID,
                Geschaeftsfall.VA_KUE_MRN,
                Stream.of(codes)
                        .map(c -> c == Meldungscode.RNG
                                ? KftMessages.abbmRng().positionen().get(0)
                                : Meldungsposition.of(c))
                        .toList(),
                null,
                null,
                null,
                null));
        accepted(ended);
        assertState(run, "REJECTED/NOT_APPLICABLE/NONE");
        assertThat(Fixtures.describe(ended.effects())).contains("close RUEM_VA_OR_ABBM/EKP_ABG");
    }

    /** Catalogue 1.2.12/1.2.13: a negative TEQ to the AKM-TR; its re-send is accepted later. */
    private static void technicallyRefusedAkmTr(TeqCode code) {
        Run run = Run.from(EKP_AUF, "AGREED/CONFIRMED/NONE");
        Outcome refused = run.teq(MessageType.AKM_TR, code);
        assertState(run, "AGREED/TEQ_REFUSED/NONE");
        assertThat(run.vorabstimmung().wechseltermin()).isEqualTo(KWT);
        assertThat(run.vorabstimmung().klaerfall().kind()).isEqualTo(KlaerfallKind.AKM_TR_TECHNICALLY_REFUSED);
        assertThat(Fixtures.describe(refused.effects()))
                .contains("open AKM_TR/EKP_AUF due 2026-12-04", "crm TECHNICAL_REJECTION");
        run.teq(MessageType.AKM_TR, TeqCode.OK);
        assertState(run, "AGREED/CONFIRMED/NONE");
        assertThat(run.vorabstimmung().klaerfall()).isNull();
    }

    private static Abbruchmeldung abbmToStorno(StornoArt art, Meldungscode code) {
        Abbruchmeldung standard = KftMessages.abbmToStorno(art);
        return new Abbruchmeldung(
                standard.absender(),
                EKP,
                VA_ID,
                art.answeredAs(),
                List.of(Meldungsposition.of(code)),
                null,
                standard.stornoIdRef(),
                null,
                "ID bereits verwendet");
    }

    private static org.wbcigateway.domain.message.RueckmeldungVorabstimmung withAdaOrt(
            org.wbcigateway.domain.message.RueckmeldungVorabstimmung r) {
        return new org.wbcigateway.domain.message.RueckmeldungVorabstimmung(
                r.absender(),
                EKP,
                VA_ID,
                r.geschaeftsfall(),
                List.of(
                        Meldungsposition.of(Meldungscode.ZWA),
                        KftMessages.ruemVaWithAdaOrt("Starnberg").positionen().get(1)),
                r.wechseltermin(),
                r.technologie(),
                r.ressourcen(),
                r.rufnummernPortierung());
    }

    /** The Wechseltermin (KWT) is only 2 AT ahead. */
    private static LocalDate twoAtBeforeKwt() {
        return LocalDate.of(2026, 12, 14);
    }
}
