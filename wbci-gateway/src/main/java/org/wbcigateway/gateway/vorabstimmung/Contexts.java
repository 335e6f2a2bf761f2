package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.vorabstimmung.Context;
import org.wbcigateway.gateway.platform.partners.PartnerCalendars;

/** What the engine is told besides the message: today's business date, both parties' calendars, the Fristen. */
@Component
public class Contexts {

    private final PartnerCalendars calendars;
    private final Fristen fristen;
    private final Clock clock;

    /** @param clock business time (ADR 0004) */
    public Contexts(PartnerCalendars calendars, Fristen fristen, Clock clock) {
        this.calendars = calendars;
        this.fristen = fristen;
        this.clock = clock;
    }

    /** For a Vorabstimmung with this partner, in which we have {@code ownRole}, today. */
    public Context of(Rolle ownRole, CarrierCode partner) {
        return of(ownRole, partner, clock.instant());
    }

    /** As {@link #of(Rolle, CarrierCode)} on the day of {@code at} (a message received then, taken now). */
    public Context of(Rolle ownRole, CarrierCode partner, java.time.Instant at) {
        return Context.of(LocalDate.ofInstant(at, Terminpruefung.ZONE), calendars.of(ownRole, partner), fristen);
    }
}
