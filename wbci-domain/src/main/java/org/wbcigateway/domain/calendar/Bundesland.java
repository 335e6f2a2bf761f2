package org.wbcigateway.domain.calendar;

import java.util.Arrays;
import java.util.Locale;

/**
 * The 16 German states. Each gateway configures its own Bundesland (spec §6): its regional statutory holidays are not
 * working days (Arbeitstage) of that gateway.
 *
 * <p>The {@link #holidayRegion()} is the subdivision code of the jollyday 2.19 Germany calendar ({@code Holidays_de.xml},
 * the ISO 3166-2:DE suffix in lower case).
 */
public enum Bundesland {
    BW("Baden-Württemberg"),
    BY("Bayern"),
    BE("Berlin"),
    BB("Brandenburg"),
    HB("Bremen"),
    HH("Hamburg"),
    HE("Hessen"),
    MV("Mecklenburg-Vorpommern"),
    NI("Niedersachsen"),
    NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"),
    SL("Saarland"),
    SN("Sachsen"),
    ST("Sachsen-Anhalt"),
    SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String landName;

    Bundesland(String landName) {
        this.landName = landName;
    }

    /** The state's German name, e.g. {@code Nordrhein-Westfalen}. */
    public String landName() {
        return landName;
    }

    /** The ISO 3166-2 code, e.g. {@code DE-NW}. */
    public String isoCode() {
        return "DE-" + name();
    }

    /** The jollyday region code, e.g. {@code nw}. */
    public String holidayRegion() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts {@code NW}, {@code nw} or {@code DE-NW}. */
    public static Bundesland fromCode(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        String shortCode = normalized.startsWith("DE-") ? normalized.substring(3) : normalized;
        return Arrays.stream(values())
                .filter(land -> land.name().equals(shortCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Bundesland: " + code));
    }
}
