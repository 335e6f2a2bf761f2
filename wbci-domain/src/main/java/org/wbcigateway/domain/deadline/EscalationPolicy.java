package org.wbcigateway.domain.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;

/**
 * When an overdue item reaches L1, L2 and L3, in working days (AT) after its due date, per kind. Defaults: VA
 * unanswered 1/4/7, AKM-TR missing 1/5/7, TV/Storno unanswered 1/2/4. Working days are those of the party that owes
 * the item (spec §6).
 */
public final class EscalationPolicy {

    /** Working days overdue at which each level starts; strictly rising, the first at least 1. */
    public record Thresholds(int l1, int l2, int l3) {
        public Thresholds {
            if (l1 < 1 || l2 <= l1 || l3 <= l2) {
                throw new IllegalArgumentException(
                        "escalation thresholds must rise from at least 1: " + l1 + "/" + l2 + "/" + l3);
            }
        }

        EscalationLevel level(int workingDaysOverdue) {
            if (workingDaysOverdue >= l3) {
                return EscalationLevel.L3;
            }
            if (workingDaysOverdue >= l2) {
                return EscalationLevel.L2;
            }
            return workingDaysOverdue >= l1 ? EscalationLevel.L1 : EscalationLevel.NONE;
        }
    }

    private final Map<EscalationKind, Thresholds> thresholds;

    public EscalationPolicy(Map<EscalationKind, Thresholds> thresholds) {
        EnumMap<EscalationKind, Thresholds> all = new EnumMap<>(defaults().thresholds);
        all.putAll(thresholds);
        this.thresholds = Map.copyOf(all);
    }

    private EscalationPolicy(EnumMap<EscalationKind, Thresholds> thresholds) {
        this.thresholds = thresholds;
    }

    public static EscalationPolicy defaults() {
        EnumMap<EscalationKind, Thresholds> t = new EnumMap<>(EscalationKind.class);
        t.put(EscalationKind.VA_UNANSWERED, new Thresholds(1, 4, 7));
        t.put(EscalationKind.AKM_TR_MISSING, new Thresholds(1, 5, 7));
        t.put(EscalationKind.CHANGE_REQUEST_UNANSWERED, new Thresholds(1, 2, 4));
        return new EscalationPolicy(t);
    }

    public Thresholds thresholds(EscalationKind kind) {
        return thresholds.get(kind);
    }

    /** The level of an item due on {@code due} that is still open {@code today}. */
    public EscalationLevel level(AwaitedAnswer awaited, LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        return thresholds(EscalationKind.of(awaited)).level(workingDaysOverdue(due, today, calendar));
    }

    /** The level of an open item due on {@code due}, counted on the owing party's calendar. */
    public EscalationLevel level(OpenItem item, LocalDate due, LocalDate today, PartyCalendars calendars) {
        return level(item.awaited(), due, today, calendars.owing(item));
    }

    /** Working days an open item is overdue, counted on the owing party's calendar (0 while not yet due). */
    public static int workingDaysOverdue(OpenItem item, LocalDate due, LocalDate today, PartyCalendars calendars) {
        return workingDaysOverdue(due, today, calendars.owing(item));
    }

    /** Working days the item is overdue (0 while not yet due). */
    public static int workingDaysOverdue(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        return today.isAfter(due) ? calendar.workingDaysBetween(due, today) : 0;
    }
}
