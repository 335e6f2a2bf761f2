package org.wbcigateway.gateway.decisions;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.DecisionSubject;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.persistence.ColumnText;
import org.wbcigateway.gateway.platform.tenancy.EffectiveSettings;
import org.wbcigateway.gateway.vorabstimmung.DecisionQueue;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;

/**
 * The decision columns of a stored Vorabstimmung: status and note of its automatic decision. The engine's
 * {@code DecisionNeeded} arrives here as a pending decision.
 */
@Repository
public class DecisionRepository implements DecisionQueue {

    /** A Vorabstimmung a person has to decide, why, and the detail ({@code null} if there is none). */
    public record Review(VorabstimmungRecord va, ReviewReason reason, String detail) {}

    /**
     * Runs after every commit that queues a decision; its plan must not grow with the history
     * ({@code PerMessageQueryPlanTest}).
     */
    public static final String LOCK_PENDING = """
            SELECT va_id FROM vorabstimmung WHERE decision_status = ? ORDER BY created_at
            LIMIT ? FOR UPDATE SKIP LOCKED""";

    private final JdbcClient jdbc;
    private final DecisionWakeup wakeup;
    private final EffectiveSettings settings;

    public DecisionRepository(JdbcClient jdbc, DecisionWakeup wakeup, EffectiveSettings settings) {
        this.jdbc = jdbc;
        this.wakeup = wakeup;
        this.settings = settings;
    }

    /**
     * A decision to make: pending for the {@link DecisionWorker}, or straight to the review queue while automatic
     * decisions are switched off (no second transaction for what the worker would only pass on).
     */
    @Override
    public void pending(VorabstimmungsId vaId, DecisionSubject subject) {
        if (settings.decisionMode() == GatewayProperties.Decision.Mode.REVIEW) {
            review(vaId, ReviewReason.SWITCHED_OFF, null);
        } else {
            mark(vaId, DecisionStatus.PENDING, subject.name());
        }
    }

    /** Sets the decision status; a pending one wakes this node's {@link DecisionWorker} once committed. */
    public void mark(VorabstimmungsId id, DecisionStatus status, String note) {
        if (status == DecisionStatus.REVIEW) {
            throw new IllegalArgumentException("a review needs its reason");
        }
        update(id, status, null, note);
        if (status == DecisionStatus.PENDING) {
            wakeup.afterCommit();
        }
    }

    /** Hands the request to a person, saying why; the detail is shown with the reason. */
    public void review(VorabstimmungsId id, ReviewReason reason, String detail) {
        update(id, DecisionStatus.REVIEW, reason, detail);
    }

    private void update(VorabstimmungsId id, DecisionStatus status, ReviewReason reason, String note) {
        jdbc.sql("UPDATE vorabstimmung SET decision_status = ?, decision_reason = ?, decision_note = ? WHERE va_id = ?")
                .params(
                        status.name(),
                        reason == null ? null : reason.name(),
                        ColumnText.truncate(note, 1000),
                        id.value())
                .update();
    }

    /** Vorabstimmungen waiting for their automatic decision, locked for this transaction (other nodes skip them). */
    public List<VorabstimmungsId> lockPending(int limit) {
        return jdbc.sql(LOCK_PENDING)
                .params(DecisionStatus.PENDING.name(), limit)
                .query((rs, i) -> VorabstimmungsId.of(rs.getString(1)))
                .list();
    }

    /** Incoming VAs a person has to decide, with the reason, oldest first. */
    public List<Review> review(int limit) {
        return review(limit, 0);
    }

    /** A page of the incoming VAs a person has to decide, oldest first. */
    public List<Review> review(int limit, int offset) {
        return jdbc.sql("SELECT * FROM vorabstimmung WHERE decision_status = ? AND phase = 'VA_PENDING' "
                        + "ORDER BY created_at, va_id LIMIT ? OFFSET ?")
                .params(DecisionStatus.REVIEW.name(), limit, offset)
                .query((rs, i) -> new Review(
                        VorabstimmungRepository.map(rs, i),
                        ReviewReason.valueOf(rs.getString("decision_reason")),
                        rs.getString("decision_note")))
                .list();
    }

    /** How many incoming VAs wait for a person. */
    public long countReview() {
        return jdbc.sql("SELECT COUNT(*) FROM vorabstimmung WHERE decision_status = ? AND phase = 'VA_PENDING'")
                .param(DecisionStatus.REVIEW.name())
                .query(Long.class)
                .single();
    }
}
