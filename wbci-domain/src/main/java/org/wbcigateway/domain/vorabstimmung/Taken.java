package org.wbcigateway.domain.vorabstimmung;

/** How the engine takes a message (or an outbox verdict). */
public enum Taken {
    /** Allowed: its transition, if any, was applied. */
    ACCEPTED,
    /** A request we received that must be refused: an ABBM answers it (automatic, spec §5.3, §7). */
    ANSWERED_ABBM,
    /** An AKM-TR we received that must be refused: an ABBM-TR answers it (spec §7). */
    ANSWERED_ABBM_TR,
    /** A Meldung we received that breaks a rule: stored, no state change, Klaerfall for an operator. */
    KLAERFALL,
    /** A message we wanted to send breaks a rule: it is not sent, nothing changes. */
    REFUSED
}
