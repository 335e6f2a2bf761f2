package org.wbcigateway.gateway.decisions;

import org.wbcigateway.domain.decision.DecisionRule;

/**
 * Why a partner's request waits for a person (column {@code vorabstimmung.decision_reason}); the console and the API
 * label it, the decision note adds the detail (the contracts concerned, or the error).
 */
public enum ReviewReason {
    /** {@code wbci.decision.mode} is REVIEW: every request goes to a person. */
    SWITCHED_OFF,
    /** Several contracts match the VA's customer; the note lists them. */
    CONTRACTS_AMBIGUOUS,
    /** The matching contract lacks the data the rules need (its earliest end); the note names it. */
    CONTRACT_INCOMPLETE,
    /** The automatic decision ended in an error; the note has it. */
    DECISION_FAILED,
    /** The answer the rules chose is not allowed by the protocol (state, dates); the note names the rules. */
    ANSWER_REFUSED;

    /** The reason of a decision rule that hands the VA to a person. */
    public static ReviewReason of(DecisionRule rule) {
        return switch (rule) {
            case VERTRAG_MEHRDEUTIG -> CONTRACTS_AMBIGUOUS;
            case DATEN_UNVOLLSTAENDIG -> CONTRACT_INCOMPLETE;
            default -> throw new IllegalArgumentException(rule + " decides; it hands nothing to a person");
        };
    }
}
