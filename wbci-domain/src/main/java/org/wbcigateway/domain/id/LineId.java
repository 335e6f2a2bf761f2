package org.wbcigateway.domain.id;

/** Value type for the simple type {@link SimpleType#LINE_ID}. */
public record LineId(String value) {

    public LineId {
        SimpleType.LINE_ID.require(value);
    }

    public static LineId of(String value) {
        return new LineId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
