package org.wbcigateway.domain.vorabstimmung;

import java.util.Objects;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.VorabstimmungState;

/**
 * What {@link Judge} needs to know of the Vorabstimmung a message belongs to.
 *
 * @param geschaeftsfall its case (for a new VA: the VA's)
 * @param state          its state ({@link VorabstimmungState#NONE} if unknown)
 * @param ownRole        our role in it
 * @param va             the VA that opened it; {@code null} if unknown
 * @param changeRequest  the active TV or Storno; {@code null} if none (or not known)
 * @param requestIdUsed  the ID a received request creates was already used for a different message (§7: 8115)
 */
record Situation(
        Geschaeftsfall geschaeftsfall,
        VorabstimmungState state,
        Rolle ownRole,
        Vorabstimmungsanfrage va,
        Anfrage changeRequest,
        boolean requestIdUsed) {

    public Situation {
        Objects.requireNonNull(geschaeftsfall, "geschaeftsfall");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ownRole, "ownRole");
    }

    /** The request a message of this event answers, if it answers one that is known here. */
    Anfrage answeredBy(Event event) {
        return switch (event.answers()) {
            case VA -> va;
            case CHANGE_REQUEST -> changeRequest;
            default -> null;
        };
    }
}
