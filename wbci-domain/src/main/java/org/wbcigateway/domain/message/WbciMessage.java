package org.wbcigateway.domain.message;

import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;

/** Any of the 13 WBCI messages: a request (Anfrage) or a Meldung. */
public sealed interface WbciMessage permits Anfrage, Meldung {

    MessageType type();

    CarrierCode absender();

    Endkundenvertragspartner endkundenvertragspartner();

    /** The Vorabstimmung this message belongs to (its own ID for a VA, else the VorabstimmungsIdRef). */
    VorabstimmungsId vorabstimmungsId();
}
