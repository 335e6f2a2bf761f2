package org.wbcigateway.gateway.vorabstimmung;

/** A phone number as typed by an operator ({@code +49 89 123456-42}, {@code 089/12345642}) to searchable digits. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** National digits without the leading 0, as the search index keeps them; empty if no digit was typed. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String trimmed = typed.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+49")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0049")) {
            digits = digits.substring(4);
        }
        return digits.replaceFirst("^0+", "");
    }
}
