package org.wbcigateway.gateway.vorabstimmung;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.followup.NewVaArrival;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;

/** The link between a voided Vorabstimmung and the new VA that follows it up (V20, ADR 0003). */
@Repository
public class FollowUpRepository {

    /** A voided Vorabstimmung waiting for its new VA: the stored VA and the open NEW_VA deadline. */
    public record Candidate(VorabstimmungsId vaId, long vaMessageId, Deadline newVaWindow) {}

    /**
     * The links of one Vorabstimmung, each {@code null} if there is none.
     *
     * @param vorgaenger the voided Vorabstimmung this VA follows up
     * @param arrival    how this VA met the predecessor's NEW_VA deadline
     * @param folge      the accepted new VA that follows this (voided) one up
     */
    public record Links(VorabstimmungsId vorgaenger, NewVaArrival arrival, VorabstimmungsId folge) {}

    /** Runs for every incoming VA; its plan must not grow with the history ({@code PerMessageQueryPlanTest}). */
    static final String CANDIDATES = """
                SELECT v.va_id, v.va_message_id, d.awaited, d.started_on, d.not_before, d.due FROM vorabstimmung v
                JOIN deadline d ON d.va_id = v.va_id
                WHERE v.partner = ? AND v.own_role = ? AND v.phase = 'NEW_VA' AND v.folge_va_id IS NULL
                  AND v.va_message_id IS NOT NULL AND d.closed_at IS NULL
                  AND d.awaited IN ('NEW_VA_AFTER_STR_AEN_AUF', 'NEW_VA_AFTER_STR_AEN_ABG')
                ORDER BY d.id DESC""";

    private final JdbcClient jdbc;

    public FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Voided Vorabstimmungen with this partner, in this role, whose NEW_VA deadline is open and that have no
     * follow-up yet: the most recently voided (latest deadline) first.
     */
    public List<Candidate> candidates(CarrierCode partner, Rolle ownRole) {
        return jdbc.sql(CANDIDATES)
                .params(partner.value(), ownRole.name())
                .query((rs, i) -> {
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate notBefore = rs.getObject("not_before", LocalDate.class);
                    return new Candidate(
                            VorabstimmungsId.of(rs.getString("va_id")),
                            rs.getLong("va_message_id"),
                            new Deadline(
                                    AwaitedAnswer.valueOf(rs.getString("awaited")),
                                    started,
                                    notBefore == null ? started : notBefore,
                                    rs.getObject("due", LocalDate.class)));
                })
                .list();
    }

    /** Records the accepted follow-up on both Vorabstimmungen. */
    public void link(VorabstimmungsId voided, VorabstimmungsId followUp, NewVaArrival arrival) {
        jdbc.sql("UPDATE vorabstimmung SET folge_va_id = ? WHERE va_id = ?")
                .params(followUp.value(), voided.value())
                .update();
        markFollowUp(followUp, voided, arrival);
    }

    /** Records on the new VA only which one it followed up (a refused one does not become the voided one's follow-up). */
    public void markFollowUp(VorabstimmungsId followUp, VorabstimmungsId voided, NewVaArrival arrival) {
        jdbc.sql("UPDATE vorabstimmung SET vorgaenger_va_id = ?, new_va_arrival = ? WHERE va_id = ?")
                .params(voided.value(), arrival.name(), followUp.value())
                .update();
    }

    public Links links(VorabstimmungsId vaId) {
        return jdbc.sql("SELECT vorgaenger_va_id, new_va_arrival, folge_va_id FROM vorabstimmung WHERE va_id = ?")
                .param(vaId.value())
                .query((rs, i) -> new Links(
                        id(rs.getString(1)),
                        rs.getString(2) == null ? null : NewVaArrival.valueOf(rs.getString(2)),
                        id(rs.getString(3))))
                .optional()
                .orElse(new Links(null, null, null));
    }

    private static VorabstimmungsId id(String value) {
        return Optional.ofNullable(value).map(VorabstimmungsId::of).orElse(null);
    }
}
