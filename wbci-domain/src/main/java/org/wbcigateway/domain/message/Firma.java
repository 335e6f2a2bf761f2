package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.InvalidValueException;
import org.wbcigateway.domain.id.SimpleType;

/** {@code firma} { anrede (4, 9), firmenname, firmennameZweiterTeil? }. */
public record Firma(Anrede anrede, String firmenname, String firmennameZweiterTeil) implements Anschlussinhaber {

    public Firma {
        Cardinality.required("firma/anrede", anrede);
        if (anrede != Anrede.FIRMA && anrede != Anrede.OHNE) {
            throw new InvalidValueException("firma/anrede must be 4 or 9, not " + anrede.code());
        }
        SimpleType.FIRMENNAME.require(firmenname);
        SimpleType.FIRMENNAME_ZWEITER_TEIL.requireOptional(firmennameZweiterTeil);
    }
}
