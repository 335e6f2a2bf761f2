package org.wbcigateway.gateway.platform.config;

import java.time.Duration;

/**
 * What the gateway keeps that may name a customer, each kept for its own period (README, "Personal data"): when the
 * period has passed, the {@code platform.retention.RetentionJob} deletes or pseudonymises it. The protocol facts a later dispute needs
 * (IDs, dates, codes, who sent what when) are in none of these classes and stay.
 */
public enum DataClass {

    /**
     * The Idempotency-Keys of API requests with their first answer, which may name a customer; deleted 30 days after
     * the request. A client repeating a request after that sends it anew.
     */
    IDEMPOTENCY_KEYS(Duration.ofDays(30), Where.TENANT),

    /** The report of a CRM import (rejected rows name contracts); deleted 30 days after the import began. */
    IMPORT_REPORTS(Duration.ofDays(30), Where.TENANT),

    /**
     * Inbound input refused before it reached a Vorabstimmung (its first bytes may name a customer); deleted 90 days
     * after it came: long enough to clear up a partner's complaint about a refusal.
     */
    REFUSAL_LOG(Duration.ofDays(90), Where.TENANT_AND_PROVIDER),

    /**
     * The search index: the line holders' names and the numbers of a Vorabstimmung, emptied 90 days after it ended
     * (rejected, cancelled, void, or agreed and its Wechseltermin passed). It is then found by its IDs only.
     */
    SEARCH_INDEX(Duration.ofDays(90), Where.TENANT),

    /**
     * The stored WBCI messages of a Vorabstimmung: names, address, phone numbers and free text replaced by placeholders
     * one year after it ended; what was sent when, its IDs, dates and codes, and the digest of the bytes as received
     * stay. A year covers complaints and claims over a switch; later the CRM's contract, linked by the VA-ID, answers.
     * In the provider's schema: a message held for a bundle code is deleted a year after it was routed (its tenant
     * keeps it).
     */
    RAW_MESSAGES(Duration.ofDays(365), Where.TENANT_AND_PROVIDER),

    /**
     * The contracts' WBCI events and the event feed over them; deleted 180 days after they happened: the CRM has
     * taken them long before (a consumer that has not is then missing them).
     */
    CRM_EVENTS(Duration.ofDays(180), Where.TENANT),

    /**
     * Who did what, and who looked at what; deleted after two years, the usual period for a provider's access logs
     * under its security concept.
     */
    AUDIT_LOG(Duration.ofDays(730), Where.TENANT_AND_PROVIDER);

    /** Whose schemas hold the class. */
    public enum Where {
        TENANT,
        TENANT_AND_PROVIDER
    }

    private final Duration defaultPeriod;
    private final Where where;

    DataClass(Duration defaultPeriod, Where where) {
        this.defaultPeriod = defaultPeriod;
        this.where = where;
    }

    /** How long it is kept unless {@code wbci.retention.periods.<class>} says otherwise. */
    public Duration defaultPeriod() {
        return defaultPeriod;
    }

    public boolean inProviderSchema() {
        return where == Where.TENANT_AND_PROVIDER;
    }
}
