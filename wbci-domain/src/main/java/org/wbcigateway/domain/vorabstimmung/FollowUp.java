package org.wbcigateway.domain.vorabstimmung;

import java.util.Optional;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.followup.FollowUpArrival;
import org.wbcigateway.domain.followup.FollowUpVa;
import org.wbcigateway.domain.followup.VoidedVorabstimmung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.state.Direction;

/**
 * A new VA that follows up a voided Vorabstimmung (ADR 0003), and its arrival, judged by the receiver of the new VA
 * on the calendar and day the {@link Context} gives for that direction.
 */
record FollowUp(VoidedVorabstimmung voided, FollowUpArrival arrival) {

    static Optional<FollowUp> of(Vorabstimmungsanfrage va, Direction direction, Context context) {
        return FollowUpVa.predecessor(va, context.contractId(), context.followUpCandidates())
                .map(v -> new FollowUp(v, FollowUpArrival.judge(context.termine(direction), v.newVaWindow())));
    }

    VorabstimmungsId voidedId() {
        return voided.va().vorabstimmungsId();
    }

    /** The new VA was accepted: it is the follow-up, the voided one's NEW_VA deadline is met. */
    void linked(VorabstimmungsId newVa, Changes changes) {
        changes.add(new Effect.DeadlineClosed(
                voidedId(), new OpenItem(voided.newVaWindow().awaited(), Rolle.EKP_AUF)));
        changes.add(new Effect.FollowUpLinked(voidedId(), newVa, arrival.outcome()));
        changes.add(new Effect.CrmEvent(
                voidedId(),
                CrmEventType.FOLLOW_UP_VA,
                newVa + " follows up " + voidedId() + " (" + arrival.outcome() + ")"));
    }

    /** The new VA was refused: it names its predecessor, which keeps waiting for a new VA. */
    void refused(VorabstimmungsId newVa, Changes changes) {
        changes.add(new Effect.FollowUpRefused(voidedId(), newVa, arrival.outcome()));
    }
}
