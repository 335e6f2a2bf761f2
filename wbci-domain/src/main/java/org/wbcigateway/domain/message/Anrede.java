package org.wbcigateway.domain.message;

import java.util.Arrays;

/** {@code anrede}: 1 Herr, 2 Frau (persons), 4 Firma (companies), 9 none (both). */
public enum Anrede {
    HERR("1"),
    FRAU("2"),
    FIRMA("4"),
    OHNE("9");

    private final String code;

    Anrede(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Anrede fromCode(String code) {
        return Arrays.stream(values())
                .filter(a -> a.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown anrede: " + code));
    }
}
