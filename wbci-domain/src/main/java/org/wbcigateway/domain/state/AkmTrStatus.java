package org.wbcigateway.domain.state;

/** The take-over of the technical resource (AKM-TR), KUE cases after RUEM-VA only. */
public enum AkmTrStatus {
    /** No AKM-TR belongs here (VA-RRNP, no RUEM-VA yet, or the Vorabstimmung ended before one was exchanged). */
    NOT_APPLICABLE,
    /** RUEM-VA given for a KUE case; the EKPauf owes an AKM-TR. */
    AWAITED,
    /** AKM-TR exchanged and not rejected: the take-over stands (a further one is answered with ABBM-TR 8148). */
    CONFIRMED,
    /** ABBM-TR exchanged: a new AKM-TR may follow. */
    REJECTED,
    /**
     * The EKPauf's AKM-TR was answered with a negative TEQ: it never reached the EKPabg, nothing is taken over and the
     * AKM-TR is owed again (interop catalogue 1.2.12/1.2.13); its re-send or a new AKM-TR confirms the take-over.
     */
    TEQ_REFUSED;

    /** The EKPauf owes an AKM-TR (the AKM-TR deadline runs). */
    public boolean isOwed() {
        return this == AWAITED || this == REJECTED || this == TEQ_REFUSED;
    }
}
