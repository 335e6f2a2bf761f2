package org.wbcigateway.gateway.vorabstimmung;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.platform.partners.PartnerCalendars;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository.DeadlineRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.DeadlineView;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.Delivery;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.Party;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.TimelineEntry;

/** Reads a Vorabstimmung with its deadlines, follow-up links and timeline, for the REST API and the console. */
@Component
public class VorabstimmungDetails {

    private static final Logger log = LoggerFactory.getLogger(VorabstimmungDetails.class);

    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final OutboxRepository outbox;
    private final DeadlineRepository deadlines;
    private final StoredMessages stored;
    private final PartnerCalendars calendars;
    private final FollowUpRepository followUps;
    private final Clock clock;

    public VorabstimmungDetails(
            VorabstimmungRepository vorabstimmungen,
            MessageRepository messages,
            OutboxRepository outbox,
            DeadlineRepository deadlines,
            StoredMessages stored,
            PartnerCalendars calendars,
            FollowUpRepository followUps,
            Clock clock) {
        this.calendars = calendars;
        this.followUps = followUps;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.stored = stored;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VorabstimmungView view(VorabstimmungsId id) {
        VorabstimmungRecord r =
                vorabstimmungen.find(id).orElseThrow(() -> new NotFoundException("no Vorabstimmung " + id));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE);
        PartyCalendars parties = calendars.of(r.ownRole(), r.partner());
        List<DeadlineView> deadlineViews = deadlines.all(id.value()).stream()
                .map(d -> deadline(r, d, parties, today))
                .toList();
        List<TimelineEntry> timeline =
                messages.timeline(id.value()).stream().map(this::entry).toList();
        FollowUpRepository.Links links = followUps.links(id);
        return new VorabstimmungView(
                r.vaId().value(),
                r.geschaeftsfall().code(),
                r.ownRole(),
                r.partner().value(),
                r.state().phase(),
                r.state().akmTr(),
                r.state().changeRequest(),
                r.kundenwunschtermin(),
                r.wechseltermin(),
                r.inKlaerfall(),
                r.inKlaerfall() ? r.klaerfall().kind() : null,
                r.inKlaerfall() ? r.klaerfall().describe() : null,
                r.createdAt(),
                r.updatedAt(),
                value(links.vorgaenger()),
                links.arrival(),
                value(links.folge()),
                deadlineViews,
                timeline);
    }

    private static String value(VorabstimmungsId id) {
        return id == null ? null : id.value();
    }

    private static DeadlineView deadline(
            VorabstimmungRecord r, DeadlineRecord d, PartyCalendars parties, LocalDate today) {
        boolean open = d.closedAt() == null;
        return new DeadlineView(
                d.awaited(),
                d.owedBy() == r.ownRole() ? Party.US : Party.PARTNER,
                d.owedBy(),
                parties.owing(new OpenItem(d.awaited(), d.owedBy())).bundesland(),
                d.startedOn(),
                d.notBefore(),
                d.due(),
                open,
                open && today.isAfter(d.due()));
    }

    private TimelineEntry entry(MessageRecord m) {
        Delivery delivery = m.direction() == MessageRecord.Direction.OUT
                ? outbox.findByMessage(m.id()).map(Delivery::of).orElse(null)
                : null;
        return new TimelineEntry(
                m.id(),
                m.direction(),
                m.type(),
                m.geschaeftsfall().code(),
                m.requestId(),
                m.outcome(),
                m.outcomeDetail(),
                m.createdAt(),
                delivery,
                parse(m),
                new String(m.raw(), StandardCharsets.UTF_8));
    }

    /** The domain message; {@code null} if the stored bytes can no longer be read (e.g. after a schema change). */
    private Object parse(MessageRecord m) {
        try {
            return stored.read(m);
        } catch (RuntimeException e) {
            log.warn("stored message {} cannot be read: {}", m.id(), e.toString());
            return null;
        }
    }
}
