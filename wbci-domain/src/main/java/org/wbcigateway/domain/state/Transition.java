package org.wbcigateway.domain.state;

import static org.wbcigateway.domain.message.Rolle.EKP_ABG;
import static org.wbcigateway.domain.message.Rolle.EKP_AUF;

import java.util.EnumSet;
import java.util.Set;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;

/**
 * The transition table of a Vorabstimmung (spec §3), the same for both roles: a message of an event, sent by the
 * given party, in a state matching the guards, leads to the listed state. Whatever no row accepts is rejected by
 * {@link VorabstimmungStateMachine} with the rule it broke.
 */
public enum Transition {
    VA_OPENS(
            Event.VA,
            EKP_AUF,
            Set.of(Phase.NONE),
            ALL.CHANGES,
            ALL.AKM,
            false,
            Phase.VA_PENDING,
            AkmUpdate.KEEP,
            ChangeUpdate.KEEP,
            Effect.OPENED),
    RUEM_VA_AGREES(
            Event.RUEM_VA,
            EKP_ABG,
            Set.of(Phase.VA_PENDING),
            ALL.CHANGES,
            ALL.AKM,
            false,
            Phase.AGREED,
            AkmUpdate.AWAIT_IF_KUE,
            ChangeUpdate.KEEP,
            Effect.AGREED),
    ABBM_ENDS_VA(
            Event.ABBM_VA,
            EKP_ABG,
            Set.of(Phase.VA_PENDING),
            ALL.CHANGES,
            ALL.AKM,
            false,
            Phase.REJECTED,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.REJECTED),
    AKM_TR_TAKES_OVER(
            Event.AKM_TR,
            EKP_AUF,
            Set.of(Phase.AGREED),
            ALL.CHANGES,
            EnumSet.of(AkmTrStatus.AWAITED, AkmTrStatus.REJECTED, AkmTrStatus.TEQ_REFUSED),
            true,
            null,
            AkmUpdate.CONFIRM,
            ChangeUpdate.KEEP,
            Effect.AKM_TR_CONFIRMED),
    /** Interop catalogue 1.2.12/1.2.13: agreement unchanged, the AKM-TR is owed again and its deadline runs. */
    TEQ_REFUSES_AKM_TR(
            Event.AKM_TR_TEQ_REFUSED,
            EKP_AUF,
            Set.of(Phase.AGREED),
            ALL.CHANGES,
            EnumSet.of(AkmTrStatus.CONFIRMED),
            true,
            null,
            AkmUpdate.TEQ_REFUSE,
            ChangeUpdate.KEEP,
            Effect.AKM_TR_TEQ_REFUSED),
    TEQ_ACCEPTS_RESENT_AKM_TR(
            Event.AKM_TR_TEQ_OK,
            EKP_AUF,
            Set.of(Phase.AGREED),
            ALL.CHANGES,
            EnumSet.of(AkmTrStatus.TEQ_REFUSED),
            true,
            null,
            AkmUpdate.CONFIRM,
            ChangeUpdate.KEEP,
            Effect.AKM_TR_CONFIRMED),
    ABBM_TR_REJECTS_AKM_TR(
            Event.ABBM_TR,
            EKP_ABG,
            Set.of(Phase.AGREED),
            ALL.CHANGES,
            EnumSet.of(AkmTrStatus.CONFIRMED),
            true,
            null,
            AkmUpdate.REJECT,
            ChangeUpdate.KEEP,
            Effect.AKM_TR_REJECTED),
    ABBM_TR_NOTES_DUPLICATE(
            Event.ABBM_TR_DUPLICATE,
            EKP_ABG,
            Set.of(Phase.AGREED),
            ALL.CHANGES,
            EnumSet.of(AkmTrStatus.CONFIRMED),
            true,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.KEEP,
            Effect.AKM_TR_DUPLICATE_NOTED),
    TV_REQUESTED(
            Event.TV,
            EKP_AUF,
            Set.of(Phase.AGREED),
            ALL.NO_CHANGE,
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.SET,
            Effect.CHANGE_REQUESTED),
    STR_AUFH_AUF_REQUESTED(
            Event.STR_AUFH_AUF,
            EKP_AUF,
            ALL.OPEN,
            ALL.NO_CHANGE,
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.SET,
            Effect.CHANGE_REQUESTED),
    STR_AEN_AUF_REQUESTED(
            Event.STR_AEN_AUF,
            EKP_AUF,
            ALL.OPEN,
            ALL.NO_CHANGE,
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.SET,
            Effect.CHANGE_REQUESTED),
    STR_AUFH_ABG_REQUESTED(
            Event.STR_AUFH_ABG,
            EKP_ABG,
            Set.of(Phase.AGREED),
            ALL.NO_CHANGE,
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.SET,
            Effect.CHANGE_REQUESTED),
    STR_AEN_ABG_REQUESTED(
            Event.STR_AEN_ABG,
            EKP_ABG,
            Set.of(Phase.AGREED),
            ALL.NO_CHANGE,
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.SET,
            Effect.CHANGE_REQUESTED),
    ERLM_MOVES_DATE(
            Event.ERLM_TV,
            EKP_ABG,
            Set.of(Phase.AGREED),
            Set.of(ChangeRequest.TV),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.WECHSELTERMIN_MOVED),
    ABBM_KEEPS_DATE(
            Event.ABBM_TV,
            EKP_ABG,
            Set.of(Phase.AGREED),
            Set.of(ChangeRequest.TV),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.CHANGE_REFUSED),
    ERLM_CANCELS_FOR_AUF(
            Event.ERLM_STR_AUF,
            EKP_ABG,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AUFH_AUF),
            ALL.AKM,
            false,
            Phase.CANCELLED,
            AkmUpdate.END,
            ChangeUpdate.CLEAR,
            Effect.CANCELLED),
    ERLM_CANCELS_FOR_ABG(
            Event.ERLM_STR_AUF,
            EKP_AUF,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AUFH_ABG),
            ALL.AKM,
            false,
            Phase.CANCELLED,
            AkmUpdate.END,
            ChangeUpdate.CLEAR,
            Effect.CANCELLED),
    ABBM_REFUSES_AUFHEBUNG_OF_AUF(
            Event.ABBM_STR_AUF,
            EKP_ABG,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AUFH_AUF),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.CHANGE_REFUSED),
    ABBM_REFUSES_AUFHEBUNG_OF_ABG(
            Event.ABBM_STR_AUF,
            EKP_AUF,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AUFH_ABG),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.CHANGE_REFUSED),
    ERLM_VOIDS_FOR_AUF(
            Event.ERLM_STR_AEN,
            EKP_ABG,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AEN_AUF),
            ALL.AKM,
            false,
            Phase.NEW_VA,
            AkmUpdate.END,
            ChangeUpdate.CLEAR,
            Effect.NEW_VA_REQUIRED),
    ERLM_VOIDS_FOR_ABG(
            Event.ERLM_STR_AEN,
            EKP_AUF,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AEN_ABG),
            ALL.AKM,
            false,
            Phase.NEW_VA,
            AkmUpdate.END,
            ChangeUpdate.CLEAR,
            Effect.NEW_VA_REQUIRED),
    ABBM_REFUSES_AENDERUNG_OF_AUF(
            Event.ABBM_STR_AEN,
            EKP_ABG,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AEN_AUF),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.CHANGE_REFUSED),
    ABBM_REFUSES_AENDERUNG_OF_ABG(
            Event.ABBM_STR_AEN,
            EKP_AUF,
            ALL.OPEN,
            Set.of(ChangeRequest.STR_AEN_ABG),
            ALL.AKM,
            false,
            null,
            AkmUpdate.KEEP,
            ChangeUpdate.CLEAR,
            Effect.CHANGE_REFUSED);

    /** What a transition means for the business, beyond the state itself. */
    public enum Effect {
        OPENED,
        AGREED,
        REJECTED,
        AKM_TR_CONFIRMED,
        AKM_TR_REJECTED,
        /** A negative TEQ to the AKM-TR: the take-over did not happen; an AKM-TR is owed again. */
        AKM_TR_TEQ_REFUSED,
        /** ABBM-TR 8148 to a second AKM-TR: the first take-over stands (interop catalogue 1.2.11). */
        AKM_TR_DUPLICATE_NOTED,
        CHANGE_REQUESTED,
        /** ERLM to a TV: the Wechseltermin becomes the ERLM's date. */
        WECHSELTERMIN_MOVED,
        /** ABBM to a TV or Storno: the agreement stands unchanged. */
        CHANGE_REFUSED,
        CANCELLED,
        /** The EKPauf owes a new VA with a new VA-ID (deadline: original Wechseltermin − 7 AT). */
        NEW_VA_REQUIRED
    }

    /** END: the Vorabstimmung ends (cancelled or voided); an AKM-TR still owed is owed no more. */
    enum AkmUpdate {
        KEEP,
        AWAIT_IF_KUE,
        CONFIRM,
        REJECT,
        TEQ_REFUSE,
        END
    }

    enum ChangeUpdate {
        KEEP,
        SET,
        CLEAR
    }

    /** Guard sets shared by several rows. */
    private static final class ALL {
        static final Set<ChangeRequest> CHANGES = EnumSet.allOf(ChangeRequest.class);
        static final Set<ChangeRequest> NO_CHANGE = EnumSet.of(ChangeRequest.NONE);
        static final Set<AkmTrStatus> AKM = EnumSet.allOf(AkmTrStatus.class);
        /** "while the VA is open": before and after the RUEM-VA. */
        static final Set<Phase> OPEN = EnumSet.of(Phase.VA_PENDING, Phase.AGREED);
    }

    private final Event event;
    private final Rolle sender;
    private final Set<Phase> fromPhases;
    private final Set<ChangeRequest> fromChangeRequests;
    private final Set<AkmTrStatus> fromAkmTr;
    private final boolean kuendigungOnly;
    private final Phase toPhase;
    private final AkmUpdate akmUpdate;
    private final ChangeUpdate changeUpdate;
    private final Effect effect;

    Transition(
            Event event,
            Rolle sender,
            Set<Phase> fromPhases,
            Set<ChangeRequest> fromChangeRequests,
            Set<AkmTrStatus> fromAkmTr,
            boolean kuendigungOnly,
            Phase toPhase,
            AkmUpdate akmUpdate,
            ChangeUpdate changeUpdate,
            Effect effect) {
        this.event = event;
        this.sender = sender;
        this.fromPhases = fromPhases;
        this.fromChangeRequests = fromChangeRequests;
        this.fromAkmTr = fromAkmTr;
        this.kuendigungOnly = kuendigungOnly;
        this.toPhase = toPhase;
        this.akmUpdate = akmUpdate;
        this.changeUpdate = changeUpdate;
        this.effect = effect;
    }

    public Event event() {
        return event;
    }

    public Rolle sender() {
        return sender;
    }

    public Effect effect() {
        return effect;
    }

    /** The first guard this row fails for the given situation, or {@code null} if the row applies. */
    Guard firstFailingGuard(Geschaeftsfall geschaeftsfall, VorabstimmungState state, Rolle actualSender) {
        if (actualSender != sender) {
            return Guard.SENDER;
        }
        if (!fromPhases.contains(state.phase())) {
            return Guard.PHASE;
        }
        if (kuendigungOnly && !geschaeftsfall.isKuendigung()) {
            return Guard.GESCHAEFTSFALL;
        }
        if (!fromChangeRequests.contains(state.changeRequest())) {
            return Guard.CHANGE_REQUEST;
        }
        if (!fromAkmTr.contains(state.akmTr())) {
            return Guard.AKM_TR;
        }
        return null;
    }

    VorabstimmungState apply(Geschaeftsfall geschaeftsfall, VorabstimmungState state) {
        Phase phase = toPhase == null ? state.phase() : toPhase;
        AkmTrStatus akm = switch (akmUpdate) {
            case KEEP -> state.akmTr();
            case AWAIT_IF_KUE -> geschaeftsfall.isKuendigung() ? AkmTrStatus.AWAITED : AkmTrStatus.NOT_APPLICABLE;
            case CONFIRM -> AkmTrStatus.CONFIRMED;
            case REJECT -> AkmTrStatus.REJECTED;
            case TEQ_REFUSE -> AkmTrStatus.TEQ_REFUSED;
            case END -> state.akmTr() == AkmTrStatus.CONFIRMED ? AkmTrStatus.CONFIRMED : AkmTrStatus.NOT_APPLICABLE;
        };
        ChangeRequest change = switch (changeUpdate) {
            case KEEP -> state.changeRequest();
            case SET -> ChangeRequest.valueOf(event.name());
            case CLEAR -> ChangeRequest.NONE;
        };
        return new VorabstimmungState(phase, akm, change);
    }

    /** The guards of a row, in the order they are checked. */
    enum Guard {
        SENDER,
        PHASE,
        GESCHAEFTSFALL,
        CHANGE_REQUEST,
        AKM_TR
    }
}
