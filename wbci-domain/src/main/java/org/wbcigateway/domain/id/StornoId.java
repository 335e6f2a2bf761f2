package org.wbcigateway.domain.id;

/**
 * Value type for the simple type {@link SimpleType#STORNO_ID}: the issuer's carrier code, a dot and a letter with nine
 * characters. IDs are unique forever per issuer (spec §3).
 */
public record StornoId(String value) implements IssuedId {

    public StornoId {
        SimpleType.STORNO_ID.require(value);
    }

    public static StornoId of(String value) {
        return new StornoId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
