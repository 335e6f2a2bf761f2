package org.wbcigateway.gateway.actions;

import java.util.List;
import org.wbcigateway.domain.rule.Violation;

/** An action of ours that the protocol forbids: nothing was stored or sent; the violations name the rules. */
public class ProtocolViolationException extends RuntimeException {

    /** Whether the message itself is faulty (content, dates) or not allowed in the Vorabstimmung's state. */
    public enum Kind {
        CONTENT,
        STATE
    }

    private final Kind kind;
    private final List<Violation> violations;

    public ProtocolViolationException(Kind kind, List<Violation> violations) {
        super(violations.stream()
                .map(Violation::describe)
                .reduce((a, b) -> a + "; " + b)
                .orElse("refused"));
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
