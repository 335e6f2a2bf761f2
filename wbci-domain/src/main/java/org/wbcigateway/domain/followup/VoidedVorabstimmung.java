package org.wbcigateway.domain.followup;

import java.util.Objects;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;

/**
 * A Vorabstimmung voided by the ERLM to a Storno-Aenderung that still waits for its new VA.
 *
 * @param va          the VA that opened it (its numbers and parties identify the customer)
 * @param newVaWindow its open NEW_VA deadline
 * @param contractId  the CRM contract it concerns; {@code null} if none is known
 */
public record VoidedVorabstimmung(Vorabstimmungsanfrage va, Deadline newVaWindow, String contractId) {

    public VoidedVorabstimmung {
        Objects.requireNonNull(va, "va");
        Objects.requireNonNull(newVaWindow, "newVaWindow");
        if (newVaWindow.awaited() != AwaitedAnswer.NEW_VA_AFTER_STR_AEN_AUF
                && newVaWindow.awaited() != AwaitedAnswer.NEW_VA_AFTER_STR_AEN_ABG) {
            throw new IllegalArgumentException("not the deadline of a new VA: " + newVaWindow.awaited());
        }
    }
}
