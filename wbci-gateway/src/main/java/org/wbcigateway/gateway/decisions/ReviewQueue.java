package org.wbcigateway.gateway.decisions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/** The review queue, for the REST API and the console: incoming VAs a person has to decide, why, and by when. */
@Component
public class ReviewQueue {

    /**
     * A VA a person has to decide, with why (and the detail, {@code null} if none) and the date our answer is due
     * ({@code null} if no deadline runs).
     */
    public record Item(VorabstimmungRecord va, ReviewReason reason, String detail, LocalDate due) {}

    private static final int LIMIT = 500;

    private final DecisionRepository decisions;
    private final DeadlineRepository deadlines;

    public ReviewQueue(DecisionRepository decisions, DeadlineRepository deadlines) {
        this.decisions = decisions;
        this.deadlines = deadlines;
    }

    /** How many wait for a person. */
    public long count() {
        return decisions.countReview();
    }

    /** The first {@value #LIMIT}, oldest first. */
    @Transactional(readOnly = true)
    public List<Item> items() {
        return items(0, LIMIT);
    }

    /** A page of them, oldest first. */
    @Transactional(readOnly = true)
    public List<Item> items(int offset, int limit) {
        return decisions.review(limit, offset).stream()
                .map(r -> new Item(
                        r.va(),
                        r.reason(),
                        r.detail(),
                        deadlines.open(r.va().vaId().value()).stream()
                                .map(DeadlineRepository.DeadlineRecord::due)
                                .min(Comparator.naturalOrder())
                                .orElse(null)))
                .toList();
    }
}
