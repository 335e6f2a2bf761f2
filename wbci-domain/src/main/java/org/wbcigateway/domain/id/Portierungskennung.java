package org.wbcigateway.domain.id;

/** Value type for the simple type {@link SimpleType#PORTIERUNGSKENNUNG}. */
public record Portierungskennung(String value) {

    public Portierungskennung {
        SimpleType.PORTIERUNGSKENNUNG.require(value);
    }

    public static Portierungskennung of(String value) {
        return new Portierungskennung(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
