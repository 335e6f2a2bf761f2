package org.wbcigateway.gateway.web.console;

import java.util.Optional;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.vorabstimmung.AnswerKind;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;

/**
 * Which action forms the detail page offers: those the engine would let us send in the Vorabstimmung's current state
 * ({@link Vorabstimmung#maySend}). Content and date rules are still checked when the form is sent.
 */
record ActionOptions(
        boolean ruemVa,
        boolean abbmVa,
        boolean akmTr,
        boolean abbmTr,
        boolean tv,
        boolean stornoAufhebung,
        boolean stornoAenderung,
        boolean erlm,
        boolean abbmChangeRequest,
        boolean answersTv) {

    /** None: the Vorabstimmung cannot be read. */
    static final ActionOptions NONE =
            new ActionOptions(false, false, false, false, false, false, false, false, false, false);

    public boolean any() {
        return ruemVa
                || abbmVa
                || akmTr
                || abbmTr
                || tv
                || stornoAufhebung
                || stornoAenderung
                || erlm
                || abbmChangeRequest;
    }

    static ActionOptions of(Vorabstimmung v) {
        ChangeRequest active = v.state().changeRequest();
        boolean answers = active != ChangeRequest.NONE;
        return new ActionOptions(
                v.maySend(Event.RUEM_VA),
                v.maySend(Event.ABBM_VA),
                v.maySend(Event.AKM_TR),
                v.maySend(Event.ABBM_TR),
                v.maySend(Event.TV),
                v.maySendStorno(true),
                v.maySendStorno(false),
                answers && v.maySend(active.erlm()),
                answers && v.maySend(active.abbm()),
                active == ChangeRequest.TV);
    }

    /** The kind of ABBM that answers the active change request (the console picks its code from it); empty if none. */
    static Optional<AnswerKind> changeRequestAnswer(ChangeRequest active) {
        return Optional.ofNullable(active.abbm()).flatMap(AnswerKind::of);
    }
}
