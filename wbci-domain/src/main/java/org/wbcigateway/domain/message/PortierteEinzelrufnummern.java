package org.wbcigateway.domain.message;

import java.util.List;

/** {@code portierungRufnummern} { zuPortierendeOnkzRnr 1..10 }. */
public record PortierteEinzelrufnummern(List<PortierteRufnummer> rufnummern) implements PortierteRufnummern {

    public PortierteEinzelrufnummern {
        rufnummern = Cardinality.list("zuPortierendeOnkzRnr", rufnummern, 1, 10);
    }
}
