package org.wbcigateway.domain.decision;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names and addresses are compared: case, spacing, umlaut spelling (ä/ae, ß/ss), hyphens and the usual
 * abbreviation of Straße do not count as differences.
 */
final class Normalized {

    private Normalized() {}

    static boolean same(String a, String b) {
        return text(a).equals(text(b));
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String s = value.toLowerCase(Locale.GERMAN)
                .strip()
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replace('-', ' ').replaceAll("\\s+", " ");
    }

    static String street(String value) {
        return text(value)
                .replaceAll("str\\.?$", "strasse")
                .replaceAll("str\\.? ", "strasse ")
                .replace(" ", "");
    }
}
