package org.wbcigateway.domain.deadline;

import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.rule.Rule;
import org.wbcigateway.domain.rule.Violation;

/**
 * The outcome of a date check: the broken rules, and warnings (broken recommendations, e.g. a KWT less than 10 AT
 * ahead). The date is acceptable if there is no violation; warnings do not count.
 */
public record DateCheck(List<Violation> violations, List<Violation> warnings) {

    private static final DateCheck ACCEPTED = new DateCheck(List.of(), List.of());

    public DateCheck {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** No violation, no warning. */
    public static DateCheck accepted() {
        return ACCEPTED;
    }

    /** Both checks' violations and warnings, in order. */
    public DateCheck and(DateCheck other) {
        List<Violation> v = new java.util.ArrayList<>(violations);
        v.addAll(other.violations);
        List<Violation> w = new java.util.ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new DateCheck(v, w);
    }

    public boolean isAcceptable() {
        return violations.isEmpty();
    }

    /** The rules broken, in the order checked. */
    public List<Rule> brokenRules() {
        return violations.stream().map(Violation::rule).toList();
    }

    /** The rules only warned about. */
    public List<Rule> warnedRules() {
        return warnings.stream().map(Violation::rule).toList();
    }
}
