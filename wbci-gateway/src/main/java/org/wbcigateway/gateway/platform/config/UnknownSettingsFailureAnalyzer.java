package org.wbcigateway.gateway.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link UnknownSettingsException} into Spring Boot's "APPLICATION FAILED TO START" report. */
public class UnknownSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnknownSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownSettingsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct or remove these settings: a mistyped setting would otherwise be ignored and its default "
                        + "used. The settings are described in README.md.",
                cause);
    }
}
