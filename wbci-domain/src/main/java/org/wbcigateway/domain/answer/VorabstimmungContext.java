package org.wbcigateway.domain.answer;

import java.time.LocalDate;
import java.util.Objects;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.VorabstimmungState;

/**
 * What the receiver knows about the Vorabstimmung an incoming message refers to.
 *
 * @param geschaeftsfall     its business case; {@code null} when unknown (state NONE)
 * @param state              its state; {@link VorabstimmungState#NONE} when unknown
 * @param ownRole            our role in it (for a new VA: EKPabg)
 * @param wechseltermin      the agreed Wechseltermin, {@code null} before the RUEM-VA
 * @param openRequest        the request a Meldung would answer: the VA before its answer, else the active TV or
 *                           Storno; {@code null} if there is none
 * @param requestIdUsed      the ID the incoming request creates was already used for a different message (§7: 8115)
 * @param newVaWindow        a new VA that follows up a voided Vorabstimmung ({@link
 *                           org.wbcigateway.domain.followup.FollowUpVa}): that one's NEW_VA deadline; else {@code null}
 * @deprecated the engine reads this from the {@link org.wbcigateway.domain.vorabstimmung.Vorabstimmung} itself and its
 * {@link org.wbcigateway.domain.vorabstimmung.Context}; remove with {@link AutomaticAnswers}.
 */
@Deprecated(forRemoval = true)
public record VorabstimmungContext(Geschaeftsfall geschaeftsfall, VorabstimmungState state, Rolle ownRole,
                                   LocalDate wechseltermin, Anfrage openRequest, boolean requestIdUsed,
                                   Deadline newVaWindow) {

    public VorabstimmungContext {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ownRole, "ownRole");
    }

    /** Not a follow-up VA. */
    public VorabstimmungContext(Geschaeftsfall geschaeftsfall, VorabstimmungState state, Rolle ownRole,
                                LocalDate wechseltermin, Anfrage openRequest, boolean requestIdUsed) {
        this(geschaeftsfall, state, ownRole, wechseltermin, openRequest, requestIdUsed, null);
    }

    /** No Vorabstimmung with this ID is known to us. */
    public static VorabstimmungContext unknown(Rolle ownRole) {
        return new VorabstimmungContext(null, VorabstimmungState.NONE, ownRole, null, null, false);
    }
}
