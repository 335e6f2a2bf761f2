package org.wbcigateway.domain.rule;

import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;

/**
 * A named protocol rule. Every violation the domain reports names the rule it broke, so that an ABBM Begruendung,
 * an HTTP problem response or a log line can say exactly what was wrong.
 */
public interface Rule {

    /** Stable identifier, e.g. {@code VA.Standort.required}. */
    String id();

    /** One sentence, in English, of what the rule demands. */
    String description();

    /**
     * The specific ABBM code a request breaking this rule is answered with, where spec §4/§7 gives one; otherwise
     * the answer is 8116 SONST with a Begruendung naming the rule.
     */
    default Optional<Meldungscode> abbmCode() {
        return Optional.empty();
    }
}
