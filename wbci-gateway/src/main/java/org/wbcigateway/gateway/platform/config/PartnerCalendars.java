package org.wbcigateway.gateway.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Rolle;

/**
 * Supplies the working-day calendars: ours ({@code wbci.bundesland}) and each partner's
 * ({@code wbci.partners.[X].bundesland}). Which one counts for what is the domain's rule ({@link PartyCalendars}).
 *
 * <p>A partner without a Bundesland, or no longer configured, is counted on our calendar (reported at start).
 */
@Component
public class PartnerCalendars {

    private final WorkingDayCalendar own;
    private final Map<String, WorkingDayCalendar> partners = new TreeMap<>();

    public PartnerCalendars(GatewayProperties properties, WorkingDayCalendar own) {
        this.own = own;
        properties.partners().forEach((code, partner) -> {
            if (partner.bundesland() != null) {
                partners.put(code, WorkingDayCalendar.of(partner.bundesland()));
            }
        });
    }

    public WorkingDayCalendar own() {
        return own;
    }

    /** The partner's calendar; ours if its Bundesland is not configured. */
    public WorkingDayCalendar of(String partner) {
        return partners.getOrDefault(partner, own);
    }

    /** The partner's configured Bundesland, if any. */
    public Optional<Bundesland> configured(String partner) {
        return Optional.ofNullable(partners.get(partner)).map(WorkingDayCalendar::bundesland);
    }

    /** Both calendars of a Vorabstimmung with this partner, in which we have {@code ownRole}. */
    public PartyCalendars of(Rolle ownRole, String partner) {
        return new PartyCalendars(ownRole, own, of(partner));
    }

    public PartyCalendars of(Rolle ownRole, CarrierCode partner) {
        return of(ownRole, partner.value());
    }

    /** The configured partners without a Bundesland of their own, sorted. */
    public static List<String> withoutBundesland(GatewayProperties properties) {
        return properties.partners().entrySet().stream()
                .filter(e -> e.getValue().bundesland() == null)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
