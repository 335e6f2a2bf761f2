package org.wbcigateway.gateway.web.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.AwaitedAnswer;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.decisions.DecisionRepository;
import org.wbcigateway.gateway.outbox.OutboxBacklog;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;

/** The figures of the dashboard, each from one small query of the owning repository or a shared read model. */
@Component
class DashboardQuery {

    static final int DAYS = 14;

    /** Vorabstimmungen per phase (rows) and Geschaeftsfall code (columns). */
    record Counts(Map<Phase, Map<String, Long>> byPhase) {

        public long total(Phase phase) {
            return byPhase.get(phase).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }

        /** For templates: the total of a phase by its name. */
        public long open(String phase) {
            return total(Phase.valueOf(phase));
        }
    }

    record DueToday(String vaId, String geschaeftsfall, String partner, AwaitedAnswer awaited, boolean owedByUs) {}

    record Day(LocalDate day, long in, long out) {}

    record Dashboard(
            Counts counts,
            List<DueToday> dueToday,
            Map<EscalationLevel, Long> overdueByLevel,
            Map<String, Long> overdueByPartner,
            List<Day> messagesPerDay,
            long deadLetters,
            long pending,
            long review,
            long klaerfaelle,
            LocalDate today) {

        public long overdueTotal() {
            return overdueByLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final VorabstimmungRepository vorabstimmungen;
    private final DeadlineRepository deadlineRows;
    private final MessageRepository messages;
    private final DecisionRepository decisions;
    private final OverdueDeadlines deadlines;
    private final OutboxBacklog backlog;
    private final Clock businessClock;
    private final Clock systemClock;

    DashboardQuery(
            VorabstimmungRepository vorabstimmungen,
            DeadlineRepository deadlineRows,
            MessageRepository messages,
            DecisionRepository decisions,
            OverdueDeadlines deadlines,
            OutboxBacklog backlog,
            Clock businessClock,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock systemClock) {
        this.vorabstimmungen = vorabstimmungen;
        this.deadlineRows = deadlineRows;
        this.messages = messages;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.backlog = backlog;
        this.businessClock = businessClock;
        this.systemClock = systemClock;
    }

    Dashboard read() {
        LocalDate today = LocalDate.ofInstant(businessClock.instant(), Terminpruefung.ZONE);
        Map<EscalationLevel, Long> byLevel = new EnumMap<>(EscalationLevel.class);
        Map<String, Long> byPartner = new TreeMap<>();
        for (OverdueDeadlines.OverdueView o : deadlines.overdue(null, null, null)) {
            byLevel.merge(o.level(), 1L, Long::sum);
            byPartner.merge(o.partner(), 1L, Long::sum);
        }
        return new Dashboard(
                counts(),
                dueToday(today),
                byLevel,
                byPartner,
                messagesPerDay(),
                backlog.ofTenantInScope(OutboxStatus.DEAD).count(),
                backlog.ofTenantInScope(OutboxStatus.PENDING).count(),
                decisions.countReview(),
                vorabstimmungen.countKlaerfaelle(),
                today);
    }

    private Counts counts() {
        Map<Phase, Map<String, Long>> byPhase = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            if (p != Phase.NONE) {
                Map<String, Long> row = new LinkedHashMap<>();
                for (Geschaeftsfall g : Geschaeftsfall.values()) {
                    if (g.isVorabstimmung()) {
                        row.put(g.code(), 0L);
                    }
                }
                byPhase.put(p, row);
            }
        }
        vorabstimmungen
                .countByPhaseAndGeschaeftsfall()
                .forEach((phase, row) ->
                        row.forEach((geschaeftsfall, n) -> byPhase.get(phase).put(geschaeftsfall.code(), n)));
        return new Counts(byPhase);
    }

    private List<DueToday> dueToday(LocalDate today) {
        return deadlineRows.dueOn(today).stream()
                .map(d -> new DueToday(d.vaId(), d.geschaeftsfall().code(), d.partner(), d.awaited(), d.owedByUs()))
                .toList();
    }

    /** Messages sent and received per day over the last {@link #DAYS} days (real time, German days). */
    private List<Day> messagesPerDay() {
        ZoneId zone = Terminpruefung.ZONE;
        LocalDate last = LocalDate.ofInstant(systemClock.instant(), zone);
        LocalDate first = last.minusDays(DAYS - 1);
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        OffsetDateTime since = first.atStartOfDay(zone).toOffsetDateTime();
        messages.eachSince(since, (direction, at) -> {
            long[] counts = days.get(LocalDate.ofInstant(at.toInstant(), zone));
            if (counts != null) {
                counts[direction == MessageRecord.Direction.IN ? 0 : 1]++;
            }
        });
        return days.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
