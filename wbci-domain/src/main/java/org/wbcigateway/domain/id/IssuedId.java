package org.wbcigateway.domain.id;

/** An ID created by one EKP; its prefix is the issuer's carrier code (spec §3, §5.3). */
public interface IssuedId {

    String value();

    /** The carrier code before the last dot. */
    default CarrierCode issuer() {
        return new CarrierCode(value().substring(0, value().lastIndexOf('.')));
    }
}
