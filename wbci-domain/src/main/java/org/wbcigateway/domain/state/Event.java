package org.wbcigateway.domain.state;

import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * A message as the state machine sees it: ABBM and ERLM are told apart by what they answer (their Geschaeftsfall:
 * the VA's case, TVS-VA, STR-AUF or STR-AEN).
 */
public enum Event {
    VA, RUEM_VA, ABBM_VA, AKM_TR, ABBM_TR,
    /** ABBM-TR 8148: the take-over was already confirmed; it answers a duplicate AKM-TR and rejects nothing. */
    ABBM_TR_DUPLICATE,
    TV,
    STR_AUFH_AUF, STR_AEN_AUF, STR_AUFH_ABG, STR_AEN_ABG,
    ERLM_TV, ABBM_TV, ERLM_STR_AUF, ABBM_STR_AUF, ERLM_STR_AEN, ABBM_STR_AEN;

    /** A request, answered by ABBM (a Meldung is never answered, except AKM-TR by ABBM-TR). */
    public boolean isAnfrage() {
        return this == VA || this == TV || isStorno();
    }

    public boolean isStorno() {
        return this == STR_AUFH_AUF || this == STR_AEN_AUF || this == STR_AUFH_ABG || this == STR_AEN_ABG;
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
            case ABBM_TR -> Optional.of(((Meldung) message).positionen().stream().allMatch(
                    p -> p.meldungscode() == Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT) ? ABBM_TR_DUPLICATE : ABBM_TR);
            case ABBM -> Optional.of(switch (answered) {
                case TVS_VA -> ABBM_TV;
                case STR_AUF -> ABBM_STR_AUF;
                case STR_AEN -> ABBM_STR_AEN;
                default -> ABBM_VA;
            });
            case ERLM -> switch (answered) {
                case TVS_VA -> Optional.of(ERLM_TV);
                case STR_AUF -> Optional.of(ERLM_STR_AUF);
                case STR_AEN -> Optional.of(ERLM_STR_AEN);
                default -> Optional.empty();
            };
            default -> throw new IllegalStateException("unhandled " + type);
        };
    }
}
