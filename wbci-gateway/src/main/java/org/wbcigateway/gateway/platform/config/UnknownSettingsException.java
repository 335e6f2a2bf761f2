package org.wbcigateway.gateway.platform.config;

import java.util.List;
import java.util.stream.Collectors;

/** The start refused: {@code wbci.*} keys that no setting has (see {@link KnownSettings}). */
public class UnknownSettingsException extends IllegalStateException {

    private final List<KnownSettings.Unknown> unknown;

    public UnknownSettingsException(List<KnownSettings.Unknown> unknown) {
        super("Unknown setting(s), mistyped or no longer supported:" + System.lineSeparator() + describe(unknown));
        this.unknown = List.copyOf(unknown);
    }

    public List<KnownSettings.Unknown> unknown() {
        return unknown;
    }

    static String describe(List<KnownSettings.Unknown> unknown) {
        return unknown.stream()
                .map(u -> "    " + u.name()
                        + (u.origin().isEmpty() ? "" : " (" + u.origin() + ")")
                        + u.hint().map(h -> " - " + h).orElse(""))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
