package org.wbcigateway.domain.id;

/**
 * Value type for the simple type {@link SimpleType#AENDERUNGS_ID}: the issuer's carrier code, a dot and a letter with nine
 * characters. IDs are unique forever per issuer (spec §3).
 */
public record AenderungsId(String value) implements IssuedId {

    public AenderungsId {
        SimpleType.AENDERUNGS_ID.require(value);
    }

    public static AenderungsId of(String value) {
        return new AenderungsId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
