package org.wbcigateway.domain.vorabstimmung;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Transition;

/**
 * What the engine made of one message (or outbox verdict): how it was taken, the Vorabstimmung afterwards, the
 * transitions applied (in order), the effects to carry out, and the broken rules and warnings.
 *
 * @param next       the Vorabstimmung afterwards; {@code null} if there is none (a message for an unknown VA-ID, or
 *                   a VA that could not open one)
 * @param violations why the message was refused, answered or put into a Klaerfall; empty if accepted
 * @param warnings   broken recommendations (e.g. a short lead time, a follow-up VA after its deadline): shown, not
 *                   answered
 */
public record Outcome(
        Taken taken,
        Vorabstimmung next,
        List<Transition> transitions,
        List<Effect> effects,
        List<Violation> violations,
        List<Violation> warnings) {

    public Outcome {
        Objects.requireNonNull(taken, "taken");
        transitions = List.copyOf(transitions);
        effects = List.copyOf(effects);
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public Optional<Vorabstimmung> vorabstimmung() {
        return Optional.ofNullable(next);
    }

    public boolean accepted() {
        return taken == Taken.ACCEPTED;
    }

    /** The effects of one kind, in order. */
    public <T extends Effect> List<T> effects(Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The automatic answer to send, if any. */
    public Optional<Effect.SendAnswer> answer() {
        return effects(Effect.SendAnswer.class).stream().findFirst();
    }
}
