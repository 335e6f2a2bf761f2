package org.wbcigateway.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.domain.fixtures.KftMessages.ABG;
import static org.wbcigateway.domain.fixtures.KftMessages.AUF;
import static org.wbcigateway.domain.fixtures.KftMessages.EKP;
import static org.wbcigateway.domain.fixtures.KftMessages.KWT;
import static org.wbcigateway.domain.fixtures.KftMessages.VA_ID;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.id.AenderungsId;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.StornoId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Abbruchmeldung;
import org.wbcigateway.domain.message.AbbruchmeldungTechnRessource;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Erledigtmeldung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Portierungszeitfenster;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Rufnummernblock;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;

/** One faulty message per content rule: the rule is named, and the standard messages break none. */
class ContentRulesTest {

    private final ContentRules rules = new ContentRules();

    static Stream<WbciMessage> standardMessages() {
        Stream<WbciMessage> vas = Stream.of(
                        Geschaeftsfall.VA_KUE_MRN, Geschaeftsfall.VA_KUE_ORN, Geschaeftsfall.VA_RRNP)
                .flatMap(gf -> Stream.of(KftMessages.va(gf), KftMessages.ruemVa(gf)));
        Stream<WbciMessage> stornos = Arrays.stream(StornoArt.values())
                .flatMap(art -> Stream.of(
                        KftMessages.storno(art), KftMessages.erlmToStorno(art), KftMessages.abbmToStorno(art)));
        return Stream.concat(
                Stream.concat(vas, stornos),
                Stream.of(
                        KftMessages.tv(),
                        KftMessages.erlmToTv(),
                        KftMessages.abbmToTv(),
                        KftMessages.abbmRng(),
                        KftMessages.ruemVaWithAdaOrt("Starnberg"),
                        KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN),
                        KftMessages.akmTr(Geschaeftsfall.VA_KUE_ORN),
                        KftMessages.akmTrByLineId(),
                        KftMessages.abbmTr(Meldungscode.UEBERNAHME_NICHT_MOEGLICH),
                        KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_ORN, Meldungscode.SONST)));
    }

    @ParameterizedTest
    @MethodSource("standardMessages")
    void standardMessagesBreakNoRule(WbciMessage message) {
        assertThat(rules.check(message)).isEmpty();
    }

    @Test
    void standardAnswersFitTheirRequests() {
        assertThat(rules.checkAnswer(
                        KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN), KftMessages.va(Geschaeftsfall.VA_KUE_MRN)))
                .isEmpty();
        assertThat(rules.checkAnswer(KftMessages.erlmToTv(), KftMessages.tv())).isEmpty();
        assertThat(rules.checkAnswer(KftMessages.abbmToTv(), KftMessages.tv())).isEmpty();
        for (StornoArt art : StornoArt.values()) {
            assertThat(rules.checkAnswer(KftMessages.erlmToStorno(art), KftMessages.storno(art)))
                    .isEmpty();
            assertThat(rules.checkAnswer(KftMessages.abbmToStorno(art), KftMessages.storno(art)))
                    .isEmpty();
        }
    }

    static Stream<Arguments> faultyMessages() {
        Vorabstimmungsanfrage mrn = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        Vorabstimmungsanfrage orn = KftMessages.va(Geschaeftsfall.VA_KUE_ORN);
        Vorabstimmungsanfrage rrnp = KftMessages.va(Geschaeftsfall.VA_RRNP);
        RufnummernPortierung rnp = mrn.rufnummernPortierung();
        return Stream.of(
                fault(ContentRule.VA_STANDORT_REQUIRED, () -> va(mrn, null, null, rnp)),
                fault(
                        ContentRule.VA_STANDORT_FORBIDDEN,
                        () -> va(rrnp, KftMessages.STANDORT, null, rrnp.rufnummernPortierung())),
                fault(ContentRule.VA_RUFNUMMERNPORTIERUNG_REQUIRED, () -> va(mrn, mrn.standort(), null, null)),
                fault(ContentRule.VA_RUFNUMMERNPORTIERUNG_FORBIDDEN, () -> va(orn, orn.standort(), null, rnp)),
                fault(
                        ContentRule.VA_ANSCHLUSSIDENTIFIKATION_ONLY_ORN,
                        () -> va(mrn, mrn.standort(), new Rufnummer("89", "1234"), rnp)),
                fault(ContentRule.VA_PKIAUF_REQUIRED, () -> va(rrnp, null, null, rnp)),
                fault(
                        ContentRule.VA_PKIAUF_FORBIDDEN,
                        () -> va(mrn, mrn.standort(), null, rrnp.rufnummernPortierung())),
                fault(
                        ContentRule.BLOCK_LENGTH,
                        () -> va(mrn, mrn.standort(), null, blocks(new Rufnummernblock("0", "99")))),
                fault(
                        ContentRule.BLOCK_ORDER,
                        () -> va(mrn, mrn.standort(), null, blocks(new Rufnummernblock("50", "09")))),
                fault(
                        ContentRule.BLOCKS_UNIFORM,
                        () -> va(
                                mrn,
                                mrn.standort(),
                                null,
                                blocks(new Rufnummernblock("00", "49"), new Rufnummernblock("500", "999")))),
                fault(
                        ContentRule.BLOCKS_DISJOINT,
                        () -> va(
                                mrn,
                                mrn.standort(),
                                null,
                                blocks(new Rufnummernblock("00", "49"), new Rufnummernblock("40", "59")))),
                fault(
                        ContentRule.ID_PREFIX,
                        () -> new Terminverschiebung(
                                AUF, EKP, AenderungsId.of("DEU.GWAY.T000000001"), VA_ID, KftMessages.NEW_DATE)),
                fault(
                        ContentRule.ABSENDER_ROLE,
                        () -> new Terminverschiebung(
                                ABG, EKP, AenderungsId.of("DEU.GWAY.T000000001"), VA_ID, KftMessages.NEW_DATE)),
                fault(
                        ContentRule.EKP_DISTINCT,
                        () -> new Terminverschiebung(
                                AUF,
                                new Endkundenvertragspartner(AUF, AUF),
                                KftMessages.TV_ID,
                                VA_ID,
                                KftMessages.NEW_DATE)),
                fault(
                        ContentRule.RUEMVA_ONE_ZWA_OR_NAT,
                        () -> ruem(
                                Geschaeftsfall.VA_KUE_MRN,
                                List.of(Meldungsposition.of(Meldungscode.ZWA), Meldungsposition.of(Meldungscode.NAT)))),
                fault(
                        ContentRule.RUEMVA_ADA_ATTRIBUTE,
                        () -> ruem(
                                Geschaeftsfall.VA_KUE_MRN,
                                List.of(
                                        Meldungsposition.of(Meldungscode.ZWA),
                                        Meldungsposition.adresseAbweichend(
                                                Meldungscode.ADAPLZ,
                                                new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, "Starnberg"))))),
                fault(
                        ContentRule.RUEMVA_ADRESSE_ONLY_ADA,
                        () -> ruem(
                                Geschaeftsfall.VA_KUE_MRN,
                                List.of(Meldungsposition.adresseAbweichend(
                                        Meldungscode.ZWA,
                                        new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, "Starnberg"))))),
                fault(
                        ContentRule.RUEMVA_NO_ADA_RRNP,
                        () -> ruem(
                                Geschaeftsfall.VA_RRNP,
                                List.of(
                                        Meldungsposition.of(Meldungscode.ZWA),
                                        Meldungsposition.adresseAbweichend(
                                                Meldungscode.ADAORT,
                                                new AdresseAbweichend(AdresseAbweichend.Attribut.ORT, "Starnberg"))))),
                fault(
                        ContentRule.RUEMVA_TECHNOLOGIE_ONLY_KUE,
                        () -> ruemWith(Geschaeftsfall.VA_RRNP, "001 TAL ISDN", false, true)),
                fault(ContentRule.RUEMVA_RESSOURCE_ONLY_KUE, () -> ruemWith(Geschaeftsfall.VA_RRNP, null, true, true)),
                fault(
                        ContentRule.RUEMVA_RUFNUMMERN_ONLY_PORTING,
                        () -> ruemWith(Geschaeftsfall.VA_KUE_ORN, null, false, true)),
                fault(ContentRule.AKMTR_NOT_RRNP, () -> akm(Geschaeftsfall.VA_RRNP, null)),
                fault(ContentRule.AKMTR_PKIAUF_REQUIRED, () -> akm(Geschaeftsfall.VA_KUE_MRN, null)),
                fault(ContentRule.AKMTR_PKIAUF_FORBIDDEN, () -> akm(Geschaeftsfall.VA_KUE_ORN, KftMessages.PKI_AUF)),
                fault(
                        ContentRule.AKMTR_NOT_RRNP,
                        () -> new AbbruchmeldungTechnRessource(
                                ABG,
                                EKP,
                                VA_ID,
                                Geschaeftsfall.VA_RRNP,
                                List.of(Meldungsposition.of(Meldungscode.LINE_ID_UNBEKANNT)))),
                fault(
                        ContentRule.ABBM_TV_WECHSELTERMIN,
                        () -> abbm(
                                Geschaeftsfall.TVS_VA, Meldungscode.TV_ABGELEHNT, null, null, KftMessages.TV_ID, null)),
                fault(
                        ContentRule.ABBM_TV_REFERENCE,
                        () -> abbm(Geschaeftsfall.TVS_VA, Meldungscode.TV_ABGELEHNT, KWT, null, null, null)),
                fault(
                        ContentRule.ABBM_STORNO_REFERENCE,
                        () -> abbm(Geschaeftsfall.STR_AUF, Meldungscode.STORNO_ABGELEHNT, null, null, null, "Storno")),
                fault(
                        ContentRule.ABBM_STORNO_BEGRUENDUNG,
                        () -> abbm(
                                Geschaeftsfall.STR_AEN,
                                Meldungscode.STORNO_ABGELEHNT,
                                null,
                                KftMessages.STORNO_AUF_ID,
                                null,
                                null)),
                fault(
                        ContentRule.ABBM_SONST_BEGRUENDUNG,
                        () -> abbm(Geschaeftsfall.VA_KUE_MRN, Meldungscode.SONST, null, null, null, null)),
                fault(
                        ContentRule.REFERENCE_FITS_ANSWER,
                        () -> abbm(
                                Geschaeftsfall.VA_KUE_MRN,
                                Meldungscode.KNI,
                                null,
                                KftMessages.STORNO_AUF_ID,
                                null,
                                null)),
                fault(
                        ContentRule.ERLM_ANSWERS_CHANGE,
                        () -> erlm(
                                Geschaeftsfall.VA_KUE_MRN,
                                Meldungscode.STORNO_ERLEDIGT,
                                null,
                                KftMessages.STORNO_AUF_ID,
                                null)),
                fault(
                        ContentRule.ERLM_CODE,
                        () -> erlm(
                                Geschaeftsfall.TVS_VA,
                                Meldungscode.STORNO_ERLEDIGT,
                                KftMessages.NEW_DATE,
                                null,
                                KftMessages.TV_ID)),
                fault(
                        ContentRule.ERLM_TV_WECHSELTERMIN,
                        () -> erlm(Geschaeftsfall.TVS_VA, Meldungscode.TV_ERLEDIGT, null, null, KftMessages.TV_ID)),
                fault(
                        ContentRule.ERLM_TV_REFERENCE,
                        () -> erlm(Geschaeftsfall.TVS_VA, Meldungscode.TV_ERLEDIGT, KftMessages.NEW_DATE, null, null)),
                fault(
                        ContentRule.ERLM_STORNO_REFERENCE,
                        () -> erlm(Geschaeftsfall.STR_AUF, Meldungscode.STORNO_ERLEDIGT, null, null, null)));
    }

    static Stream<Arguments> faultyAnswers() {
        Vorabstimmungsanfrage mrn = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
        return Stream.of(
                answerFault(ContentRule.ANSWER_GESCHAEFTSFALL, KftMessages.ruemVa(Geschaeftsfall.VA_KUE_ORN), mrn),
                answerFault(
                        ContentRule.ANSWER_GESCHAEFTSFALL,
                        KftMessages.erlmToStorno(StornoArt.AENDERUNG_EKP_AUF),
                        KftMessages.storno(StornoArt.AUFHEBUNG_EKP_AUF)),
                answerFault(
                        ContentRule.ANSWER_REFERENCE,
                        KftMessages.erlmToTv(),
                        new Terminverschiebung(
                                AUF, EKP, AenderungsId.of("DEU.PRTN.T000000099"), VA_ID, KftMessages.NEW_DATE)),
                answerFault(
                        ContentRule.ANSWER_REFERENCE,
                        KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN),
                        new Vorabstimmungsanfrage(
                                Geschaeftsfall.VA_KUE_MRN,
                                AUF,
                                EKP,
                                VorabstimmungsId.of("DEU.PRTN.V000000099"),
                                KWT,
                                mrn.endkunde(),
                                List.of(),
                                null,
                                mrn.standort(),
                                null,
                                mrn.rufnummernPortierung())),
                answerFault(
                        ContentRule.RUEMVA_ZWA_DATE,
                        withDate(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN), Meldungscode.ZWA, KWT.plusDays(1)),
                        mrn),
                answerFault(
                        ContentRule.RUEMVA_NAT_DATE,
                        withDate(KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN), Meldungscode.NAT, KWT),
                        mrn),
                answerFault(
                        ContentRule.ERLM_TV_DATE,
                        erlm(Geschaeftsfall.TVS_VA, Meldungscode.TV_ERLEDIGT, KWT, null, KftMessages.TV_ID),
                        KftMessages.tv()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultyMessages")
    void eachFaultyMessageNamesItsRule(ContentRule rule, Supplier<WbciMessage> message) {
        assertThat(rules.check(message.get())).extracting(Violation::rule).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultyAnswers")
    void eachFaultyAnswerNamesItsRule(ContentRule rule, Meldung answer, Anfrage answered) {
        assertThat(rules.checkAnswer(answer, answered))
                .extracting(Violation::rule)
                .containsExactly(rule);
    }

    @Test
    void everyContentRuleHasAFaultyExample() {
        Set<ContentRule> covered = EnumSet.noneOf(ContentRule.class);
        Stream.concat(faultyMessages(), faultyAnswers()).forEach(a -> covered.add((ContentRule) a.get()[0]));
        covered.add(ContentRule.ANSWER_CODE); // checked by the engine's AnswerKind (AnswerKindTest)
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).isEmpty();
    }

    @Test
    void aFaultyRequestIsAnsweredWithSonstNamingTheRules() {
        List<Violation> violations = rules.check(va(KftMessages.va(Geschaeftsfall.VA_KUE_MRN), null, null, null));
        AbbmAnswer answer = AbbmAnswer.forViolations(violations);
        assertThat(answer.code()).isEqualTo(Meldungscode.SONST);
        assertThat(answer.begruendung()).contains("VA.Standort.required").contains("VA.RufnummernPortierung.required");
    }

    @Test
    void begruendungIsCutToItsSimpleType() {
        String text = AbbmAnswer.begruendung("x".repeat(300) + "\u00d7");
        assertThat(text).hasSize(255).endsWith("...");
        assertThat(AbbmAnswer.begruendung("a\u00d7b\tc")).isEqualTo("a?b?c");
    }

    // --- builders of faulty messages

    private static Arguments fault(ContentRule rule, Supplier<WbciMessage> message) {
        return Arguments.of(rule, message);
    }

    private static Arguments answerFault(ContentRule rule, Meldung answer, Anfrage answered) {
        return Arguments.of(rule, answer, answered);
    }

    private static Vorabstimmungsanfrage va(
            Vorabstimmungsanfrage base,
            org.wbcigateway.domain.message.Standort standort,
            Rufnummer anschlussidentifikation,
            RufnummernPortierung rnp) {
        return new Vorabstimmungsanfrage(
                base.geschaeftsfall(),
                base.absender(),
                base.endkundenvertragspartner(),
                base.vorabstimmungsId(),
                base.kundenwunschtermin(),
                base.endkunde(),
                base.weitereAnschlussinhaber(),
                base.projektId(),
                standort,
                anschlussidentifikation,
                rnp);
    }

    private static RufnummernPortierung blocks(Rufnummernblock... bloecke) {
        return new RufnummernPortierung(
                new Anlagenanschluss("89", "123456", "0", List.of(bloecke)), Portierungszeitfenster.ZF2, null);
    }

    private static RueckmeldungVorabstimmung ruem(Geschaeftsfall gf, List<Meldungsposition> positionen) {
        RueckmeldungVorabstimmung s = KftMessages.ruemVa(gf);
        return new RueckmeldungVorabstimmung(
                ABG, EKP, VA_ID, gf, positionen, KWT, s.technologie(), s.ressourcen(), s.rufnummernPortierung());
    }

    private static RueckmeldungVorabstimmung ruemWith(
            Geschaeftsfall gf, String technologie, boolean ressourcen, boolean rufnummern) {
        RueckmeldungVorabstimmung kue = KftMessages.ruemVa(Geschaeftsfall.VA_KUE_MRN);
        return new RueckmeldungVorabstimmung(
                ABG,
                EKP,
                VA_ID,
                gf,
                List.of(Meldungsposition.of(Meldungscode.ZWA)),
                KWT,
                technologie,
                ressourcen ? kue.ressourcen() : List.of(),
                rufnummern ? kue.rufnummernPortierung() : null);
    }

    private static RueckmeldungVorabstimmung withDate(
            RueckmeldungVorabstimmung r, Meldungscode code, java.time.LocalDate date) {
        return new RueckmeldungVorabstimmung(
                r.absender(),
                r.endkundenvertragspartner(),
                r.vorabstimmungsIdRef(),
                r.geschaeftsfall(),
                List.of(Meldungsposition.of(code)),
                date,
                r.technologie(),
                r.ressourcen(),
                r.rufnummernPortierung());
    }

    private static UebernahmeRessource akm(Geschaeftsfall gf, Portierungskennung pki) {
        UebernahmeRessource s = KftMessages.akmTr(Geschaeftsfall.VA_KUE_MRN);
        return new UebernahmeRessource(AUF, EKP, VA_ID, gf, s.positionen(), true, s.uebernahmeLeitungen(), true, pki);
    }

    private static Abbruchmeldung abbm(
            Geschaeftsfall gf,
            Meldungscode code,
            java.time.LocalDate wt,
            StornoId stornoRef,
            AenderungsId tvRef,
            String begruendung) {
        return new Abbruchmeldung(
                ABG, EKP, VA_ID, gf, List.of(Meldungsposition.of(code)), wt, stornoRef, tvRef, begruendung);
    }

    private static Erledigtmeldung erlm(
            Geschaeftsfall gf, Meldungscode code, java.time.LocalDate wt, StornoId stornoRef, AenderungsId tvRef) {
        return new Erledigtmeldung(ABG, EKP, VA_ID, gf, List.of(Meldungsposition.of(code)), wt, stornoRef, tvRef);
    }
}
