package org.wbcigateway.domain.state;

import org.wbcigateway.domain.rule.Violation;

/** The state machine's verdict on one message. */
public sealed interface Decision {

    /** The message is allowed: the Vorabstimmung moves to {@code next}. */
    record Accepted(Transition transition, VorabstimmungState next) implements Decision {}

    /** The message is not allowed in this state: the broken rule, and what to do about it. */
    record Rejected(Violation violation, Response response) implements Decision {}

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
