package org.wbcigateway.domain.state;

/** Where a Vorabstimmung stands, seen alike by both parties. */
public enum Phase {
    /** No Vorabstimmung with this ID is known. */
    NONE,
    /** VA exchanged; the EKPabg owes a RUEM-VA or ABBM. */
    VA_PENDING,
    /** RUEM-VA exchanged: Wechseltermin agreed. */
    AGREED,
    /** ABBM to the VA: ended. */
    REJECTED,
    /** ERLM to a Storno-Aufhebung: ended. */
    CANCELLED,
    /** ERLM to a Storno-Aenderung: this VA is void; the EKPauf must send a new VA with a new VA-ID. */
    NEW_VA;

    public boolean isEnded() {
        return this == REJECTED || this == CANCELLED || this == NEW_VA;
    }
}
