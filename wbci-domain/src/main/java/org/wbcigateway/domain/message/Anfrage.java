package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.IssuedId;

/** A request (VA, TV, Storno): it creates an ID of its own and is answered by a Meldung. */
public sealed interface Anfrage extends WbciMessage permits Vorabstimmungsanfrage, Terminverschiebung, Storno {

    /** The ID this request creates: VorabstimmungsId, AenderungsId or StornoId. */
    IssuedId id();

    /**
     * The Geschaeftsfall a Meldung answering this request carries (spec §5.2): the VA's own case, {@code TVS-VA} for a
     * TV, {@code STR-AUF} / {@code STR-AEN} for a Storno-Aufhebung / -Aenderung, whoever sent it.
     */
    Geschaeftsfall answeredAs();
}
