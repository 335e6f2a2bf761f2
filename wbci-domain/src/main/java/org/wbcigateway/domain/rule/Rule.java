package org.wbcigateway.domain.rule;

/**
 * A named protocol rule. Every violation the domain reports names the rule it broke, so that an ABBM Begruendung,
 * an HTTP problem response or a log line can say exactly what was wrong.
 */
public interface Rule {

    /** Stable identifier, e.g. {@code VA-KUE-MRN.Standort.required}. */
    String id();

    /** One sentence, in English, of what the rule demands. */
    String description();
}
