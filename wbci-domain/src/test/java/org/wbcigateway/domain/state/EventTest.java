package org.wbcigateway.domain.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.StornoArt;

/** Which event a message is for the state machine; ABBM and ERLM by what they answer. */
class EventTest {

    @Test
    void messagesMapToTheirEvents() {
        assertThat(Event.of(KftMessages.va(Geschaeftsfall.VA_RRNP))).contains(Event.VA);
        assertThat(Event.of(KftMessages.abbmToVa(Geschaeftsfall.VA_KUE_ORN, Meldungscode.KNI)))
                .contains(Event.ABBM_VA);
        assertThat(Event.of(KftMessages.abbmToTv())).contains(Event.ABBM_TV);
        assertThat(Event.of(KftMessages.erlmToTv())).contains(Event.ERLM_TV);
        assertThat(Event.of(KftMessages.erlmToStorno(StornoArt.AENDERUNG_EKP_ABG)))
                .contains(Event.ERLM_STR_AEN);
        assertThat(Event.of(KftMessages.abbmToStorno(StornoArt.AUFHEBUNG_EKP_AUF)))
                .contains(Event.ABBM_STR_AUF);
        assertThat(Event.of(KftMessages.storno(StornoArt.AUFHEBUNG_EKP_ABG))).contains(Event.STR_AUFH_ABG);
    }

    @Test
    void abbmTr8148IsTheAnswerToADuplicateNotARejection() {
        assertThat(Event.of(KftMessages.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT)))
                .contains(Event.ABBM_TR_DUPLICATE);
        assertThat(Event.of(KftMessages.abbmTr(Meldungscode.LINE_ID_UNBEKANNT))).contains(Event.ABBM_TR);
    }

    /** A Storno's event is the one its message maps to; each party's two kinds are found by Aufhebung or not. */
    @ParameterizedTest
    @EnumSource(StornoArt.class)
    void stornoKindsMapToTheirEvents(StornoArt art) {
        assertThat(Event.of(KftMessages.storno(art))).contains(Event.of(art));
        assertThat(StornoArt.of(art.isAufhebung(), art.sender())).isEqualTo(art);
    }
}
