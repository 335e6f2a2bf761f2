package org.wbcigateway.gateway.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;

/** What the code picker offers per answer, and that the server side refuses anything else. */
class CodePickerTest {

    private static List<String> codes(CodePicker.Answer answer) {
        return CodePicker.offered(answer, null).stream().map(Meldungscode::code).toList();
    }

    @Test
    void eachAnswerOffersOnlyItsCodesAndNeverTheAutomaticOnes() {
        assertThat(codes(CodePicker.Answer.RUEM_VA)).containsExactly("8001", "8002");
        assertThat(codes(CodePicker.Answer.ABBM_TR)).containsExactly("8143", "8144", "8145", "8146", "8147");
        assertThat(codes(CodePicker.Answer.ABBM_TV)).containsExactly("8141");
        assertThat(codes(CodePicker.Answer.ABBM_STORNO)).containsExactly("8142");
        // without a Standort (VA-RRNP) no ADF code, without a ProjektId no UPK
        assertThat(codes(CodePicker.Answer.ABBM_VA)).containsExactly("8103", "8112", "8113", "8114", "8116", "8117",
                "8118");
        assertThat(CodePicker.adaCodes(Geschaeftsfall.VA_RRNP)).isEmpty();
        assertThat(CodePicker.adaCodes(Geschaeftsfall.VA_KUE_ORN)).extracting(Meldungscode::code)
                .containsExactly("8104", "8105", "8106", "8107");
    }

    @Test
    void aCodeThatIsNotOfferedIsRefused() {
        assertThat(CodePicker.require(CodePicker.Answer.ABBM_VA, null, "8117")).isEqualTo(Meldungscode.KNI);
        assertThatThrownBy(() -> CodePicker.require(CodePicker.Answer.ABBM_VA, null, "8140"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8140");
        assertThatThrownBy(() -> CodePicker.require(CodePicker.Answer.ABBM_TR, null, "8148"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodePicker.requireAda(Geschaeftsfall.VA_RRNP, "8104"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
