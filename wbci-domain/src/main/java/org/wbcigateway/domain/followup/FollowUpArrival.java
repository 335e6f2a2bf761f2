package org.wbcigateway.domain.followup;

import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.deadline.DateRule;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.Terminpruefung;

/**
 * What the arrival date of a follow-up VA means (project rule, ADR 0003), from
 * {@link Terminpruefung#checkNewVaArrival}:
 * <ul>
 *   <li><b>too early</b> (before 5 AT after the ERLM to a STR-AEN-ABG): spec §3 "may come at the earliest" is a date
 *       rule like the arrival of a TV; spec §5.3 answers a request breaking it with an ABBM (8116 SONST naming the
 *       rule, there is no specific code). A sender does not send it.</li>
 *   <li><b>too late</b> (after original Wechseltermin − 7 AT): a deadline of §6's first table, owed by the EKPauf;
 *       overdue deadlines escalate (§6), they are not refused. The VA is accepted with a warning, and it closes the
 *       overdue deadline: refusing it would leave the customer no way to switch at all.</li>
 * </ul>
 *
 * @param outcome the classification
 * @param check   as a {@link DateCheck}: too early is a violation, too late a warning, in time neither
 */
public record FollowUpArrival(NewVaArrival outcome, DateCheck check) {

    public FollowUpArrival {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(check, "check");
    }

    /** A follow-up VA sent or received today, against the voided Vorabstimmung's NEW_VA deadline. */
    public static FollowUpArrival judge(Terminpruefung termine, Deadline newVaWindow) {
        DateCheck raw = termine.checkNewVaArrival(newVaWindow);
        if (raw.brokenRules().contains(DateRule.NEW_VA_ARRIVAL_TOO_EARLY)) {
            return new FollowUpArrival(NewVaArrival.TOO_EARLY, raw);
        }
        if (raw.brokenRules().contains(DateRule.NEW_VA_ARRIVAL_TOO_LATE)) {
            return new FollowUpArrival(NewVaArrival.TOO_LATE, new DateCheck(List.of(), raw.violations()));
        }
        return new FollowUpArrival(NewVaArrival.IN_TIME, DateCheck.accepted());
    }
}
