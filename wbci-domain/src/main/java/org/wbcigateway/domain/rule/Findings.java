package org.wbcigateway.domain.rule;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one check run. */
final class Findings {

    private final List<Violation> violations = new ArrayList<>();

    /** Records a violation of {@code rule} unless {@code holds}. */
    Findings require(boolean holds, Rule rule, String detail) {
        if (!holds) {
            violations.add(new Violation(rule, detail));
        }
        return this;
    }

    void addAll(List<Violation> more) {
        violations.addAll(more);
    }

    List<Violation> list() {
        return List.copyOf(violations);
    }
}
