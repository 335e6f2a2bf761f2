package org.wbcigateway.gateway.crm;

import org.wbcigateway.domain.id.InvalidValueException;

/**
 * One contract of an import as read from its source: either the contract or why the row cannot be one.
 *
 * @param row        CSV: the line of the file where the record starts (the header is line 1); JSON: the position
 *                   in the array, from 1
 * @param contractId as given, if the row has one
 */
public record ImportRow(long row, String contractId, ContractData contract, String rejection) {

    static final int MAX_ID_LENGTH = 64;

    public static ImportRow of(long row, ContractData contract) {
        return new ImportRow(row, contract.id(), contract, null);
    }

    public static ImportRow rejected(long row, String contractId, String reason) {
        return new ImportRow(row, contractId, null, reason);
    }

    /** A contract id as the CRM tables take it. */
    public static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id is longer than " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    /** The broken rule first: the simple type's name (e.g. {@code POSTLEITZAHL: ...}) or {@code structure: ...}. */
    public static String reason(IllegalArgumentException e) {
        return e instanceof InvalidValueException ive && ive.type() != null
                ? e.getMessage()
                : "structure: " + e.getMessage();
    }
}
