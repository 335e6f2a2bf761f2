package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.SimpleType;

/** A phone number as ONKZ (area code without leading 0) and the number: { ONKZ, rufnummer }. */
public record Rufnummer(String onkz, String nummer) {

    public Rufnummer {
        SimpleType.ONKZ.require(onkz);
        SimpleType.RUFNUMMER.require(nummer);
    }

    /** National notation with leading 0, e.g. {@code 089123456}. */
    public String national() {
        return "0" + onkz + nummer;
    }
}
