package org.wbcigateway.domain.vorabstimmung;

/**
 * Why a Vorabstimmung waits for an operator (Klaerfall). Which kinds the engine itself resolves, and by what, is part
 * of the kind: a refused take-over is over once an AKM-TR is confirmed again.
 */
public enum KlaerfallKind {
    /** A Meldung we received breaks a rule (spec §5.3): stored, no agreed state changed; WBCI has no answer to it. */
    MELDUNG_BREAKS_RULE("received Meldung breaks a rule", false),
    /** The partner's ABBM-TR refused our AKM-TR (catalogue 1.2.08-1.2.10): an operator sends a corrected AKM-TR. */
    TAKE_OVER_REFUSED("ABBM-TR: take-over refused, a corrected AKM-TR may follow", true),
    /** The partner refused our AKM-TR with a negative TEQ (1.2.12/1.2.13): the AKM-TR is owed again. */
    AKM_TR_TECHNICALLY_REFUSED("AKM-TR technically refused by the partner (negative TEQ)", true),
    /** The partner refused another message of ours with a negative TEQ: not delivered, not re-sent automatically. */
    MESSAGE_TECHNICALLY_REFUSED("message technically refused by the partner (negative TEQ)", false);

    private final String description;
    private final boolean resolvedByTakeOver;

    KlaerfallKind(String description, boolean resolvedByTakeOver) {
        this.description = description;
        this.resolvedByTakeOver = resolvedByTakeOver;
    }

    /** One line for an operator, in English. */
    public String description() {
        return description;
    }

    /** A confirmed take-over (our corrected AKM-TR, or the re-sent one delivered) ends this Klaerfall. */
    public boolean resolvedByTakeOver() {
        return resolvedByTakeOver;
    }
}
