package org.wbcigateway.gateway.platform.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;

/**
 * The EKPs this installation serves. The first is the configured one ({@code wbci.carrier-code}) in the home schema,
 * written into the registry at every start; further tenants are added at runtime, each in a schema of its own that
 * is created and migrated when it is added. Every node re-reads the registry every
 * {@code wbci.partner-directory.refresh-interval}; the node that adds a tenant knows it at once.
 */
@Component
public class Tenants {

    private final TenantRepository repository;
    private final ProviderTransactions provider;
    private final Schemas schemas;
    private final Clock clock;
    private final Flyway home;
    private final TenantSchemaDataSource scoped;
    private final AtomicReference<List<Tenant>> all = new AtomicReference<>();
    private final org.springframework.context.ApplicationEventPublisher events;
    private java.util.Set<String> configured = java.util.Set.of();

    Tenants(
            TenantRepository repository,
            ProviderTransactions provider,
            Schemas schemas,
            GatewayProperties properties,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            Flyway home,
            javax.sql.DataSource dataSource,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.provider = provider;
        this.schemas = schemas;
        this.clock = clock;
        this.home = home;
        try {
            this.scoped = dataSource.unwrap(TenantSchemaDataSource.class);
            scoped.connectionsPerSchema(properties.tenancy().connectionsPerSchema());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the data source does not follow the tenant scope", e);
        }
        Tenant first = new Tenant(
                properties.ownCarrier().value(),
                properties.ownCarrier(),
                schemas.home(),
                Portierungskennung.of(properties.portierungskennung()),
                properties.bundesland(),
                0);
        seed(first);
        reload();
        this.configured = java.util.Set.copyOf(properties.tenancy().tenants().keySet());
        properties.tenancy().tenants().forEach(this::seed);
    }

    /** A tenant of the configuration: added if the registry lacks it, else set as configured. */
    private void seed(String id, GatewayProperties.ConfiguredTenant c) {
        CarrierCode code = CarrierCode.of(c.code());
        Portierungskennung pki = Portierungskennung.of(c.portierungskennung());
        Tenant tenant = find(id).orElse(null);
        if (tenant == null) {
            tenant = add(id, code, pki, c.bundesland(), ManagedBy.CONFIGURATION);
        } else if (!tenant.code().equals(code)) {
            throw new IllegalStateException("wbci.tenancy.tenants." + id + ".code is " + code + ", but the tenant " + id
                    + " has " + tenant.code() + ": a tenant's carrier code does not change");
        } else {
            Tenant changed = new Tenant(id, code, tenant.schema(), pki, c.bundesland(), tenant.idSlot());
            provider.run(() -> repository.update(changed, ManagedBy.CONFIGURATION));
        }
        TenantSettings settings =
                new TenantSettings(c.decisionMode(), c.projektkenner(), c.escalation(), c.crmSource(), c.webhook());
        provider.run(() -> repository.updateSettings(id, settings));
        reload();
    }

    /** The configured tenant, in the home schema, as the registry has it now. */
    public Tenant first() {
        return all().get(0);
    }

    /** The tenant whose scope is bound; the first where none is (work of a single-tenant installation). */
    public Tenant current() {
        return TenantScope.tenant().orElseGet(this::first);
    }

    /** The {@code tenant} label of a metric counted now: the tenant in scope (its id), {@code none} in the provider's. */
    public String metricTag() {
        return TenantScope.inProvider() ? "none" : current().id();
    }

    /** Every tenant, the first first, then in the order they were added. */
    public List<Tenant> all() {
        return all.get();
    }

    /**
     * The tenant with this id. One this node does not know yet is looked up once more in the registry: a tenant
     * another node added a moment ago is found at once, not after the next refresh.
     */
    public Optional<Tenant> find(String id) {
        Optional<Tenant> known = known(t -> t.id().equals(id)).stream().findFirst();
        if (known.isPresent()) {
            return known;
        }
        reload();
        return known(t -> t.id().equals(id)).stream().findFirst();
    }

    /**
     * The tenants with this carrier code: one, or several behind a bundle code (ADR 0015); none if it is not served
     * here (after a second look in the registry, as {@link #find(String)}).
     */
    public List<Tenant> withCode(CarrierCode code) {
        List<Tenant> known = known(t -> t.code().equals(code));
        if (!known.isEmpty()) {
            return known;
        }
        reload();
        return known(t -> t.code().equals(code));
    }

    private List<Tenant> known(java.util.function.Predicate<Tenant> which) {
        return all().stream().filter(which).toList();
    }

    /** The scope of the provider's data (tenant registry, partner directory, its audit). */
    public TenantScope.Scope providerScope() {
        return new TenantScope.OfProvider(schemas.provider());
    }

    /** The scope of a tenant's data. */
    public TenantScope.Scope scope(Tenant tenant) {
        return new TenantScope.OfTenant(tenant);
    }

    /** Runs the work once in each tenant's scope, the first first. */
    public void forEach(java.util.function.Consumer<Tenant> work) {
        forEach(tenant -> true, work);
    }

    /** Runs the work once in the scope of each tenant chosen, the first first. */
    public void forEach(java.util.function.Predicate<Tenant> which, java.util.function.Consumer<Tenant> work) {
        for (Tenant tenant : all()) {
            if (which.test(tenant)) {
                TenantScope.run(scope(tenant), () -> work.accept(tenant));
            }
        }
    }

    /** A new tenant named by its carrier code. */
    public Tenant add(CarrierCode code, Portierungskennung pki, Bundesland bundesland) {
        return add(code.value(), code, pki, bundesland);
    }

    /**
     * A new tenant: its schema is created and migrated, then it is registered. A code that other tenants have too
     * (a bundle code) gives it the lowest ID slot they leave free.
     */
    public Tenant add(String id, CarrierCode code, Portierungskennung pki, Bundesland bundesland) {
        return add(id, code, pki, bundesland, ManagedBy.DIRECTORY);
    }

    private synchronized Tenant add(
            String id, CarrierCode code, Portierungskennung pki, Bundesland bundesland, ManagedBy managedBy) {
        if (find(Tenant.requireId(id)).isPresent()) {
            throw new IllegalArgumentException(id + " is a tenant already");
        }
        String schema = schemas.tenant(id);
        if (all().stream().anyMatch(t -> t.schema().equalsIgnoreCase(schema))) {
            throw new IllegalArgumentException("the id " + id + " names the schema of another tenant: " + schema);
        }
        java.util.Set<Integer> taken =
                withCode(code).stream().map(Tenant::idSlot).collect(java.util.stream.Collectors.toSet());
        int slot = java.util.stream.IntStream.range(0, Tenant.SLOTS)
                .filter(s -> !taken.contains(s))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " is shared by " + Tenant.SLOTS
                        + " tenants already, as many as its IDs can tell apart"));
        Tenant tenant = new Tenant(id, code, schema, pki, bundesland, slot);
        TenantMigrations.tenant(home, tenant.schema()).migrate();
        provider.run(() -> repository.insert(tenant, managedBy, clock.instant()));
        reload();
        return tenant;
    }

    /** Changes what the tenant decides and escalates differently from the configuration; every node within a refresh. */
    public synchronized Tenant configure(Tenant tenant, TenantSettings settings) {
        if (configured.contains(tenant.id())) {
            throw new ConfiguredException(tenant);
        }
        if (!provider.execute(status -> repository.updateSettings(tenant.id(), settings))) {
            throw new IllegalArgumentException("no tenant " + tenant.id());
        }
        reload();
        return find(tenant.id()).orElseThrow();
    }

    /** The tenant is set up by configuration ({@code wbci.tenancy.tenants.<id>}): its settings are changed there. */
    public static class ConfiguredException extends RuntimeException {
        ConfiguredException(Tenant tenant) {
            super(tenant.id() + " is set up by configuration (wbci.tenancy.tenants." + tenant.id()
                    + "): its settings are changed there");
        }
    }

    @Scheduled(
            fixedDelayString = "${wbci.partner-directory.refresh-interval:5s}",
            initialDelayString = "${wbci.partner-directory.refresh-interval:5s}")
    void reload() {
        List<Tenant> read = provider.execute(status -> repository.all(schemas.home()));
        List<Tenant> before = all.getAndSet(read);
        if (before != null) {
            java.util.Set<String> known = before.stream().map(Tenant::id).collect(java.util.stream.Collectors.toSet());
            read.stream().filter(t -> !known.contains(t.id())).forEach(t -> events.publishEvent(new TenantAdded(t)));
        }
        // from the second tenant on, work outside a scope reaches no tenant's tables (ADR 0014)
        scoped.whenUnscoped(read.size() > 1 ? schemas.provider() : null);
    }

    /** The configured tenant as configured now: its row follows the configuration (a changed code included). */
    private void seed(Tenant tenant) {
        provider.run(() -> {
            if (!repository.update(tenant, ManagedBy.CONFIGURATION)) {
                repository.insert(tenant, ManagedBy.CONFIGURATION, clock.instant());
            }
        });
    }
}
