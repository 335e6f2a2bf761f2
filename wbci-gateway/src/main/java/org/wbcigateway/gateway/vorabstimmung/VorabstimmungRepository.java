package org.wbcigateway.gateway.vorabstimmung;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.gateway.platform.persistence.ColumnText;

@Repository
public class VorabstimmungRepository {

    private final JdbcClient jdbc;

    public VorabstimmungRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and locks the row for the rest of the transaction (one writer per Vorabstimmung at a time). */
    public Optional<VorabstimmungRecord> lock(VorabstimmungsId id) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE va_id = ? FOR UPDATE").param(id.value())
                .query(VorabstimmungRepository::map).optional();
    }

    public Optional<VorabstimmungRecord> find(VorabstimmungsId id) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE va_id = ?").param(id.value())
                .query(VorabstimmungRepository::map).optional();
    }

    public void insert(VorabstimmungRecord r, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  va_message_id, change_request_id, kundenwunschtermin, wechseltermin, klaerfall, klaerfall_reason,
                  created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.vaId().value(), r.geschaeftsfall().name(), r.ownRole().name(), r.partner().value(),
                        r.state().phase().name(), r.state().akmTr().name(), r.state().changeRequest().name(),
                        r.vaMessageId(), r.changeRequestId(), r.kundenwunschtermin(), r.wechseltermin(), r.klaerfall(),
                        r.klaerfallReason(), now, now)
                .update();
    }

    public void update(VorabstimmungRecord r, OffsetDateTime now) {
        int rows = jdbc.sql("""
                UPDATE vorabstimmung SET phase = ?, akm_tr = ?, change_request = ?, change_request_id = ?,
                  wechseltermin = ?, klaerfall = ?, klaerfall_reason = ?, updated_at = ?, version = version + 1
                WHERE va_id = ? AND version = ?""")
                .params(r.state().phase().name(), r.state().akmTr().name(), r.state().changeRequest().name(),
                        r.changeRequestId(), r.wechseltermin(), r.klaerfall(), r.klaerfallReason(), now,
                        r.vaId().value(), r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Vorabstimmung " + r.vaId() + " changed concurrently");
        }
    }

    /** The automatic decision of an incoming VA: PENDING, DONE or REVIEW (with the reason). */
    public void markDecision(VorabstimmungsId id, String status, String note) {
        jdbc.sql("UPDATE vorabstimmung SET decision_status = ?, decision_note = ? WHERE va_id = ?")
                .params(status, ColumnText.truncate(note), id.value()).update();
    }

    /** Incoming VAs waiting for their automatic decision, locked for this transaction (other nodes skip them). */
    public List<VorabstimmungsId> lockPendingDecisions(int limit) {
        return jdbc.sql("""
                SELECT va_id FROM vorabstimmung WHERE decision_status = 'PENDING' ORDER BY created_at
                LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit).query((rs, i) -> VorabstimmungsId.of(rs.getString(1))).list();
    }

    /** VAs a person has to decide, with the reason, oldest first. */
    public List<java.util.Map.Entry<VorabstimmungRecord, String>> review(int limit) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE decision_status = 'REVIEW' AND phase = 'VA_PENDING' "
                        + "ORDER BY created_at LIMIT ?")
                .param(limit)
                .query((rs, i) -> java.util.Map.entry(map(rs, i), String.valueOf(rs.getString("decision_note"))))
                .list();
    }

    /** Filtered list, newest first; every filter is optional. */
    public List<VorabstimmungRecord> list(Phase phase, Geschaeftsfall geschaeftsfall, CarrierCode partner,
                                          Boolean klaerfall, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM vorabstimmung WHERE 1 = 1");
        java.util.List<Object> params = new java.util.ArrayList<>();
        if (phase != null) {
            sql.append(" AND phase = ?");
            params.add(phase.name());
        }
        if (geschaeftsfall != null) {
            sql.append(" AND geschaeftsfall = ?");
            params.add(geschaeftsfall.name());
        }
        if (partner != null) {
            sql.append(" AND partner = ?");
            params.add(partner.value());
        }
        if (klaerfall != null) {
            sql.append(" AND klaerfall = ?");
            params.add(klaerfall);
        }
        sql.append(" ORDER BY created_at DESC, va_id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(VorabstimmungRepository::map).list();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static VorabstimmungRecord map(ResultSet rs, int row) throws SQLException {
        java.sql.Date wt = rs.getDate("wechseltermin");
        Long vaMessageId = nullableLong(rs, "va_message_id");
        Long changeRequestId = nullableLong(rs, "change_request_id");
        return new VorabstimmungRecord(
                VorabstimmungsId.of(rs.getString("va_id")),
                Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")),
                Rolle.valueOf(rs.getString("own_role")),
                CarrierCode.of(rs.getString("partner")),
                new VorabstimmungState(Phase.valueOf(rs.getString("phase")), AkmTrStatus.valueOf(rs.getString("akm_tr")),
                        ChangeRequest.valueOf(rs.getString("change_request"))),
                vaMessageId,
                changeRequestId,
                rs.getDate("kundenwunschtermin").toLocalDate(),
                wt == null ? null : wt.toLocalDate(),
                rs.getBoolean("klaerfall"),
                rs.getString("klaerfall_reason"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
