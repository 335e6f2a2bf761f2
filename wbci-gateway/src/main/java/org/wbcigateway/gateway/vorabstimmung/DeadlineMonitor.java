package org.wbcigateway.gateway.vorabstimmung;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.deadline.EscalationKind;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.deadline.EscalationPolicy;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.platform.partners.PartnerCalendars;
import org.wbcigateway.gateway.platform.tenancy.EffectiveSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository.Overdue;

/**
 * Scans the open deadlines past due and raises each to the escalation level its working days overdue reach. Each
 * rise is reported once — a CRM event {@code ESCALATION_Ln} on the contract, a log line, a counter — even with
 * several nodes scanning: the level is raised by compare-and-set and only the node that wins reports it. Working days
 * overdue are those of the party that owes the answer.
 */
@Component
public class DeadlineMonitor implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineMonitor.class);

    private final DeadlineRepository deadlines;
    private final CrmPort crm;
    private final PartnerCalendars calendars;
    private final GatewayProperties properties;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;
    private final Tenants tenants;
    private final EffectiveSettings settings;
    private final Clock clock;
    private final Clock systemClock;
    /** Per tenant id: its overdue deadlines by level, owed by us and by partners, as the last scan counted them. */
    private final Map<String, Map<EscalationLevel, AtomicLong>> overdueByUs =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Map<EscalationLevel, AtomicLong>> overdueByPartners =
            new java.util.concurrent.ConcurrentHashMap<>();

    public DeadlineMonitor(
            DeadlineRepository deadlines,
            CrmPort crm,
            PartnerCalendars calendars,
            GatewayProperties properties,
            TransactionTemplate tx,
            MeterRegistry meters,
            Tenants tenants,
            EffectiveSettings settings,
            Clock clock,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock systemClock) {
        this.deadlines = deadlines;
        this.crm = crm;
        this.calendars = calendars;
        this.settings = settings;
        this.properties = properties;
        this.tx = tx;
        this.meters = meters;
        this.tenants = tenants;
        this.clock = clock;
        this.systemClock = systemClock;
        tenants.all().forEach(t -> gauges(t.id()));
    }

    @org.springframework.context.event.EventListener
    void added(org.wbcigateway.gateway.platform.tenancy.TenantAdded added) {
        gauges(added.tenant().id());
    }

    /** The gauges of a tenant, registered when it is first seen ({@code tenant} label: its id). */
    private void gauges(String tenant) {
        gauges(tenant, overdueByUs, "us");
        gauges(tenant, overdueByPartners, "partner");
    }

    private void gauges(String tenant, Map<String, Map<EscalationLevel, AtomicLong>> byTenant, String owedBy) {
        byTenant.computeIfAbsent(tenant, t -> {
            Map<EscalationLevel, AtomicLong> counts = counts();
            for (EscalationLevel level : EscalationLevel.values()) {
                Gauge.builder("wbci.deadlines.overdue", counts.get(level), AtomicLong::get)
                        .description("Open deadlines past due, by escalation level and by who owes the answer")
                        .tag("level", level.name())
                        .tag("owed_by", owedBy)
                        .tag("tenant", t)
                        .register(meters);
            }
            return counts;
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::scan, properties.deadlines().scanInterval());
    }

    /** The escalation of the tenant in scope. */
    public EscalationPolicy policy() {
        return settings.escalationPolicy();
    }

    /** One scan of every tenant's deadlines; returns how many this node escalated. */
    public int scan() {
        int[] escalated = {0};
        tenants.forEach(tenant -> {
            Map<EscalationLevel, Long> us = new EnumMap<>(EscalationLevel.class);
            Map<EscalationLevel, Long> partners = new EnumMap<>(EscalationLevel.class);
            escalated[0] += scanTenant(us, partners);
            gauges(tenant.id());
            for (EscalationLevel level : EscalationLevel.values()) {
                overdueByUs.get(tenant.id()).get(level).set(us.getOrDefault(level, 0L));
                overdueByPartners.get(tenant.id()).get(level).set(partners.getOrDefault(level, 0L));
            }
        });
        return escalated[0];
    }

    /** The tenant in scope: escalates what is due, and counts what is overdue by level. */
    private int scanTenant(Map<EscalationLevel, Long> us, Map<EscalationLevel, Long> partners) {
        LocalDate today = LocalDate.now(clock.withZone(Terminpruefung.ZONE));
        List<Overdue> overdue = deadlines.overdue(today);
        EscalationPolicy policy = policy();
        int escalated = 0;
        for (Overdue o : overdue) {
            EscalationLevel level = policy.level(item(o), o.due(), today, calendars(o));
            if (level.compareTo(o.level()) > 0 && escalated(o, level, today)) {
                escalated++;
            }
            EscalationLevel current = level.compareTo(o.level()) > 0 ? level : o.level();
            (o.owedByUs() ? us : partners).merge(current, 1L, Long::sum);
        }
        return escalated;
    }

    private boolean escalated(Overdue o, EscalationLevel level, LocalDate today) {
        try (VaLogContext.Scope va = VaLogContext.open(o.vaId())) {
            return Boolean.TRUE.equals(tx.execute(s -> escalate(o, level, today)));
        }
    }

    private boolean escalate(Overdue o, EscalationLevel level, LocalDate today) {
        if (!deadlines.escalate(o.id(), o.level(), level, OffsetDateTime.now(systemClock))) {
            return false;
        }
        int days = EscalationPolicy.workingDaysOverdue(item(o), o.due(), today, calendars(o));
        String owedBy = o.owedByUs() ? "us" : o.partner();
        String detail = level + ": " + o.awaited().label() + " owed by " + owedBy + ", due " + o.due() + ", " + days
                + " AT overdue";
        VorabstimmungsId vaId = VorabstimmungsId.of(o.vaId());
        crm.contractOf(vaId)
                .ifPresent(contract -> crm.recordEvent(contract, vaId, CrmEventType.escalation(level), detail));
        Counter.builder("wbci.deadlines.escalations")
                .description("Deadlines that reached an escalation level")
                .tag("level", level.name())
                .tag("kind", EscalationKind.of(o.awaited()).name())
                .tag("owed_by", o.owedByUs() ? "us" : "partner")
                .register(meters)
                .increment();
        log.warn("escalation {} for {}: {}", level, o.vaId(), detail);
        return true;
    }

    /** The overdue item as the domain sees it. */
    public static OpenItem item(Overdue o) {
        return new OpenItem(o.awaited(), o.owedBy());
    }

    /** Both parties' calendars of the overdue item's Vorabstimmung. */
    public PartyCalendars calendars(Overdue o) {
        return calendars.of(o.ownRole(), o.partner());
    }

    private static Map<EscalationLevel, AtomicLong> counts() {
        Map<EscalationLevel, AtomicLong> counts = new EnumMap<>(EscalationLevel.class);
        for (EscalationLevel level : EscalationLevel.values()) {
            counts.put(level, new AtomicLong());
        }
        return counts;
    }
}
