package org.wbcigateway.gateway.vorabstimmung;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;

@Repository
public class DeadlineRepository {

    /** An open or closed deadline of a Vorabstimmung. */
    public record DeadlineRecord(
            long id,
            String vaId,
            AwaitedAnswer awaited,
            Rolle owedBy,
            LocalDate startedOn,
            LocalDate notBefore,
            LocalDate due,
            OffsetDateTime closedAt) {}

    /** An open deadline past its due date, with the Vorabstimmung's partner and our role in it. */
    public record Overdue(
            long id,
            String vaId,
            AwaitedAnswer awaited,
            Rolle owedBy,
            LocalDate due,
            EscalationLevel level,
            String partner,
            Rolle ownRole,
            String geschaeftsfall) {

        public boolean owedByUs() {
            return owedBy == ownRole;
        }
    }

    /** An open deadline due on a given day, with the Vorabstimmung's partner and Geschaeftsfall. */
    public record Due(
            String vaId, Geschaeftsfall geschaeftsfall, String partner, AwaitedAnswer awaited, boolean owedByUs) {}

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeadlineRecord> open(String vaId) {
        return jdbc.sql("SELECT * FROM deadline WHERE va_id = ? AND closed_at IS NULL ORDER BY id")
                .param(vaId)
                .query(DeadlineRepository::map)
                .list();
    }

    public List<DeadlineRecord> all(String vaId) {
        return jdbc.sql("SELECT * FROM deadline WHERE va_id = ? ORDER BY id")
                .param(vaId)
                .query(DeadlineRepository::map)
                .list();
    }

    /** A deadline opens: the item is awaited, due as counted. */
    public void insert(String vaId, OpenItem item, Deadline deadline) {
        jdbc.sql("""
                INSERT INTO deadline (va_id, awaited, owed_by, started_on, not_before, due)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        vaId,
                        item.awaited().name(),
                        item.owedBy().name(),
                        deadline.startedOn(),
                        deadline.notBefore(),
                        deadline.due())
                .update();
    }

    /** The open deadline of the item closes: it is awaited no more. */
    public void close(String vaId, OpenItem item, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE deadline SET closed_at = ?
                WHERE va_id = ? AND awaited = ? AND owed_by = ? AND closed_at IS NULL""")
                .params(now, vaId, item.awaited().name(), item.owedBy().name())
                .update();
    }

    /** Open deadlines due on {@code day}, by VA-ID. */
    public List<Due> dueOn(LocalDate day) {
        return jdbc.sql("""
                SELECT d.va_id, d.awaited, d.owed_by, v.partner, v.own_role, v.geschaeftsfall
                FROM deadline d JOIN vorabstimmung v ON v.va_id = d.va_id
                WHERE d.closed_at IS NULL AND d.due = ? ORDER BY d.va_id""")
                .param(day)
                .query((rs, i) -> new Due(
                        rs.getString("va_id"),
                        Geschaeftsfall.valueOf(rs.getString("geschaeftsfall")),
                        rs.getString("partner"),
                        AwaitedAnswer.valueOf(rs.getString("awaited")),
                        Rolle.valueOf(rs.getString("owed_by")) == Rolle.valueOf(rs.getString("own_role"))))
                .list();
    }

    /** Open deadlines due before {@code today}, oldest first. */
    public List<Overdue> overdue(LocalDate today) {
        return jdbc.sql("""
                SELECT d.id, d.va_id, d.awaited, d.owed_by, d.due, d.escalation_level, v.partner, v.own_role,
                       v.geschaeftsfall
                FROM deadline d JOIN vorabstimmung v ON v.va_id = d.va_id
                WHERE d.closed_at IS NULL AND d.due < ? ORDER BY d.due, d.id""")
                .param(today)
                .query((rs, row) -> new Overdue(
                        rs.getLong("id"),
                        rs.getString("va_id"),
                        AwaitedAnswer.valueOf(rs.getString("awaited")),
                        Rolle.valueOf(rs.getString("owed_by")),
                        rs.getDate("due").toLocalDate(),
                        EscalationLevel.valueOf(rs.getString("escalation_level")),
                        rs.getString("partner"),
                        Rolle.valueOf(rs.getString("own_role")),
                        rs.getString("geschaeftsfall")))
                .list();
    }

    /**
     * Raises the level if it still is {@code from} and the deadline is open: of several nodes scanning at once, exactly
     * one wins and reports the escalation.
     */
    public boolean escalate(long id, EscalationLevel from, EscalationLevel to, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE deadline SET escalation_level = ?, escalated_at = ?
                WHERE id = ? AND escalation_level = ? AND closed_at IS NULL""").params(to.name(), at, id, from.name()).update() == 1;
    }

    private static DeadlineRecord map(ResultSet rs, int row) throws SQLException {
        java.sql.Date notBefore = rs.getDate("not_before");
        return new DeadlineRecord(
                rs.getLong("id"),
                rs.getString("va_id"),
                AwaitedAnswer.valueOf(rs.getString("awaited")),
                Rolle.valueOf(rs.getString("owed_by")),
                rs.getDate("started_on").toLocalDate(),
                notBefore == null ? null : notBefore.toLocalDate(),
                rs.getDate("due").toLocalDate(),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}
