package org.wbcigateway.gateway.privacy;

/**
 * The customer a request about personal data is for (DSGVO Art. 15, 17), named by exactly one of: a contract id, a
 * Vorabstimmungs-ID, a phone number (any form: {@code 089 547084}, {@code +49 89547084}).
 */
public record DataSubject(String contractId, String vaId, String phone) {

    public DataSubject {
        contractId = blankToNull(contractId);
        vaId = blankToNull(vaId);
        phone = blankToNull(phone);
        int given = (contractId == null ? 0 : 1) + (vaId == null ? 0 : 1) + (phone == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("name the customer by exactly one of contract, va and phone");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
