package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.wbcigateway.gateway.platform.config.PartnerCalendars;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.DeadlineCalculator;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.deadline.OpenItems;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository.DeadlineRecord;

/**
 * Keeps the deadline rows of a Vorabstimmung in line with its state: items the new state no longer implies are
 * closed, new ones are opened with their due date, counted on the owing party's calendar (spec §6).
 */
@Service
public class DeadlineService {

    private final DeadlineRepository deadlines;
    private final DeadlineCalculator calculator;
    private final PartnerCalendars calendars;
    private final Clock clock;
    private final Clock systemClock;

    public DeadlineService(DeadlineRepository deadlines, DeadlineCalculator calculator, PartnerCalendars calendars,
                           Clock clock, @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock systemClock) {
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.calendars = calendars;
        this.clock = clock;
        this.systemClock = systemClock;
    }

    public void update(VorabstimmungRecord va, Transition lastTransition) {
        List<OpenItem> wanted = OpenItems.of(va.geschaeftsfall(), va.state(), lastTransition);
        List<DeadlineRecord> open = deadlines.open(va.vaId().value());
        OffsetDateTime now = OffsetDateTime.now(systemClock);
        for (DeadlineRecord d : open) {
            if (!wanted.contains(new OpenItem(d.awaited(), d.owedBy()))) {
                deadlines.close(d.id(), now);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Terminpruefung.ZONE));
        for (OpenItem item : wanted) {
            boolean present = open.stream().anyMatch(d -> d.awaited() == item.awaited() && d.owedBy() == item.owedBy());
            if (!present) {
                Deadline d = calculator.deadline(item, today, anchorDate(va),
                        calendars.of(va.ownRole(), va.partner()));
                deadlines.insert(va.vaId().value(), item.awaited(), item.owedBy(), d.startedOn(), d.notBefore(), d.due());
            }
        }
    }

    private static LocalDate anchorDate(VorabstimmungRecord va) {
        return va.wechseltermin() != null ? va.wechseltermin() : va.kundenwunschtermin();
    }
}
