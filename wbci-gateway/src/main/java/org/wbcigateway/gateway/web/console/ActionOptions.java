package org.wbcigateway.gateway.web.console;

import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/**
 * Which action forms the detail page offers: those the state machine would accept as our outgoing message in the
 * Vorabstimmung's current state. Content and date rules are still checked when the form is sent.
 */
record ActionOptions(boolean ruemVa, boolean abbmVa, boolean akmTr, boolean abbmTr, boolean tv,
                     boolean stornoAufhebung, boolean stornoAenderung, boolean erlm, boolean abbmChangeRequest,
                     boolean answersTv) {

    public boolean any() {
        return ruemVa || abbmVa || akmTr || abbmTr || tv || stornoAufhebung || stornoAenderung || erlm
                || abbmChangeRequest;
    }

    static ActionOptions of(VorabstimmungRecord r, VorabstimmungStateMachine machine) {
        boolean auf = r.ownRole() == Rolle.EKP_AUF;
        ChangeRequest active = r.state().changeRequest();
        Event erlm = null;
        Event abbm = null;
        if (active == ChangeRequest.TV) {
            erlm = Event.ERLM_TV;
            abbm = Event.ABBM_TV;
        } else if (active == ChangeRequest.STR_AUFH_AUF || active == ChangeRequest.STR_AUFH_ABG) {
            erlm = Event.ERLM_STR_AUF;
            abbm = Event.ABBM_STR_AUF;
        } else if (active == ChangeRequest.STR_AEN_AUF || active == ChangeRequest.STR_AEN_ABG) {
            erlm = Event.ERLM_STR_AEN;
            abbm = Event.ABBM_STR_AEN;
        }
        return new ActionOptions(allowed(r, machine, Event.RUEM_VA), allowed(r, machine, Event.ABBM_VA),
                allowed(r, machine, Event.AKM_TR), allowed(r, machine, Event.ABBM_TR), allowed(r, machine, Event.TV),
                allowed(r, machine, auf ? Event.STR_AUFH_AUF : Event.STR_AUFH_ABG),
                allowed(r, machine, auf ? Event.STR_AEN_AUF : Event.STR_AEN_ABG),
                erlm != null && allowed(r, machine, erlm), abbm != null && allowed(r, machine, abbm),
                active == ChangeRequest.TV);
    }

    private static boolean allowed(VorabstimmungRecord r, VorabstimmungStateMachine machine, Event event) {
        return machine.decide(r.geschaeftsfall(), r.state(), r.ownRole(), Direction.OUTGOING, event)
                instanceof Decision.Accepted;
    }
}
