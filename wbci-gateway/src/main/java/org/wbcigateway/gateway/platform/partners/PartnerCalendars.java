package org.wbcigateway.gateway.platform.partners;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Supplies the working-day calendars: ours ({@code wbci.bundesland}) and each partner's (its Bundesland in the
 * partner directory). Which one counts for what is the domain's rule ({@link PartyCalendars}).
 *
 * <p>A partner without a Bundesland, or no longer in the directory, is counted on our calendar (reported at start).
 */
@Component
public class PartnerCalendars {

    private final Supplier<Partners> partners;
    private final Supplier<Bundesland> own;
    private final Map<Bundesland, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    /** Ours is the calendar of the tenant in scope. */
    @Autowired
    public PartnerCalendars(PartnerDirectory directory, Tenants tenants) {
        this(directory::current, () -> tenants.current().bundesland());
    }

    PartnerCalendars(Supplier<Partners> partners, Supplier<Bundesland> own) {
        this.partners = partners;
        this.own = own;
    }

    /** The calendar of the tenant in scope. */
    public WorkingDayCalendar own() {
        return calendar(own.get());
    }

    private WorkingDayCalendar calendar(Bundesland bundesland) {
        return calendars.computeIfAbsent(bundesland, WorkingDayCalendar::of);
    }

    /** The partner's calendar; ours if it has no Bundesland. */
    public WorkingDayCalendar of(String partner) {
        return configured(partner).map(this::calendar).orElseGet(this::own);
    }

    /** The partner's Bundesland in the directory, if any. */
    public Optional<Bundesland> configured(String partner) {
        return partners.get().find(CarrierCode.of(partner)).flatMap(Partner::bundesland);
    }

    /** Both calendars of a Vorabstimmung with this partner, in which we have {@code ownRole}. */
    public PartyCalendars of(Rolle ownRole, String partner) {
        return new PartyCalendars(ownRole, own(), of(partner));
    }

    public PartyCalendars of(Rolle ownRole, CarrierCode partner) {
        return of(ownRole, partner.value());
    }

    /** The partners without a Bundesland of their own, sorted. */
    public List<String> withoutBundesland() {
        return partners.get().all().stream()
                .filter(p -> p.bundesland().isEmpty())
                .map(p -> p.code().value())
                .toList();
    }
}
