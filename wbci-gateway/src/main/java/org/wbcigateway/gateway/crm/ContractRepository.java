package org.wbcigateway.gateway.crm;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.message.Anlagenanschluss;
import org.wbcigateway.domain.message.Anschlussinhaber;
import org.wbcigateway.domain.message.Einzelanschluss;
import org.wbcigateway.domain.message.Firma;
import org.wbcigateway.domain.message.Person;
import org.wbcigateway.domain.message.Rufnummer;
import org.wbcigateway.domain.message.Standort;

/** The built-in CRM tables: contracts with holders, numbers, blocks and resources. */
@Repository
public class ContractRepository {

    private static final String INSERT_CONTRACT = """
            INSERT INTO crm_contract (id, status, holder_kind, anrede, vorname, nachname, firmenname, firmenname2,
              strassenname, hausnummer, hausnummern_zusatz, postleitzahl, ort, anschluss_kind, onkz, durchwahlnummer,
              abfragestelle, technologie, start_date, minimum_term_months, notice_period_months, earliest_end,
              previous_carrier, desired_date, port_numbers, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_HOLDER =
            "INSERT INTO crm_holder (contract_id, anrede, vorname, nachname, firmenname) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_NUMBER =
            "INSERT INTO crm_number (contract_id, onkz, rufnummer) VALUES (?, ?, ?)";
    private static final String INSERT_BLOCK = "INSERT INTO crm_block (contract_id, von, bis) VALUES (?, ?, ?)";
    private static final String INSERT_RESOURCE = """
            INSERT INTO crm_resource (contract_id, vertragsnummer, line_id, identifizierer, kennung_tnb)
            VALUES (?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** Without a {@link JdbcTemplate}, {@link #saveAll} saves one contract after the other. */
    public ContractRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @Autowired
    public ContractRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Creates or replaces the contract with all its parts. */
    public void save(ContractData c) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("DELETE FROM crm_contract WHERE id = ?").param(c.id()).update();
        jdbc.sql(INSERT_CONTRACT).params(contractRow(c, now)).update();
        for (Object[] row : holderRows(c)) {
            jdbc.sql(INSERT_HOLDER).params(row).update();
        }
        for (Object[] row : numberRows(c)) {
            jdbc.sql(INSERT_NUMBER).params(row).update();
        }
        for (Object[] row : blockRows(c)) {
            jdbc.sql(INSERT_BLOCK).params(row).update();
        }
        for (Object[] row : resourceRows(c)) {
            jdbc.sql(INSERT_RESOURCE).params(row).update();
        }
    }

    /**
     * Creates or replaces these contracts as {@link #save} does, with one JDBC batch per table (for imports); of two
     * contracts with the same id the later one wins. Call it in a transaction: a failed batch leaves the
     * transaction to be rolled back.
     */
    public void saveAll(List<ContractData> contracts) {
        if (contracts.isEmpty()) {
            return;
        }
        if (batch == null) {
            contracts.forEach(this::save);
            return;
        }
        Collection<ContractData> unique = contracts.stream()
                .collect(Collectors.toMap(ContractData::id, c -> c, (first, later) -> later, LinkedHashMap::new))
                .values();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // one query instead of a DELETE per contract: a first import replaces nothing
        List<String> existing = jdbc.sql("SELECT id FROM crm_contract WHERE id IN (:ids)")
                .param("ids", unique.stream().map(ContractData::id).toList())
                .query(String.class)
                .list();
        batch(
                "DELETE FROM crm_contract WHERE id = ?",
                existing.stream().map(id -> new Object[] {id}).toList());
        batch(INSERT_CONTRACT, unique.stream().map(c -> contractRow(c, now)).toList());
        batch(
                INSERT_HOLDER,
                unique.stream().flatMap(c -> holderRows(c).stream()).toList());
        batch(
                INSERT_NUMBER,
                unique.stream().flatMap(c -> numberRows(c).stream()).toList());
        batch(INSERT_BLOCK, unique.stream().flatMap(c -> blockRows(c).stream()).toList());
        batch(
                INSERT_RESOURCE,
                unique.stream().flatMap(c -> resourceRows(c).stream()).toList());
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    private static Object[] contractRow(ContractData c, OffsetDateTime now) {
        Anschlussinhaber h = c.inhaber();
        Standort s = c.standort();
        Anlagenanschluss anlage = c.rufnummern() instanceof Anlagenanschluss a ? a : null;
        return new Object[] {
            c.id(),
            c.status(),
            h instanceof Person ? "PERSON" : "FIRMA",
            h.anrede().code(),
            h instanceof Person p ? p.vorname() : null,
            h instanceof Person p ? p.nachname() : null,
            h instanceof Firma f ? f.firmenname() : null,
            h instanceof Firma f ? f.firmennameZweiterTeil() : null,
            s == null ? null : s.strassenname(),
            s == null ? null : s.hausnummer(),
            s == null ? null : s.hausnummernZusatz(),
            s == null ? null : s.postleitzahl(),
            s == null ? null : s.ort(),
            anlage != null ? "ANLAGE" : c.rufnummern() == null ? "NONE" : "EINZEL",
            anlage == null ? null : anlage.onkz(),
            anlage == null ? null : anlage.durchwahlnummer(),
            anlage == null ? null : anlage.abfragestelle(),
            c.technologie(),
            c.startDate(),
            c.minimumTermMonths(),
            c.noticePeriodMonths(),
            c.earliestEnd(),
            c.previousCarrier() == null ? null : c.previousCarrier().value(),
            c.desiredDate(),
            c.portNumbers(),
            now,
            now
        };
    }

    private static List<Object[]> holderRows(ContractData c) {
        return c.weitereInhaber().stream()
                .map(w -> new Object[] {
                    c.id(),
                    w.anrede().code(),
                    w instanceof Person p ? p.vorname() : null,
                    w instanceof Person p ? p.nachname() : null,
                    w instanceof Firma f ? f.firmenname() : null
                })
                .toList();
    }

    private static List<Object[]> numberRows(ContractData c) {
        return c.rufnummern() instanceof Einzelanschluss e
                ? e.rufnummern().stream()
                        .map(n -> new Object[] {c.id(), n.onkz(), n.nummer()})
                        .toList()
                : List.of();
    }

    private static List<Object[]> blockRows(ContractData c) {
        return c.rufnummern() instanceof Anlagenanschluss a
                ? a.bloecke().stream()
                        .map(b -> new Object[] {c.id(), b.von(), b.bis()})
                        .toList()
                : List.of();
    }

    private static List<Object[]> resourceRows(ContractData c) {
        return c.ressourcen().stream()
                .map(r -> new Object[] {
                    c.id(),
                    r.vertragsnummer(),
                    r.lineId() == null ? null : r.lineId().value(),
                    r.identifizierer(),
                    r.kennungTNBabg() == null ? null : r.kennungTNBabg().value()
                })
                .toList();
    }

    public Optional<ContractData> find(String id) {
        ContractRows.Children children = new ContractRows.Children(
                jdbc.sql(
                                "SELECT anrede, vorname, nachname, firmenname FROM crm_holder WHERE contract_id = ? ORDER BY id")
                        .param(id)
                        .query(ContractRows::holder)
                        .list(),
                jdbc.sql("SELECT onkz, rufnummer FROM crm_number WHERE contract_id = ?")
                        .param(id)
                        .query(ContractRows::number)
                        .list(),
                jdbc.sql("SELECT von, bis FROM crm_block WHERE contract_id = ? ORDER BY von")
                        .param(id)
                        .query(ContractRows::block)
                        .list(),
                jdbc.sql("SELECT vertragsnummer, line_id, identifizierer, kennung_tnb FROM crm_resource "
                                + "WHERE contract_id = ? ORDER BY id")
                        .param(id)
                        .query(ContractRows::resource)
                        .list());
        return jdbc.sql("SELECT * FROM crm_contract WHERE id = ?")
                .param(id)
                .query((rs, i) -> ContractRows.contract(rs, children))
                .optional();
    }

    /** Contracts of ours (not won ones, not ended) that hold one of these single numbers or this Kopfnummer. */
    public List<String> findByNumbers(List<Rufnummer> numbers) {
        List<String> ids = new ArrayList<>();
        for (Rufnummer n : numbers) {
            ids.addAll(jdbc.sql("""
                    SELECT c.id FROM crm_number n JOIN crm_contract c ON c.id = n.contract_id
                    WHERE n.onkz = ? AND n.rufnummer = ? AND c.status IN ('ACTIVE', 'TERMINATION_PENDING')
                    UNION
                    SELECT c.id FROM crm_contract c WHERE c.onkz = ? AND c.durchwahlnummer = ?
                      AND c.status IN ('ACTIVE', 'TERMINATION_PENDING')""")
                    .params(n.onkz(), n.nummer(), n.onkz(), n.nummer())
                    .query(String.class)
                    .list());
        }
        return ids.stream().distinct().toList();
    }

    /** Contracts of ours at this PLZ and house number whose holder has this surname or company name. */
    public List<String> findByAddressAndName(String postleitzahl, String hausnummer, String name) {
        return jdbc.sql("""
                SELECT id FROM crm_contract WHERE postleitzahl = ? AND hausnummer = ?
                  AND (LOWER(nachname) = LOWER(?) OR LOWER(firmenname) = LOWER(?))
                  AND status IN ('ACTIVE', 'TERMINATION_PENDING')""")
                .params(postleitzahl, hausnummer, name, name)
                .query(String.class)
                .list();
    }
}
