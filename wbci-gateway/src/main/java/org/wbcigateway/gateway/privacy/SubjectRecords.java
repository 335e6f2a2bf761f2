package org.wbcigateway.gateway.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.gateway.platform.retention.Ended;
import org.wbcigateway.gateway.platform.retention.MessageScrub;
import org.wbcigateway.gateway.platform.security.StoredBytes;
import org.wbcigateway.gateway.platform.security.StoredText;
import org.wbcigateway.gateway.vorabstimmung.PhoneNumbers;
import org.wbcigateway.wire.PersonalField;
import org.wbcigateway.wire.Pseudonymiser;

/**
 * Everything the tenant in scope holds that names one customer, found from what names the customer: the contracts
 * and Vorabstimmungen linked to each other (crm_contract_va), to the phone number (CRM numbers, the search index),
 * and the names and numbers they hold, which find the rest (refusal log, Idempotency-Key answers).
 */
@Repository
class SubjectRecords {

    /**
     * The customer's contracts and Vorabstimmungen, the names and numbers they hold, and every trace of the customer
     * (those and the other values of the messages' personal fields and the contracts' addresses, at least 3
     * characters long) that finds the rest.
     */
    record Found(
            Set<String> contractIds, Set<String> vaIds, Set<String> names, Set<String> numbers, Set<String> traces) {

        /**
         * Whether a text (a refused message's head, an Idempotency-Key answer) is about the customer, told apart from
         * other customers' texts: it holds one of their IDs, one of their numbers whole, or every part of one of their
         * names ("John", "McFly"), not only a part of an address or a first name another customer may share.
         */
        boolean tracedIn(String text) {
            for (String id : ids()) {
                if (text.contains(id)) {
                    return true;
                }
            }
            for (String number : numbers) {
                // a whole number, not the start of a longer one (another customer's line may begin alike)
                if (number.length() >= 3
                        && java.util.regex.Pattern.compile(
                                        "(?<!\\d)" + java.util.regex.Pattern.quote(number) + "(?!\\d)")
                                .matcher(text)
                                .find()) {
                    return true;
                }
            }
            for (String name : names) {
                String[] parts = name.strip().split("\\s+");
                if (parts.length > 0 && java.util.Arrays.stream(parts).allMatch(text::contains)) {
                    return true;
                }
            }
            return false;
        }

        Set<String> ids() {
            Set<String> ids = new LinkedHashSet<>(contractIds);
            ids.addAll(vaIds);
            ids.removeIf(t -> t.strip().length() < 3);
            return ids;
        }
    }

    /** What a pseudonymised message holds instead: not a trace of anyone. */
    private static final Set<String> PLACEHOLDERS = java.util.Arrays.stream(PersonalField.values())
            .map(PersonalField::placeholder)
            .collect(java.util.stream.Collectors.toSet());

    private final JdbcClient jdbc;
    private final StoredBytes bytes;
    private final StoredText heads;

    SubjectRecords(JdbcClient jdbc, StoredBytes bytes, StoredText heads) {
        this.jdbc = jdbc;
        this.bytes = bytes;
        this.heads = heads;
    }

    Found find(DataSubject subject) {
        Set<String> contracts = new LinkedHashSet<>();
        Set<String> vas = new LinkedHashSet<>();
        // a contract or Vorabstimmung asked for by id counts only if something is held about it
        if (subject.contractId() != null) {
            contracts.addAll(strings(
                    "SELECT id FROM crm_contract WHERE id = ? UNION SELECT contract_id FROM crm_contract_va WHERE "
                            + "contract_id = ? UNION SELECT contract_id FROM crm_event WHERE contract_id = ?",
                    subject.contractId(),
                    subject.contractId(),
                    subject.contractId()));
        }
        if (subject.vaId() != null) {
            vas.addAll(strings("SELECT va_id FROM vorabstimmung WHERE va_id = ?", subject.vaId()));
        }
        if (subject.phone() != null) {
            String number = PhoneNumbers.normalize(subject.phone());
            contracts.addAll(strings(
                    "SELECT contract_id FROM crm_number WHERE CONCAT(onkz, rufnummer) = ? UNION "
                            + "SELECT id FROM crm_contract WHERE CONCAT(onkz, durchwahlnummer) = ?",
                    number,
                    number));
            vas.addAll(strings(
                    "SELECT va_id FROM vorabstimmung_number WHERE number_from <= ? AND number_to >= ? "
                            + "AND LENGTH(number_from) = ?",
                    number,
                    number,
                    number.length()));
        }
        // one step each way along the links: the contract's Vorabstimmungen, the Vorabstimmung's contracts
        for (String contract : List.copyOf(contracts)) {
            vas.addAll(strings("SELECT va_id FROM crm_contract_va WHERE contract_id = ?", contract));
        }
        for (String va : List.copyOf(vas)) {
            contracts.addAll(strings("SELECT contract_id FROM crm_contract_va WHERE va_id = ?", va));
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (String va : vas) {
            for (String customer : strings("SELECT customer FROM vorabstimmung_search WHERE va_id = ?", va)) {
                for (String name : customer.split("; ")) {
                    if (!name.isBlank()) {
                        names.add(name);
                    }
                }
            }
            numbers.addAll(strings("SELECT number_from FROM vorabstimmung_number WHERE va_id = ?", va));
        }
        for (String contract : contracts) {
            names.addAll(strings(
                    "SELECT TRIM(CONCAT(COALESCE(vorname, ''), ' ', COALESCE(nachname, ''), COALESCE(firmenname, ''))) "
                            + "FROM crm_contract WHERE id = ? UNION SELECT TRIM(CONCAT(COALESCE(vorname, ''), ' ', "
                            + "COALESCE(nachname, ''), COALESCE(firmenname, ''))) FROM crm_holder WHERE contract_id = ?",
                    contract,
                    contract));
            numbers.addAll(strings(
                    "SELECT CONCAT(onkz, rufnummer) FROM crm_number WHERE contract_id = ? UNION SELECT CONCAT(onkz, "
                            + "durchwahlnummer) FROM crm_contract WHERE id = ? AND durchwahlnummer IS NOT NULL",
                    contract,
                    contract));
        }
        names.removeIf(String::isBlank);
        Set<String> traces = new LinkedHashSet<>(names);
        traces.addAll(numbers);
        for (String va : vas) {
            for (byte[] raw : jdbc.sql("SELECT raw FROM wbci_message WHERE va_id = ? AND pseudonymised_at IS NULL")
                    .param(va)
                    .query(byte[].class)
                    .list()) {
                try {
                    traces.addAll(Pseudonymiser.personalValues(bytes.open(raw)));
                } catch (IllegalArgumentException e) {
                    // not readable: nothing to learn from it
                }
            }
        }
        for (String contract : contracts) {
            traces.addAll(strings(
                    "SELECT strassenname FROM crm_contract WHERE id = ? AND strassenname IS NOT NULL UNION "
                            + "SELECT ort FROM crm_contract WHERE id = ? AND ort IS NOT NULL UNION "
                            + "SELECT postleitzahl FROM crm_contract WHERE id = ? AND postleitzahl IS NOT NULL",
                    contract,
                    contract,
                    contract));
        }
        traces.removeIf(t -> t.strip().length() < 3 || PLACEHOLDERS.contains(t.strip()));
        return new Found(contracts, vas, names, numbers, traces);
    }

    /** Every stored item of the customer, by data class: each a list of rows as column → value. */
    Map<String, List<Map<String, Object>>> items(Found found) {
        Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();
        items.put("contracts", rows("crm_contract", "id", found.contractIds()));
        items.put("contractHolders", rows("crm_holder", "contract_id", found.contractIds()));
        items.put("contractNumbers", rows("crm_number", "contract_id", found.contractIds()));
        items.put("contractBlocks", rows("crm_block", "contract_id", found.contractIds()));
        items.put("contractResources", rows("crm_resource", "contract_id", found.contractIds()));
        items.put("vorabstimmungen", rows("vorabstimmung", "va_id", found.vaIds()));
        List<Map<String, Object>> messages = rows("wbci_message", "va_id", found.vaIds());
        messages.forEach(m -> m.computeIfPresent("raw", (k, raw) -> opened(raw)));
        items.put("messages", messages);
        items.put("searchIndex", rows("vorabstimmung_search", "va_id", found.vaIds()));
        items.put("searchNumbers", rows("vorabstimmung_number", "va_id", found.vaIds()));
        List<Map<String, Object>> events = new ArrayList<>(rows("crm_event", "contract_id", found.contractIds()));
        rows("crm_event", "va_id", found.vaIds()).stream()
                .filter(e -> !events.contains(e))
                .forEach(events::add);
        items.put("crmEvents", events);
        Set<String> targets = new LinkedHashSet<>(found.contractIds());
        targets.addAll(found.vaIds());
        items.put("auditLog", rows("audit_log", "target", targets));
        items.put("importRejections", rows("import_rejection", "contract_id", found.contractIds()));
        items.put("refusalLog", refusals(found));
        List<Map<String, Object>> keys = containing("idempotency_key", "idem_key", "body", found);
        keys.forEach(k -> k.computeIfPresent("body", (c, body) -> new String((byte[]) body, StandardCharsets.UTF_8)));
        items.put("idempotencyKeys", keys);
        return items;
    }

    /**
     * What the provider's schema holds about the customer (run in its scope): the routed copies of their messages
     * that waited for a bundle code's tenant, input refused before it reached a tenant that names them (unreadable,
     * or for a code not served), and the provider's audit lines about their contracts and Vorabstimmungen.
     */
    Map<String, List<Map<String, Object>>> providerItems(Found found) {
        Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();
        items.put("heldCopies", routedHeldCopies(found.vaIds()));
        items.put("providerRefusalLog", refusals(found));
        items.put("providerAuditLog", rows("audit_log", "target", found.ids()));
        return items;
    }

    /** The erasure's part in the provider's schema (run in its scope): what {@link #providerItems} shows goes. */
    Map<String, Integer> eraseInProvider(Found found) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put(
                "heldCopies",
                update("DELETE FROM bundle_inbox WHERE va_id = ? AND routed_at IS NOT NULL", found.vaIds()));
        rows.put("providerRefusalLog", deleteRefusals(found));
        rows.put("providerAuditDetails", emptyAuditDetails(found));
        return rows;
    }

    /** Those of the Vorabstimmungen not over yet (ADR 0017), or with a message still to be sent. */
    List<String> stillOpen(Set<String> vaIds, java.time.Instant now) {
        List<String> open = new ArrayList<>();
        for (String va : vaIds) {
            boolean over = !jdbc.sql("SELECT va_id FROM (" + Ended.VA_IDS + ") e WHERE va_id = :va")
                    .params(Ended.by(now))
                    .param("va", va)
                    .query(String.class)
                    .list()
                    .isEmpty();
            boolean sending = !strings(
                            "SELECT o.va_id FROM outbox o WHERE o.va_id = ? AND o.status = '"
                                    + MessageScrub.OUTBOX_PENDING + "'",
                            va)
                    .isEmpty();
            boolean known = !strings("SELECT va_id FROM vorabstimmung WHERE va_id = ?", va)
                    .isEmpty();
            if (known && (!over || sending)) {
                open.add(va);
            }
        }
        return open;
    }

    /**
     * What an erasure removes besides the messages' personal data (which {@code MessageScrub} replaces): the
     * customer's contracts in the built-in CRM and their links, the search index's names and numbers, the CRM events,
     * import rejections, refusals and Idempotency-Key answers that name them, and every free text of their
     * Vorabstimmungen that may quote them. The protocol facts stay: the Vorabstimmung rows, their deadlines, outbox
     * states and the audit log's lines (whose targets are IDs; a detail quoting the customer is emptied).
     */
    Map<String, Integer> erase(Found found) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put(
                "crmEvents",
                update("DELETE FROM crm_event WHERE contract_id = ?", found.contractIds())
                        + update("DELETE FROM crm_event WHERE va_id = ?", found.vaIds()));
        rows.put("importRejections", update("DELETE FROM import_rejection WHERE contract_id = ?", found.contractIds()));
        rows.put("contracts", update("DELETE FROM crm_contract WHERE id = ?", found.contractIds()));
        rows.put(
                "contractLinks",
                update("DELETE FROM crm_contract_va WHERE contract_id = ?", found.contractIds())
                        + update("DELETE FROM crm_contract_va WHERE va_id = ?", found.vaIds()));
        rows.put(
                "searchIndex",
                update(
                        "UPDATE vorabstimmung_search SET customer = '' WHERE va_id = ? AND customer <> ''",
                        found.vaIds()));
        rows.put("searchNumbers", update("DELETE FROM vorabstimmung_number WHERE va_id = ?", found.vaIds()));
        rows.put(
                "vorabstimmungTexts",
                update(
                        "UPDATE vorabstimmung SET decision_note = NULL, klaerfall_detail = CASE WHEN klaerfall_detail IS NULL "
                                + "THEN NULL ELSE '" + ERASED + "' END WHERE va_id = ?",
                        found.vaIds()));
        rows.put(
                "messageTexts",
                update(
                        "UPDATE wbci_message SET outcome_detail = '" + ERASED
                                + "' WHERE va_id = ? AND outcome_detail IS NOT NULL",
                        found.vaIds()));
        rows.put(
                "outboxTexts",
                update(
                        "UPDATE outbox SET last_error = '" + ERASED + "' WHERE va_id = ? AND last_error IS NOT NULL",
                        found.vaIds()));
        rows.put("refusalLog", deleteRefusals(found));
        rows.put(
                "idempotencyKeys",
                deleteAll("idempotency_key", "idem_key", containing("idempotency_key", "idem_key", "body", found)));
        rows.put("auditDetails", emptyAuditDetails(found));
        return rows;
    }

    /** Refused input whose head (opened, if sealed) or reason is about the customer. */
    private List<Map<String, Object>> refusals(Found found) {
        return where("inbound_refusal", "id", row -> {
            row.computeIfPresent("raw_head", (k, head) -> heads.open((String) head));
            return found.tracedIn(text(row.get("raw_head"))) || found.tracedIn(text(row.get("detail")));
        });
    }

    private int deleteRefusals(Found found) {
        return deleteAll("inbound_refusal", "id", refusals(found));
    }

    /** Audit lines stay (their targets are IDs); a detail quoting the customer is emptied. */
    private int emptyAuditDetails(Found found) {
        int n = 0;
        for (Map<String, Object> line :
                where("audit_log", "id", row -> found.traces().stream().anyMatch(text(row.get("detail"))::contains))) {
            n += jdbc.sql("UPDATE audit_log SET detail = '" + ERASED + "' WHERE id = ?")
                    .param(line.get("id"))
                    .update();
        }
        return n;
    }

    /**
     * The routed copies of these Vorabstimmungen's messages that waited for a bundle code's tenant (the tenant has
     * them); those not routed yet are not the customer's known Vorabstimmungen.
     */
    private List<Map<String, Object>> routedHeldCopies(Set<String> vaIds) {
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, Object> row : rows("bundle_inbox", "va_id", vaIds)) {
            if (row.get("routed_at") != null) {
                row.computeIfPresent("raw", (k, raw) -> opened(raw));
                copies.add(row);
            }
        }
        return copies;
    }

    /** Stored message bytes as text, opened if they are sealed. */
    private String opened(Object raw) {
        return new String(bytes.open((byte[]) raw), StandardCharsets.UTF_8);
    }

    /** Rows read at once when a table is searched through. */
    private static final int PAGE = 500;

    /** What an erased text says instead. */
    static final String ERASED = "entfernt";

    private int update(String sql, Set<String> values) {
        int n = 0;
        for (String value : values) {
            n += jdbc.sql(sql).param(value).update();
        }
        return n;
    }

    private int deleteAll(String table, String key, List<Map<String, Object>> rows) {
        int n = 0;
        for (Map<String, Object> row : rows) {
            n += jdbc.sql("DELETE FROM " + table + " WHERE " + key + " = ?")
                    .param(row.get(key))
                    .update();
        }
        return n;
    }

    private List<Map<String, Object>> rows(String table, String column, Set<String> values) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String value : values) {
            rows.addAll(jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = ?")
                    .param(value)
                    .query()
                    .listOfRows());
        }
        return rows;
    }

    /** Rows of a table whose text or bytes column is about the customer. */
    private List<Map<String, Object>> containing(String table, String key, String column, Found customer) {
        return where(table, key, row -> customer.tracedIn(text(row.get(column))));
    }

    /**
     * The rows of a table that pass a test, read page by page in the order of its key: these tables (refusals, audit,
     * Idempotency-Keys) may hold millions of rows, of which only the matches are kept.
     */
    private List<Map<String, Object>> where(
            String table, String key, java.util.function.Predicate<Map<String, Object>> test) {
        List<Map<String, Object>> found = new ArrayList<>();
        Object after = null;
        while (true) {
            List<Map<String, Object>> page = after == null
                    ? jdbc.sql("SELECT * FROM " + table + " ORDER BY " + key + " LIMIT " + PAGE)
                            .query()
                            .listOfRows()
                    : jdbc.sql("SELECT * FROM " + table + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT " + PAGE)
                            .param(after)
                            .query()
                            .listOfRows();
            for (Map<String, Object> row : page) {
                if (test.test(row)) {
                    found.add(new LinkedHashMap<>(row));
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
            after = page.get(page.size() - 1).get(key);
        }
    }

    /** A column's value as text to search: text as it is, bytes as UTF-8, nothing as empty. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private List<String> strings(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }
}
