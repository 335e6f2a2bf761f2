package org.wbcigateway.domain.id;

/**
 * Value type for the simple type {@link SimpleType#VORABSTIMMUNGS_ID}: the issuer's carrier code, a dot and a letter with nine
 * characters. IDs are unique forever per issuer (spec §3).
 */
public record VorabstimmungsId(String value) implements IssuedId {

    public VorabstimmungsId {
        SimpleType.VORABSTIMMUNGS_ID.require(value);
    }

    public static VorabstimmungsId of(String value) {
        return new VorabstimmungsId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
