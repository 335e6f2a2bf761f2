package org.wbcigateway.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;

class OpenItemsTest {

    private static VorabstimmungState s(Phase p, AkmTrStatus a, ChangeRequest c) {
        return new VorabstimmungState(p, a, c);
    }

    @Test
    void theEkpAbgOwesTheAnswerToAVa() {
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_RRNP,
                        s(Phase.VA_PENDING, AkmTrStatus.NOT_APPLICABLE, ChangeRequest.NONE),
                        Transition.VA_OPENS))
                .containsExactly(new OpenItem(AwaitedAnswer.RUEM_VA_OR_ABBM, Rolle.EKP_ABG));
    }

    @Test
    void afterTheRuemVaTheEkpAufOwesTheAkmTrForKueOnly() {
        VorabstimmungState agreed = s(Phase.AGREED, AkmTrStatus.AWAITED, ChangeRequest.NONE);
        assertThat(OpenItems.of(Geschaeftsfall.VA_KUE_ORN, agreed, Transition.RUEM_VA_AGREES))
                .containsExactly(new OpenItem(AwaitedAnswer.AKM_TR, Rolle.EKP_AUF));
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_RRNP,
                        s(Phase.AGREED, AkmTrStatus.NOT_APPLICABLE, ChangeRequest.NONE),
                        Transition.RUEM_VA_AGREES))
                .isEmpty();
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_KUE_MRN,
                        s(Phase.AGREED, AkmTrStatus.CONFIRMED, ChangeRequest.NONE),
                        Transition.AKM_TR_TAKES_OVER))
                .isEmpty();
    }

    @Test
    void aStornoIsOwedByTheOtherParty() {
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_KUE_MRN,
                        s(Phase.AGREED, AkmTrStatus.CONFIRMED, ChangeRequest.STR_AUFH_ABG),
                        Transition.STR_AUFH_ABG_REQUESTED))
                .containsExactly(new OpenItem(AwaitedAnswer.ERLM_OR_ABBM_TO_STORNO, Rolle.EKP_AUF));
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_KUE_MRN,
                        s(Phase.AGREED, AkmTrStatus.AWAITED, ChangeRequest.TV),
                        Transition.TV_REQUESTED))
                .containsExactly(
                        new OpenItem(AwaitedAnswer.AKM_TR, Rolle.EKP_AUF),
                        new OpenItem(AwaitedAnswer.ERLM_OR_ABBM_TO_TV, Rolle.EKP_ABG));
    }

    @Test
    void aVoidedVaWaitsForTheEkpAufsNewVa() {
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_KUE_MRN,
                        s(Phase.NEW_VA, AkmTrStatus.AWAITED, ChangeRequest.NONE),
                        Transition.ERLM_VOIDS_FOR_ABG))
                .containsExactly(new OpenItem(AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG, Rolle.EKP_AUF));
        assertThat(OpenItems.of(
                        Geschaeftsfall.VA_KUE_MRN,
                        s(Phase.CANCELLED, AkmTrStatus.AWAITED, ChangeRequest.NONE),
                        Transition.ERLM_CANCELS_FOR_AUF))
                .isEmpty();
    }
}
