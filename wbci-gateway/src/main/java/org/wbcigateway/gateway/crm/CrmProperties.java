package org.wbcigateway.gateway.crm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which CRM the gateway works against ({@code wbci.crm.*}): its own tables (BUILTIN, the default) or a provider's
 * existing CRM database (SQL), mapped by queries. Every query returns the column names of the built-in tables (use
 * aliases); parameters are named.
 *
 * @param mode BUILTIN or SQL
 * @param sql  the foreign CRM: its JDBC connection and one query per lookup
 */
@ConfigurationProperties("wbci.crm")
public record CrmProperties(@DefaultValue("BUILTIN") Mode mode, Sql sql) {

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
