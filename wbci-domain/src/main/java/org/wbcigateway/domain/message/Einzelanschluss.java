package org.wbcigateway.domain.message;

import java.util.List;

/**
 * {@code einzelanschluss} { rufnummernliste { zuPortierendeOnkzRnr 1..10 }, alleRufnummern? }; alleRufnummern
 * present (its only legal value is {@code true}) means: port all numbers of the line.
 */
public record Einzelanschluss(List<Rufnummer> rufnummern, boolean alleRufnummern) implements Rufnummern {

    public Einzelanschluss {
        rufnummern = Cardinality.list("zuPortierendeOnkzRnr", rufnummern, 1, 10);
    }
}
