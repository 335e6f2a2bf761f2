package org.wbcigateway.wire;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The elements of a WBCI message that say who the customer is or where and how to reach them (spec §5.1, §5.2), and
 * the placeholder each gets when the message is pseudonymised: valid for the element's simple type, so that the
 * message still reads. Left as they are: carrier codes, IDs, dates, codes, Portierungskennungen, the ONKZ alone (an
 * area), number blocks without their Durchwahl, and the resources of the line (Vertragsnummer, Line-ID).
 */
public enum PersonalField {
    VORNAME("vorname", "entfernt"),
    NACHNAME("nachname", "entfernt"),
    FIRMENNAME("firmenname", "entfernt"),
    FIRMENNAME_ZWEITER_TEIL("firmennameZweiterTeil", "entfernt"),
    STRASSENNAME("strassenname", "entfernt"),
    HAUSNUMMER("hausnummer", "0"),
    HAUSNUMMERN_ZUSATZ("hausnummernZusatz", "x"),
    POSTLEITZAHL("postleitzahl", "00000"),
    ORT("ort", "entfernt"),
    RUFNUMMER("rufnummer", "0"),
    DURCHWAHLNUMMER("durchwahlnummer", "0"),
    ABFRAGESTELLE("abfragestelle", "0"),
    /** Free text: may say anything about the customer. */
    BEGRUENDUNG("Begruendung", "entfernt"),
    STORNOGRUND("Stornogrund", "entfernt");

    private static final Map<String, PersonalField> BY_ELEMENT =
            Arrays.stream(values()).collect(Collectors.toMap(PersonalField::element, Function.identity()));

    private final String element;
    private final String placeholder;

    PersonalField(String element, String placeholder) {
        this.element = element;
        this.placeholder = placeholder;
    }

    /** The element's local name (unqualified in WBCI's payload). */
    public String element() {
        return element;
    }

    public String placeholder() {
        return placeholder;
    }

    /** The field an element of this local name is, if any. */
    static PersonalField of(String localName) {
        return BY_ELEMENT.get(localName);
    }
}
