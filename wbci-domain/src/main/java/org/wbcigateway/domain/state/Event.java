package org.wbcigateway.domain.state;

import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.StornoArt;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * A message as the state machine sees it: ABBM and ERLM are told apart by what they answer (their Geschaeftsfall:
 * the VA's case, TVS-VA, STR-AUF or STR-AEN). Two events are no message but the partner's TEQ to an AKM-TR (the
 * outbox's verdict), so that what a technical refusal changes goes through the transition table too.
 */
public enum Event {
    VA(Answered.NOTHING),
    RUEM_VA(Answered.VA),
    ABBM_VA(Answered.VA),
    AKM_TR(Answered.NOTHING),
    ABBM_TR(Answered.AKM_TR),
    /** ABBM-TR 8148: the take-over was already confirmed; it answers a duplicate AKM-TR and rejects nothing. */
    ABBM_TR_DUPLICATE(Answered.AKM_TR),
    TV(Answered.NOTHING),
    STR_AUFH_AUF(Answered.NOTHING),
    STR_AEN_AUF(Answered.NOTHING),
    STR_AUFH_ABG(Answered.NOTHING),
    STR_AEN_ABG(Answered.NOTHING),
    ERLM_TV(Answered.CHANGE_REQUEST),
    ABBM_TV(Answered.CHANGE_REQUEST),
    ERLM_STR_AUF(Answered.CHANGE_REQUEST),
    ABBM_STR_AUF(Answered.CHANGE_REQUEST),
    ERLM_STR_AEN(Answered.CHANGE_REQUEST),
    ABBM_STR_AEN(Answered.CHANGE_REQUEST),
    /** The partner answered the EKPauf's AKM-TR with a negative TEQ (0990, 0993, 0995): nothing was taken over. */
    AKM_TR_TEQ_REFUSED(Answered.NOTHING),
    /** The partner accepted (TEQ OK) an AKM-TR re-sent after a negative TEQ: the take-over stands after all. */
    AKM_TR_TEQ_OK(Answered.NOTHING);

    /** Which earlier message of the Vorabstimmung a message answers. */
    public enum Answered {
        /** Nothing: a request, an AKM-TR, or a TEQ. */
        NOTHING,
        /** The VA (RUEM-VA, ABBM to the VA). */
        VA,
        /** The active TV or Storno (ERLM, ABBM to a change request). */
        CHANGE_REQUEST,
        /** The AKM-TR (ABBM-TR). */
        AKM_TR
    }

    private final Answered answers;

    Event(Answered answers) {
        this.answers = answers;
    }

    /** Which request (or AKM-TR) a message of this event answers. */
    public Answered answers() {
        return answers;
    }

    /** A request, answered by ABBM (a Meldung is never answered, except AKM-TR by ABBM-TR). */
    public boolean isAnfrage() {
        return this == VA || this == TV || isStorno();
    }

    public boolean isStorno() {
        return this == STR_AUFH_AUF || this == STR_AEN_AUF || this == STR_AUFH_ABG || this == STR_AEN_ABG;
    }

    /** The event of a Storno of this kind. */
    public static Event of(StornoArt art) {
        return switch (art) {
            case AUFHEBUNG_EKP_AUF -> STR_AUFH_AUF;
            case AENDERUNG_EKP_AUF -> STR_AEN_AUF;
            case AUFHEBUNG_EKP_ABG -> STR_AUFH_ABG;
            case AENDERUNG_EKP_ABG -> STR_AEN_ABG;
        };
    }

    /**
     * The event of a message; empty for an ERLM answering a VA case, which no state accepts (a content rule
     * names the fault).
     */
    public static Optional<Event> of(WbciMessage message) {
        MessageType type = message.type();
        if (type.isVorabstimmungsanfrage()) {
            return Optional.of(VA);
        }
        Geschaeftsfall answered = message instanceof Meldung m ? m.geschaeftsfall() : null;
        return switch (type) {
            case TV -> Optional.of(TV);
            case STR_AUFH_AUF -> Optional.of(STR_AUFH_AUF);
            case STR_AEN_AUF -> Optional.of(STR_AEN_AUF);
            case STR_AUFH_ABG -> Optional.of(STR_AUFH_ABG);
            case STR_AEN_ABG -> Optional.of(STR_AEN_ABG);
            case RUEM_VA -> Optional.of(RUEM_VA);
            case AKM_TR -> Optional.of(AKM_TR);
            case ABBM_TR ->
                Optional.of(
                        ((Meldung) message)
                                        .positionen().stream()
                                                .allMatch(p ->
                                                        p.meldungscode() == Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT)
                                ? ABBM_TR_DUPLICATE
                                : ABBM_TR);
            case ABBM ->
                Optional.of(
                        switch (answered) {
                            case TVS_VA -> ABBM_TV;
                            case STR_AUF -> ABBM_STR_AUF;
                            case STR_AEN -> ABBM_STR_AEN;
                            default -> ABBM_VA;
                        });
            case ERLM ->
                switch (answered) {
                    case TVS_VA -> Optional.of(ERLM_TV);
                    case STR_AUF -> Optional.of(ERLM_STR_AUF);
                    case STR_AEN -> Optional.of(ERLM_STR_AEN);
                    default -> Optional.empty();
                };
            default -> throw new IllegalStateException("unhandled " + type);
        };
    }
}
