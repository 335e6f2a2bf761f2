package org.wbcigateway.domain.id;

/** Value type for the simple type {@link SimpleType#CARRIER_CODE}. */
public record CarrierCode(String value) {

    public CarrierCode {
        SimpleType.CARRIER_CODE.require(value);
    }

    public static CarrierCode of(String value) {
        return new CarrierCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
