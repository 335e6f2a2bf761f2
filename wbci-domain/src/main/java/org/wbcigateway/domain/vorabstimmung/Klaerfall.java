package org.wbcigateway.domain.vorabstimmung;

import java.util.Objects;

/**
 * A Vorabstimmung flagged for an operator: what kind of problem, and the detail of this occurrence (the broken rules,
 * the refusing codes or TEQ).
 */
public record Klaerfall(KlaerfallKind kind, String detail) {

    public Klaerfall {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** Kind and detail in one line, e.g. for the console or a log. */
    public String describe() {
        return kind.description() + ": " + detail;
    }
}
