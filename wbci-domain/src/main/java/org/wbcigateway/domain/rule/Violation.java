package org.wbcigateway.domain.rule;

import java.util.Objects;

/** A broken {@link Rule}, with the detail of this occurrence (offending value, field). */
public record Violation(Rule rule, String detail) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /** Rule id and detail in one line, e.g. for a Begruendung or a log. */
    public String describe() {
        return rule.id() + ": " + detail;
    }
}
