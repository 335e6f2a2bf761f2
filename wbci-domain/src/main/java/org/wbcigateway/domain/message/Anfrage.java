package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.IssuedId;

/** A request (VA, TV, Storno): it creates an ID of its own and is answered by a Meldung. */
public sealed interface Anfrage extends WbciMessage permits Vorabstimmungsanfrage, Terminverschiebung, Storno {

    /** The ID this request creates: VorabstimmungsId, AenderungsId or StornoId. */
    IssuedId id();
}
