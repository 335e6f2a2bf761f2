package org.wbcigateway.gateway.crm;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;

/**
 * What the gateway keeps about contracts in its own database, whichever CRM holds them: which Vorabstimmung concerns
 * which contract, and the contract's WBCI event timeline (the event feed reads it).
 */
@Component
public class CrmLinks {

    private final JdbcClient jdbc;

    public CrmLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void link(String contractId, VorabstimmungsId vaId) {
        if (contractOf(vaId).isEmpty()) {
            jdbc.sql("INSERT INTO crm_contract_va (contract_id, va_id) VALUES (?, ?)")
                    .params(contractId, vaId.value())
                    .update();
        }
    }

    public Optional<String> contractOf(VorabstimmungsId vaId) {
        return jdbc.sql("SELECT contract_id FROM crm_contract_va WHERE va_id = ?")
                .param(vaId.value())
                .query(String.class)
                .optional();
    }

    /** The Vorabstimmungen that concern the contract. */
    public List<String> vorabstimmungen(String contractId) {
        return jdbc.sql("SELECT va_id FROM crm_contract_va WHERE contract_id = ? ORDER BY va_id")
                .param(contractId)
                .query(String.class)
                .list();
    }

    /**
     * The contract's WBCI timeline, oldest first (columns id, va_id, event_type, detail, created_at; created_at an
     * {@link OffsetDateTime} whatever the driver returns).
     */
    public List<Map<String, Object>> events(String contractId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, va_id, event_type, detail, created_at FROM crm_event "
                        + "WHERE contract_id = ? ORDER BY id")
                .param(contractId)
                .query()
                .listOfRows();
        rows.forEach(row -> row.computeIfPresent(
                "created_at",
                (column, value) ->
                        value instanceof java.sql.Timestamp ts ? ts.toInstant().atOffset(ZoneOffset.UTC) : value));
        return rows;
    }

    public void recordEvent(String contractId, VorabstimmungsId vaId, CrmEventType type, String detail) {
        jdbc.sql("INSERT INTO crm_event (contract_id, va_id, event_type, detail, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        contractId,
                        vaId == null ? null : vaId.value(),
                        type.feedName(),
                        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** The contract's Vorabstimmungen that are open or agreed, i.e. not ended. */
    public List<String> openVorabstimmungen(String contractId) {
        return jdbc.sql("""
                SELECT l.va_id FROM crm_contract_va l JOIN vorabstimmung v ON v.va_id = l.va_id
                WHERE l.contract_id = ? AND v.phase IN ('VA_PENDING', 'AGREED') ORDER BY l.va_id""").param(contractId).query(String.class).list();
    }

    /** Another Vorabstimmung for this contract is still open (§4: VAE). */
    public boolean otherVorabstimmungOpen(String contractId, VorabstimmungsId current) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM crm_contract_va l JOIN vorabstimmung v ON v.va_id = l.va_id
                WHERE l.contract_id = ? AND l.va_id <> ? AND v.phase IN ('VA_PENDING', 'AGREED')""")
                        .params(contractId, current.value())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
