package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.deadline.EscalationPolicy;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository.Overdue;

/**
 * Overdue items, for the REST API and the console: who owes what since when, at which escalation level (judged on
 * the business date, on the owing party's calendar); per partner as the CSV to send to that partner.
 */
@Component
public class OverdueDeadlines {

    /** Who owes an overdue item: we, or the partner. */
    public enum OwedBy {
        US,
        PARTNER
    }

    /** One overdue item; due date and working days overdue are on the calendar of {@code owedByBundesland}. */
    public record OverdueView(
            String vorabstimmungsId,
            String geschaeftsfall,
            String partner,
            String awaited,
            String label,
            OwedBy owedBy,
            Bundesland owedByBundesland,
            LocalDate due,
            int workingDaysOverdue,
            EscalationLevel level) {}

    private final DeadlineRepository deadlines;
    private final DeadlineMonitor monitor;
    private final Clock clock;

    public OverdueDeadlines(DeadlineRepository deadlines, DeadlineMonitor monitor, Clock clock) {
        this.deadlines = deadlines;
        this.monitor = monitor;
        this.clock = clock;
    }

    /** Open items past due, oldest first; every filter is optional ({@code null}). */
    public List<OverdueView> overdue(String partner, OwedBy owedBy, EscalationLevel level) {
        LocalDate today = LocalDate.now(clock.withZone(Terminpruefung.ZONE));
        return deadlines.overdue(today).stream()
                .filter(o -> partner == null || partner.equals(o.partner()))
                .filter(o -> owedBy == null || (owedBy == OwedBy.US) == o.owedByUs())
                .map(o -> view(o, today))
                .filter(v -> level == null || v.level().compareTo(level) >= 0)
                .toList();
    }

    /** What a partner owes us, as a CSV to send to that partner (German column names). */
    public String csv(String partner) {
        StringBuilder csv = new StringBuilder("VorabstimmungsId;Geschaeftsfall;Erwartete Meldung;Faellig am;"
                + "Arbeitstage ueberfaellig;Eskalationsstufe\r\n");
        for (OverdueView v : overdue(partner, OwedBy.PARTNER, null)) {
            csv.append(v.vorabstimmungsId())
                    .append(';')
                    .append(v.geschaeftsfall())
                    .append(';')
                    .append(v.label())
                    .append(';')
                    .append(v.due())
                    .append(';')
                    .append(v.workingDaysOverdue())
                    .append(';')
                    .append(v.level())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private OverdueView view(Overdue o, LocalDate today) {
        EscalationPolicy policy = monitor.policy();
        OpenItem item = DeadlineMonitor.item(o);
        PartyCalendars calendars = monitor.calendars(o);
        EscalationLevel now = policy.level(item, o.due(), today, calendars);
        return new OverdueView(
                o.vaId(),
                o.geschaeftsfall(),
                o.partner(),
                o.awaited().name(),
                o.awaited().label(),
                o.owedByUs() ? OwedBy.US : OwedBy.PARTNER,
                calendars.owing(item).bundesland(),
                o.due(),
                EscalationPolicy.workingDaysOverdue(item, o.due(), today, calendars),
                now.compareTo(o.level()) > 0 ? now : o.level());
    }
}
