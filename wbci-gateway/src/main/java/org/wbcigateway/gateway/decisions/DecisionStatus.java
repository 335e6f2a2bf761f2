package org.wbcigateway.gateway.decisions;

/**
 * Where the automatic decision of a partner's request stands (column {@code vorabstimmung.decision_status}; empty
 * for a Vorabstimmung that needs no decision of ours).
 */
public enum DecisionStatus {
    /** Waiting for the decision worker. */
    PENDING,
    /** A person decides (the rules could not, or the automatic answer was refused); the note says why. */
    REVIEW,
    /** Decided and answered automatically; the note names the rule. */
    DONE
}
