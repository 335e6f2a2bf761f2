package org.wbcigateway.gateway.web.api;

/**
 * What one line of a bulk request does: the same action as the single endpoint named, with the same body, the same
 * checks and the same answer (as the line's result).
 */
public enum BulkAction {
    /** {@code POST /api/vorabstimmungen}: send a VA as EKPauf. */
    START_VORABSTIMMUNG(true),
    /** {@code POST /api/vorabstimmungen/{id}/ruem-va}. */
    RUEM_VA(false),
    /** {@code POST /api/vorabstimmungen/{id}/abbm}. */
    ABBM(false),
    /** {@code POST /api/vorabstimmungen/{id}/abbm-tr}. */
    ABBM_TR(false),
    /** {@code POST /api/vorabstimmungen/{id}/akm-tr}. */
    AKM_TR(false),
    /** {@code POST /api/vorabstimmungen/{id}/tv}. */
    TV(false),
    /** {@code POST /api/vorabstimmungen/{id}/storno}. */
    STORNO(false),
    /** {@code POST /api/vorabstimmungen/{id}/change-request/erlm} (no body). */
    ERLM(false),
    /** {@code POST /api/vorabstimmungen/{id}/change-request/abbm}. */
    CHANGE_REQUEST_ABBM(false);

    private final boolean creates;

    BulkAction(boolean creates) {
        this.creates = creates;
    }

    /** The HTTP status of the single endpoint on success: 201 for a new Vorabstimmung, else 202. */
    int successStatus() {
        return creates ? 201 : 202;
    }
}
