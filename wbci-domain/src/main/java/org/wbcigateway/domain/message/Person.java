package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.InvalidValueException;
import org.wbcigateway.domain.id.SimpleType;

/** {@code person} { anrede (1, 2, 9), vorname?, nachname }. */
public record Person(Anrede anrede, String vorname, String nachname) implements Anschlussinhaber {

    public Person {
        Cardinality.required("person/anrede", anrede);
        if (anrede == Anrede.FIRMA) {
            throw new InvalidValueException("person/anrede must be 1, 2 or 9, not 4");
        }
        SimpleType.VORNAME.requireOptional(vorname);
        SimpleType.NACHNAME.require(nachname);
    }
}
