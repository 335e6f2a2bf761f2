package org.wbcigateway.domain.deadline;

/** The groups of overdue items that escalate on the same scale. */
public enum EscalationKind {
    /** No RUEM-VA or ABBM to a VA; also a new VA owed after a Storno-Aenderung. */
    VA_UNANSWERED,
    /** No AKM-TR before the Wechseltermin. */
    AKM_TR_MISSING,
    /** No ERLM or ABBM to a TV or Storno. */
    CHANGE_REQUEST_UNANSWERED;

    public static EscalationKind of(AwaitedAnswer awaited) {
        switch (awaited) {
            case RUEM_VA_OR_ABBM:
            case NEW_VA_AFTER_STR_AEN_AUF:
            case NEW_VA_AFTER_STR_AEN_ABG:
                return VA_UNANSWERED;
            case AKM_TR:
                return AKM_TR_MISSING;
            case ERLM_OR_ABBM_TO_TV:
            case ERLM_OR_ABBM_TO_STORNO:
                return CHANGE_REQUEST_UNANSWERED;
            default:
                throw new IllegalArgumentException("no escalation kind for " + awaited);
        }
    }
}
