package org.wbcigateway.domain.id;

import java.util.regex.Pattern;

/**
 * The simple types of spec §5.2 as a table: pattern and length of every constrained value on the wire. Domain value
 * types validate through it, so a domain object can always be written as schema-valid XML.
 */
public enum SimpleType {
    CARRIER_CODE("[0-9A-Z]{3}\\.[0-9A-Z]{1,6}"),
    VORABSTIMMUNGS_ID("[0-9A-Z]{3}\\.[0-9A-Z]{1,6}\\.V[0-9A-Z]{9}"),
    AENDERUNGS_ID("[0-9A-Z]{3}\\.[0-9A-Z]{1,6}\\.T[0-9A-Z]{9}"),
    STORNO_ID("[0-9A-Z]{3}\\.[0-9A-Z]{1,6}\\.S[0-9A-Z]{9}"),
    LINE_ID("[0-9A-Z]{3}\\.[0-9A-Z]{1,6}\\.[0-9A-Z]{1,10}"),
    RUFNUMMER("\\d{1,14}"),
    ONKZ("[1-9]\\d{1,4}"),
    DURCHWAHLNUMMER("\\d{1,8}"),
    ABFRAGESTELLE("\\d{1,6}"),
    RNR_BLOCK_VON("[0-9]0{0,5}"),
    RNR_BLOCK_BIS("[0-9]9{0,5}"),
    PORTIERUNGSKENNUNG("D[0-9A-F]{3}"),
    HAUSNUMMER("\\d{1,4}"),
    POSTLEITZAHL("\\d{5}"),
    RELEASE("[0-9]{2}"),
    SERIAL("[0-9a-fA-F]+"),
    TECHNOLOGIE(Text.SINGLE_LINE, 1, 25, "\\d{3} .*"),
    VERTRAGSNUMMER(Text.SINGLE_LINE, 1, 10),
    IDENTIFIZIERER(Text.SINGLE_LINE, 1, 20),
    VORNAME(Text.SINGLE_LINE, 1, 30),
    NACHNAME(Text.SINGLE_LINE, 1, 30),
    FIRMENNAME(Text.SINGLE_LINE, 1, 30),
    FIRMENNAME_ZWEITER_TEIL(Text.SINGLE_LINE, 1, 30),
    STRASSENNAME(Text.SINGLE_LINE, 1, 40),
    HAUSNUMMERN_ZUSATZ(Text.SINGLE_LINE, 1, 6),
    ORT(Text.SINGLE_LINE, 1, 40),
    PROJEKTKENNER(Text.SINGLE_LINE, 1, 30),
    KOPPLUNGSKENNER(Text.SINGLE_LINE, 1, 30),
    MELDUNGSTEXT(Text.SINGLE_LINE, 1, 255),
    SIGNATUR_ISSUER(Text.SINGLE_LINE, 1, 255),
    BEGRUENDUNG(Text.FREITEXT, 1, 255),
    STORNOGRUND(Text.FREITEXT, 1, 255);

    /** Character classes of §5.2: Latin-1 printable without × and ÷; Freitext adds CR and LF. */
    private enum Text {
        SINGLE_LINE("[\\x{20}-\\x{7E}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}]"),
        FREITEXT("[\\x{20}-\\x{7E}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\r\\n]");

        private final String charClass;

        Text(String charClass) {
            this.charClass = charClass;
        }
    }

    private final Pattern pattern;
    private final Pattern extraPattern;
    private final String describe;

    SimpleType(String regex) {
        this.pattern = Pattern.compile(regex);
        this.extraPattern = null;
        this.describe = "pattern " + regex;
    }

    SimpleType(Text text, int min, int max) {
        this(text, min, max, null);
    }

    SimpleType(Text text, int min, int max, String extraRegex) {
        this.pattern = Pattern.compile(text.charClass + "{" + min + "," + max + "}");
        this.extraPattern = extraRegex == null ? null : Pattern.compile(extraRegex, Pattern.DOTALL);
        this.describe = (text == Text.FREITEXT ? "free text" : "single-line text") + " of " + min + "-" + max
                + " characters" + (extraRegex == null ? "" : " matching " + extraRegex);
    }

    public boolean accepts(String value) {
        return value != null
                && pattern.matcher(value).matches()
                && (extraPattern == null || extraPattern.matcher(value).matches());
    }

    /** Returns the value if valid, else throws {@link InvalidValueException} naming this type. */
    public String require(String value) {
        if (!accepts(value)) {
            throw new InvalidValueException(this, value);
        }
        return value;
    }

    /** As {@link #require(String)}, but {@code null} (an absent optional element) passes. */
    public String requireOptional(String value) {
        return value == null ? null : require(value);
    }

    public String describe() {
        return describe;
    }
}
