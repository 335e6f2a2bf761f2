package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import java.util.Objects;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.followup.NewVaArrival;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Meldung;

/**
 * What the gateway must carry out after the engine took a message, in the same transaction as storing the message
 * and the next {@link Vorabstimmung}. Values only: the engine decides, the gateway writes and sends.
 */
public sealed interface Effect {

    /** An automatic answer (ABBM to a refused request, ABBM-TR to a refused AKM-TR), fully built: store and queue it. */
    record SendAnswer(Meldung answer) implements Effect {
        public SendAnswer {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** An awaited answer starts: store the deadline (due date already counted on the owing party's calendar). */
    record DeadlineOpened(VorabstimmungsId vaId, OpenItem item, Deadline deadline) implements Effect {}

    /** An awaited answer is awaited no more: close the open deadline of this item. */
    record DeadlineClosed(VorabstimmungsId vaId, OpenItem item) implements Effect {}

    /** The Vorabstimmung waits for an operator. */
    record KlaerfallRaised(Klaerfall klaerfall) implements Effect {}

    /** The Klaerfall is over without an operator (e.g. the take-over was confirmed after all). */
    record KlaerfallResolved(Klaerfall klaerfall) implements Effect {}

    /** A partner's request waits for the business decision (CRM rules or an operator). */
    record DecisionNeeded(DecisionSubject subject) implements Effect {}

    /** An event for the CRM contract of the Vorabstimmung {@code vaId}, if it belongs to one. */
    record CrmEvent(VorabstimmungsId vaId, CrmEventType type, String detail) implements Effect {}

    /** The EKPabg's contract status write-back; {@code terminationDate} with TERMINATION_PENDING only. */
    record ContractWriteBack(ContractStatus status, LocalDate terminationDate) implements Effect {}

    /** The new VA follows up the voided Vorabstimmung (ADR 0003): record the link both ways. */
    record FollowUpLinked(VorabstimmungsId voided, VorabstimmungsId followUp, NewVaArrival arrival) implements Effect {}

    /** The new VA would follow up the voided one but was refused (too early): the voided one keeps waiting. */
    record FollowUpRefused(VorabstimmungsId voided, VorabstimmungsId followUp, NewVaArrival arrival)
            implements Effect {}
}
