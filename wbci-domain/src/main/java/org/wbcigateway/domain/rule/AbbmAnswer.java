package org.wbcigateway.domain.rule;

import java.util.List;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.Meldungscode;

/**
 * Spec §5.3: a request that breaks a rule is answered with an ABBM carrying the rule's specific code where §4/§7 has
 * one, otherwise 8116 SONST; the Begruendung names the broken rules.
 */
public record AbbmAnswer(Meldungscode code, String begruendung) {

    private static final int MAX_BEGRUENDUNG = 255;

    public static AbbmAnswer forViolations(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violation to answer");
        }
        Meldungscode code = violations.stream()
                .map(v -> v.rule().abbmCode())
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(Meldungscode.SONST);
        String text = violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
        return new AbbmAnswer(code, begruendung(text));
    }

    /** Fits free text into a Begruendung: allowed characters only, at most 255 of them. */
    static String begruendung(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : '?'));
        return out.length() <= MAX_BEGRUENDUNG ? out.toString() : out.substring(0, MAX_BEGRUENDUNG - 3) + "...";
    }

    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) || c == '\r' || c == '\n';
    }
}
