package org.wbcigateway.gateway.crm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which CRM the gateway works against ({@code wbci.crm.*}): its own tables (BUILTIN, the default) or a provider's
 * existing CRM database (SQL), mapped by queries. Every query returns the column names of the built-in tables (use
 * aliases); parameters are named.
 *
 * @param mode    BUILTIN or SQL: the CRM of the configured tenant ({@code wbci.carrier-code})
 * @param sql     the foreign CRM: its JDBC connection and one query per lookup
 * @param sources further foreign CRMs by name, for the tenants added later: a tenant uses the one its settings name
 *                ({@code crmSource}); one that names none uses the built-in CRM tables of its own schema
 */
@ConfigurationProperties("wbci.crm")
public record CrmProperties(@DefaultValue("BUILTIN") Mode mode, Sql sql, java.util.Map<String, Sql> sources) {

    public CrmProperties {
        sources = sources == null ? java.util.Map.of() : java.util.Map.copyOf(sources);
        sources.forEach((name, source) -> {
            if (source.url() == null || source.url().isBlank()) {
                throw new IllegalArgumentException("wbci.crm.sources." + name + ".url is required");
            }
        });
    }

    public enum Mode {
        BUILTIN,
        SQL
    }

    /**
     * @param contract            {@code :id} → one row: id, status, anrede, vorname, nachname, firmenname, firmenname2,
     *                            strassenname, hausnummer, hausnummern_zusatz, postleitzahl, ort, onkz, durchwahlnummer,
     *                            abfragestelle, technologie, start_date, minimum_term_months, notice_period_months,
     *                            earliest_end, previous_carrier, desired_date, port_numbers
     * @param contractsByNumber   {@code :onkz, :rufnummer} → column id (single numbers and Anlagen-Kopfnummern)
     * @param contractsByAddress  {@code :postleitzahl, :hausnummer, :name} → column id (only for a VA that names no
     *                            number: a VA-KUE-ORN without Anschlussidentifikation)
     * @param holders             {@code :id} → anrede, vorname, nachname, firmenname (further line holders)
     * @param numbers             {@code :id} → onkz, rufnummer
     * @param blocks              {@code :id} → von, bis
     * @param resources           {@code :id} → vertragsnummer, line_id, identifizierer, kennung_tnb
     * @param resourceOwner       {@code :vertragsnummer, :lineId} → contract_id, transferable
     * @param writeBack           statement with {@code :id, :status, :terminationDate}; empty = no write-back
     */
    public record Sql(
            String url,
            String username,
            String password,
            String contract,
            String contractsByNumber,
            String contractsByAddress,
            String holders,
            String numbers,
            String blocks,
            String resources,
            String resourceOwner,
            String writeBack) {}
}
