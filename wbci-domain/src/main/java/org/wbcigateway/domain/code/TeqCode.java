package org.wbcigateway.domain.code;

import java.util.Arrays;

/** Codes of the Technische Quittung (TEQ), spec §5.2. */
public enum TeqCode {
    OK("OK", "OK"),
    /** Project rule: signature missing or invalid, or sender not the authenticated partner. */
    SIGNATUR_UNGUELTIG("0990", "Signatur ungueltig"),
    VERSION_FALSCH("0993", "Version falsch"),
    STRUKTUR_UNGUELTIG("0995", "Datenstruktur ungueltig");

    private final String code;
    private final String standardText;

    TeqCode(String code, String standardText) {
        this.code = code;
        this.standardText = standardText;
    }

    public String code() {
        return code;
    }

    public String standardText() {
        return standardText;
    }

    public boolean isPositive() {
        return this == OK;
    }

    public static TeqCode fromCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown TEQ code: " + code));
    }
}
