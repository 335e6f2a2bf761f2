package org.wbcigateway.domain.message;

import java.util.Arrays;

/**
 * The {@code Geschaeftsfall} of spec §2 and §5.2: the business case of a Vorabstimmung, and in a Meldung the kind of
 * request it answers ({@code STR-AUF}/{@code STR-AEN} for Stornos, {@code TVS-VA} for a Terminverschiebung).
 */
public enum Geschaeftsfall {
    VA_KUE_MRN("VA-KUE-MRN"),
    VA_KUE_ORN("VA-KUE-ORN"),
    VA_RRNP("VA-RRNP"),
    STR_AUF("STR-AUF"),
    STR_AEN("STR-AEN"),
    TVS_VA("TVS-VA");

    private final String code;

    Geschaeftsfall(String code) {
        this.code = code;
    }

    /** The value as written on the wire, e.g. {@code VA-KUE-MRN}. */
    public String code() {
        return code;
    }

    /** One of the three business cases a VA can open. */
    public boolean isVorabstimmung() {
        return this == VA_KUE_MRN || this == VA_KUE_ORN || this == VA_RRNP;
    }

    /** A termination (KUE) case: it has a line (Standort, Technologie, Ressourcen) and an AKM-TR. */
    public boolean isKuendigung() {
        return this == VA_KUE_MRN || this == VA_KUE_ORN;
    }

    /** Numbers are ported (MRN, RRNP). */
    public boolean portsNumbers() {
        return this == VA_KUE_MRN || this == VA_RRNP;
    }

    public static Geschaeftsfall fromCode(String code) {
        return Arrays.stream(values())
                .filter(g -> g.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Geschaeftsfall: " + code));
    }
}
