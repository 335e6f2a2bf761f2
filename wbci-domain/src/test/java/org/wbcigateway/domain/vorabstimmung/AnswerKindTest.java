package org.wbcigateway.domain.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.ContentRule;
import org.wbcigateway.domain.rule.Violation;

/** Which codes may answer which request: one table for the API, the console, the simulator and the engine. */
class AnswerKindTest {

    private static final Vorabstimmungsanfrage MRN = KftMessages.va(Geschaeftsfall.VA_KUE_MRN);
    private static final Vorabstimmungsanfrage RRNP = KftMessages.va(Geschaeftsfall.VA_RRNP);
    private static final Vorabstimmungsanfrage RRNP_WITHOUT_PROJEKT = new Vorabstimmungsanfrage(
            RRNP.geschaeftsfall(),
            RRNP.absender(),
            RRNP.endkundenvertragspartner(),
            RRNP.vorabstimmungsId(),
            RRNP.kundenwunschtermin(),
            RRNP.endkunde(),
            RRNP.weitereAnschlussinhaber(),
            null,
            null,
            null,
            RRNP.rufnummernPortierung());

    static Stream<Arguments> offered() {
        return Stream.of(
                Arguments.of(AnswerKind.RUEM_VA, MRN, "8001 8002"),
                Arguments.of(AnswerKind.ABBM_TO_VA, MRN, "8103 8108 8109 8110 8111 8112 8113 8114 8116 8117 8118 8149"),
                Arguments.of(AnswerKind.ABBM_TO_VA, RRNP, "8103 8112 8113 8114 8116 8117 8118 8149"),
                Arguments.of(AnswerKind.ABBM_TO_VA, RRNP_WITHOUT_PROJEKT, "8103 8112 8113 8114 8116 8117 8118"),
                Arguments.of(AnswerKind.ABBM_TR, MRN, "8143 8144 8145 8146 8147"),
                Arguments.of(AnswerKind.ABBM_TO_TV, MRN, "8141"),
                Arguments.of(AnswerKind.ABBM_TO_STORNO, MRN, "8142"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("offered")
    void offersTheCodesThatFitTheRequest(AnswerKind kind, Vorabstimmungsanfrage va, String codes) {
        assertThat(String.join(
                        " ", kind.offered(va).stream().map(Meldungscode::code).toList()))
                .isEqualTo(codes);
    }

    @Test
    void adaCorrectionsOnlyForKue() {
        assertThat(AnswerKind.adaCodes(Geschaeftsfall.VA_KUE_ORN))
                .containsExactly(Meldungscode.ADAPLZ, Meldungscode.ADAORT, Meldungscode.ADASTR, Meldungscode.ADAHSNR);
        assertThat(AnswerKind.adaCodes(Geschaeftsfall.VA_RRNP)).isEmpty();
        assertThat(AnswerKind.RUEM_VA.allowed(MRN)).contains(Meldungscode.ADAORT);
        assertThatThrownBy(() -> AnswerKind.requireAda(Geschaeftsfall.VA_RRNP, "8105"))
                .hasMessageContaining("VA-RRNP");
    }

    @Test
    void aCodeThatIsNotOfferedIsNamedWithTheOffer() {
        assertThat(AnswerKind.ABBM_TO_TV.require(MRN, "8141")).isEqualTo(Meldungscode.TV_ABGELEHNT);
        assertThatThrownBy(() -> AnswerKind.ABBM_TO_VA.require(MRN, "8141"))
                .hasMessageContaining("8141")
                .hasMessageContaining("8117");
    }

    @Test
    void theKindOfAnAnswerFollowsWhatItAnswers() {
        assertThat(AnswerKind.of(KftMessages.abbmToTv())).contains(AnswerKind.ABBM_TO_TV);
        assertThat(AnswerKind.of(KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_MRN, Meldungscode.KNI)))
                .contains(AnswerKind.ABBM_TO_VA);
        assertThat(AnswerKind.of(KftMessages.erlmToTv())).isEmpty();
    }

    /** The REST API accepted any code of the Meldung type; the engine now refuses one that does not fit. */
    @Test
    void theEngineRefusesToSendACodeThatDoesNotFitTheRequest() {
        Vorabstimmung pending = Fixtures.vorabstimmung(Rolle.EKP_ABG, "VA_PENDING/NOT_APPLICABLE/NONE", null);
        Outcome outcome = pending.send(
                pending.abbmToVa(List.of(Meldungsposition.of(Meldungscode.TV_ABGELEHNT)), null),
                Fixtures.context(Rolle.EKP_ABG));
        assertThat(outcome.taken()).isEqualTo(Taken.REFUSED);
        assertThat(outcome.violations()).extracting(Violation::rule).containsExactly(ContentRule.ANSWER_CODE);
        assertThat(outcome.next()).isEqualTo(pending);
    }
}
