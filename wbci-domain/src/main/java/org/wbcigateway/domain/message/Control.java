package org.wbcigateway.domain.message;

import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.SimpleType;

/**
 * {@code Control} of every envelope: time stamp, release (v2.00 sends 02/00) and the informational signaturId of the
 * sender's signing certificate. Receivers authenticate with the signature itself, never with signaturId.
 */
public record Control(OffsetDateTime zeitstempel, String majorRelease, String minorRelease, SignaturId signaturId) {

    public static final String MAJOR_RELEASE = "02";
    public static final String MINOR_RELEASE = "00";

    /** {@code signaturId} { issuer DN, serial in hex }. */
    public record SignaturId(String issuer, String serial) {

        public SignaturId {
            SimpleType.SIGNATUR_ISSUER.require(issuer);
            SimpleType.SERIAL.require(serial);
        }
    }

    public Control {
        Cardinality.required("zeitstempel", zeitstempel);
        SimpleType.RELEASE.require(majorRelease);
        SimpleType.RELEASE.require(minorRelease);
        Cardinality.required("signaturId", signaturId);
    }

    public static Control v200(OffsetDateTime zeitstempel, SignaturId signaturId) {
        return new Control(zeitstempel, MAJOR_RELEASE, MINOR_RELEASE, signaturId);
    }

    public boolean isSupportedRelease() {
        return MAJOR_RELEASE.equals(majorRelease) && MINOR_RELEASE.equals(minorRelease);
    }
}
