package org.wbcigateway.domain.followup;

/** When a follow-up VA came, measured against the NEW_VA deadline of the Vorabstimmung it follows up. */
public enum NewVaArrival {
    /** Within the window: from its {@code notBefore} up to and including its due date. */
    IN_TIME,
    /** Before the window opened (5 AT after the ERLM to a STR-AEN-ABG): refused like a date rule (ABBM 8116). */
    TOO_EARLY,
    /** After the due date (original Wechseltermin − 7 AT): accepted; the overdue deadline is closed late. */
    TOO_LATE;

    /** The follow-up VA is refused (receiver: ABBM; sender: not sent). */
    public boolean refuses() {
        return this == TOO_EARLY;
    }
}
