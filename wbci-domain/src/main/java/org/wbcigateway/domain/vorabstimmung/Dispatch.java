package org.wbcigateway.domain.vorabstimmung;

import java.util.List;
import java.util.Optional;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.VorabstimmungState;

/** A message we want to send, checked as the partner will check it; sent (accepted) or refused. */
final class Dispatch {

    private Dispatch() {}

    /** @param current the Vorabstimmung; {@code null} for the VA that opens one */
    static Outcome send(Vorabstimmung current, WbciMessage message, Rolle ownRole, Context context) {
        Geschaeftsfall gf =
                current == null ? ((Vorabstimmungsanfrage) message).geschaeftsfall() : current.geschaeftsfall();
        Optional<FollowUp> followUp = current == null
                ? FollowUp.of((Vorabstimmungsanfrage) message, Direction.OUTGOING, context)
                : Optional.empty();
        Situation situation = current == null
                ? new Situation(gf, VorabstimmungState.NONE, ownRole, null, null, false)
                : new Situation(gf, current.state(), ownRole, current.va(), current.changeRequest(), false);
        DateCheck dates = DateRules.check(
                message,
                gf,
                current == null ? null : current.wechseltermin(),
                followUp.map(FollowUp::arrival).orElse(null),
                context.termine(Direction.OUTGOING));
        Judgement judgement = Judge.outgoing(message, situation, dates);
        Changes changes = new Changes(current, ownRole, context);
        if (judgement.taken() == Taken.REFUSED) {
            return changes.outcome(Taken.REFUSED, judgement.violations(), List.of());
        }
        changes.stored(message, false, "QUEUED");
        changes.apply(judgement.accepted(), message);
        followUp.ifPresent(f -> f.linked(message.vorabstimmungsId(), changes));
        return changes.outcome(Taken.ACCEPTED, List.of(), judgement.warnings());
    }
}
