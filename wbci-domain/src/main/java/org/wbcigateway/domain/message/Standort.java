package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.SimpleType;

/** The line's location (TAE address): {@code Standort} { strasse { strassenname, hausnummer, hausnummernZusatz? }, postleitzahl, ort }. */
public record Standort(
        String strassenname, String hausnummer, String hausnummernZusatz, String postleitzahl, String ort) {

    public Standort {
        SimpleType.STRASSENNAME.require(strassenname);
        SimpleType.HAUSNUMMER.require(hausnummer);
        SimpleType.HAUSNUMMERN_ZUSATZ.requireOptional(hausnummernZusatz);
        SimpleType.POSTLEITZAHL.require(postleitzahl);
        SimpleType.ORT.require(ort);
    }
}
