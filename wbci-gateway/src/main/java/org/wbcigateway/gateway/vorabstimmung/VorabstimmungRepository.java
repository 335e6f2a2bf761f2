package org.wbcigateway.gateway.vorabstimmung;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.wbcigateway.domain.vorabstimmung.Klaerfall;
import org.wbcigateway.domain.vorabstimmung.KlaerfallKind;
import org.wbcigateway.gateway.platform.persistence.ColumnText;

@Repository
public class VorabstimmungRepository {

    private final JdbcClient jdbc;

    public VorabstimmungRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and locks the row for the rest of the transaction (one writer per Vorabstimmung at a time). */
    public Optional<VorabstimmungRecord> lock(VorabstimmungsId id) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE va_id = ? FOR UPDATE")
                .param(id.value())
                .query(VorabstimmungRepository::map)
                .optional();
    }

    public Optional<VorabstimmungRecord> find(VorabstimmungsId id) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE va_id = ?")
                .param(id.value())
                .query(VorabstimmungRepository::map)
                .optional();
    }

    public void insert(VorabstimmungRecord r, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  va_message_id, change_request_id, kundenwunschtermin, wechseltermin, klaerfall_kind,
                  klaerfall_detail, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.vaId().value(),
                        r.geschaeftsfall().name(),
                        r.ownRole().name(),
                        r.partner().value(),
                        r.state().phase().name(),
                        r.state().akmTr().name(),
                        r.state().changeRequest().name(),
                        r.vaMessageId(),
                        r.changeRequestId(),
                        r.kundenwunschtermin(),
                        r.wechseltermin(),
                        klaerfallKind(r),
                        klaerfallDetail(r),
                        now,
                        now)
                .update();
    }

    public void update(VorabstimmungRecord r, OffsetDateTime now) {
        int rows = jdbc.sql("""
                UPDATE vorabstimmung SET phase = ?, akm_tr = ?, change_request = ?, change_request_id = ?,
                  wechseltermin = ?, klaerfall_kind = ?, klaerfall_detail = ?, updated_at = ?, version = version + 1
                WHERE va_id = ? AND version = ?""")
                .params(
                        r.state().phase().name(),
                        r.state().akmTr().name(),
                        r.state().changeRequest().name(),
                        r.changeRequestId(),
                        r.wechseltermin(),
                        klaerfallKind(r),
                        klaerfallDetail(r),
                        now,
                        r.vaId().value(),
                        r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Vorabstimmung " + r.vaId() + " changed concurrently");
        }
    }

    /** How many Vorabstimmungen there are per phase and Geschaeftsfall (combinations without any are left out). */
    public Map<Phase, Map<Geschaeftsfall, Long>> countByPhaseAndGeschaeftsfall() {
        Map<Phase, Map<Geschaeftsfall, Long>> counts = new EnumMap<>(Phase.class);
        jdbc.sql("SELECT phase, geschaeftsfall, COUNT(*) AS n FROM vorabstimmung GROUP BY phase, geschaeftsfall")
                .query((rs, i) -> counts.computeIfAbsent(
                                Phase.valueOf(rs.getString("phase")), p -> new EnumMap<>(Geschaeftsfall.class))
                        .put(Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** How many Vorabstimmungen are flagged for an operator. */
    public long countKlaerfaelle() {
        return jdbc.sql("SELECT COUNT(*) FROM vorabstimmung WHERE klaerfall_kind IS NOT NULL")
                .query(Long.class)
                .single();
    }

    /** Filtered list, newest first; every filter is optional. */
    public List<VorabstimmungRecord> list(
            Phase phase, Geschaeftsfall geschaeftsfall, CarrierCode partner, Boolean klaerfall, int limit, int offset) {
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
            sql.append(klaerfall ? " AND klaerfall_kind IS NOT NULL" : " AND klaerfall_kind IS NULL");
        }
        sql.append(" ORDER BY created_at DESC, va_id DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(VorabstimmungRepository::map)
                .list();
    }

    private static String klaerfallKind(VorabstimmungRecord r) {
        return r.inKlaerfall() ? r.klaerfall().kind().name() : null;
    }

    private static String klaerfallDetail(VorabstimmungRecord r) {
        return r.inKlaerfall() ? ColumnText.truncate(r.klaerfall().detail(), 1000) : null;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Maps a row of the {@code vorabstimmung} table. */
    public static VorabstimmungRecord map(ResultSet rs, int row) throws SQLException {
        java.sql.Date wt = rs.getDate("wechseltermin");
        Long vaMessageId = nullableLong(rs, "va_message_id");
        Long changeRequestId = nullableLong(rs, "change_request_id");
        return new VorabstimmungRecord(
                VorabstimmungsId.of(rs.getString("va_id")),
                Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")),
                Rolle.valueOf(rs.getString("own_role")),
                CarrierCode.of(rs.getString("partner")),
                new VorabstimmungState(
                        Phase.valueOf(rs.getString("phase")),
                        AkmTrStatus.valueOf(rs.getString("akm_tr")),
                        ChangeRequest.valueOf(rs.getString("change_request"))),
                vaMessageId,
                changeRequestId,
                rs.getDate("kundenwunschtermin").toLocalDate(),
                wt == null ? null : wt.toLocalDate(),
                klaerfall(rs.getString("klaerfall_kind"), rs.getString("klaerfall_detail")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    private static Klaerfall klaerfall(String kind, String detail) {
        return kind == null ? null : new Klaerfall(KlaerfallKind.valueOf(kind), detail == null ? "" : detail);
    }
}
