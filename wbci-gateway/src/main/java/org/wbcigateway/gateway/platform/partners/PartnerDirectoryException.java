package org.wbcigateway.gateway.platform.partners;

/** A change of the partner directory that cannot be made, and why. */
public class PartnerDirectoryException extends RuntimeException {

    /** Why a change was refused. */
    public enum Reason {
        /** no such partner or certificate */
        NOT_FOUND,
        /** set in configuration, which rewrites it at every start: change it there */
        MANAGED_BY_CONFIGURATION
    }

    private final Reason reason;

    PartnerDirectoryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
