package org.wbcigateway.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an awaited answer is due: it may come from {@code notBefore} on (normally the day the deadline started) and is
 * in time up to and including {@code due}, always a working day of the owing party.
 */
public record Deadline(AwaitedAnswer awaited, LocalDate startedOn, LocalDate notBefore, LocalDate due) {

    public Deadline {
        Objects.requireNonNull(awaited, "awaited");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(due, "due");
        if (notBefore.isBefore(startedOn) || due.isBefore(notBefore)) {
            throw new IllegalArgumentException(
                    "expected startedOn <= notBefore <= due: " + startedOn + ", " + notBefore + ", " + due);
        }
    }

    /** On {@code today} the answer is late: the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }

    /** An answer on {@code day} would come too early. */
    public boolean isTooEarly(LocalDate day) {
        return day.isBefore(notBefore);
    }
}
