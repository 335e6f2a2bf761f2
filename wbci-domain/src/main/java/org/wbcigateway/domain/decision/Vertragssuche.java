package org.wbcigateway.domain.decision;

import java.util.List;
import java.util.Set;
import org.wbcigateway.domain.message.Rufnummer;

/** What the CRM lookup for a VA found: by its numbers (MRN, RRNP) or by line and holder (ORN). */
public sealed interface Vertragssuche {

    /**
     * One contract. {@code passendeRufnummern} are the requested numbers (or block starts) that belong to it; for
     * ORN, found by Anschlussidentifikation or address and name, it may be empty.
     */
    record Gefunden(Vertrag vertrag, Set<Rufnummer> passendeRufnummern) implements Vertragssuche {}

    /** No contract matches. */
    record NichtGefunden() implements Vertragssuche {}

    /** Several contracts match: a person has to choose. */
    record Mehrdeutig(List<String> vertragIds) implements Vertragssuche {}
}
