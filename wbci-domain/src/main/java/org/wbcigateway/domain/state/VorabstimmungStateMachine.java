package org.wbcigateway.domain.state;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Transition.Guard;

/**
 * Decides, for both roles, whether a message may be sent or received in a state, using the {@link Transition}
 * table, and what a rejection means: the automatic answer of spec §7 for an incoming request or AKM-TR, a
 * Klaerfall for any other incoming Meldung, a refusal for an outgoing message.
 */
public final class VorabstimmungStateMachine {

    private static final Map<Guard, StateRule> RULE_OF_GUARD = Map.of(
            Guard.SENDER, StateRule.WRONG_SENDER,
            Guard.PHASE, StateRule.WRONG_PHASE,
            Guard.GESCHAEFTSFALL, StateRule.AKM_TR_ONLY_KUE,
            Guard.CHANGE_REQUEST, StateRule.ONE_CHANGE_REQUEST,
            Guard.AKM_TR, StateRule.AKM_TR_ALREADY_CONFIRMED);

    /**
     * @param geschaeftsfall the Vorabstimmung's business case (for a new VA: the VA's)
     * @param state          its current state ({@link VorabstimmungState#NONE} if unknown)
     * @param ownRole        the role our gateway plays in this Vorabstimmung
     * @param direction      whether we receive or send the message
     * @param event          the message
     */
    public Decision decide(
            Geschaeftsfall geschaeftsfall, VorabstimmungState state, Rolle ownRole, Direction direction, Event event) {
        Objects.requireNonNull(geschaeftsfall, "geschaeftsfall");
        Rolle sender = direction == Direction.OUTGOING ? ownRole : ownRole.other();
        StateRule precondition = precondition(state, event);
        if (precondition != null) {
            return reject(precondition, direction, event, describe(event, sender, state));
        }
        Guard furthest = null;
        for (Transition row : Transition.values()) {
            if (row.event() != event) {
                continue;
            }
            Guard failing = row.firstFailingGuard(geschaeftsfall, state, sender);
            if (failing == null) {
                return new Decision.Accepted(row, row.apply(geschaeftsfall, state));
            }
            furthest = furthest == null ? failing : max(furthest, failing);
        }
        return reject(ruleOf(furthest, event), direction, event, describe(event, sender, state));
    }

    private static StateRule precondition(VorabstimmungState state, Event event) {
        if (event == Event.VA) {
            return state.phase() == Phase.NONE ? null : StateRule.ID_ALREADY_USED;
        }
        if (state.phase() == Phase.NONE) {
            return StateRule.UNKNOWN_VORABSTIMMUNG;
        }
        return state.phase().isEnded() ? StateRule.VORABSTIMMUNG_ENDED : null;
    }

    private static Guard max(Guard a, Guard b) {
        return Comparator.<Guard>naturalOrder().compare(a, b) >= 0 ? a : b;
    }

    private static StateRule ruleOf(Guard guard, Event event) {
        if (guard == Guard.CHANGE_REQUEST && !event.isAnfrage()) {
            return StateRule.NO_MATCHING_CHANGE_REQUEST;
        }
        if (guard == Guard.AKM_TR && (event == Event.ABBM_TR || event == Event.ABBM_TR_DUPLICATE)) {
            return StateRule.NO_AKM_TR_TO_REJECT;
        }
        return RULE_OF_GUARD.get(guard);
    }

    private static Decision reject(StateRule rule, Direction direction, Event event, String detail) {
        Response response = direction == Direction.OUTGOING ? Response.REFUSED : automaticAnswer(rule, event);
        return new Decision.Rejected(new Violation(rule, detail), response);
    }

    /** Spec §7: the answer to an incoming message that breaks a state rule. */
    static Response automaticAnswer(StateRule rule, Event event) {
        if (event == Event.AKM_TR) {
            return switch (rule) {
                case UNKNOWN_VORABSTIMMUNG -> Response.abbmTr(Meldungscode.VA_ID_UNBEKANNT);
                case AKM_TR_ALREADY_CONFIRMED -> Response.abbmTr(Meldungscode.UEBERNAHME_BEREITS_BESTAETIGT);
                default -> Response.KLAERFALL;
            };
        }
        if (!event.isAnfrage()) {
            return Response.KLAERFALL;
        }
        if (rule == StateRule.UNKNOWN_VORABSTIMMUNG) {
            return Response.abbm(Meldungscode.VA_ID_UNBEKANNT);
        }
        if (event == Event.VA) {
            return Response.abbm(rule == StateRule.ID_ALREADY_USED ? Meldungscode.BVID : Meldungscode.SONST);
        }
        return Response.abbm(event == Event.TV ? Meldungscode.TV_ABGELEHNT : Meldungscode.STORNO_ABGELEHNT);
    }

    private static String describe(Event event, Rolle sender, VorabstimmungState state) {
        String allowedSenders = Arrays.stream(Transition.values())
                .filter(t -> t.event() == event)
                .map(t -> t.sender().name())
                .distinct()
                .reduce((a, b) -> a + " or " + b)
                .orElse("nobody");
        return event + " from " + sender + " in state " + state + " (sent by " + allowedSenders + ")";
    }
}
