package org.wbcigateway.gateway.platform.tenancy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.EscalationKind;
import org.wbcigateway.domain.deadline.EscalationPolicy;
import org.wbcigateway.gateway.platform.config.GatewayProperties;

/** The settings of the tenant in scope: its own where it has them ({@link TenantSettings}), else as configured. */
@Component
public class EffectiveSettings {

    private final Tenants tenants;
    private final GatewayProperties properties;

    EffectiveSettings(Tenants tenants, GatewayProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    private TenantSettings own() {
        return tenants.current().settings();
    }

    public GatewayProperties.Decision.Mode decisionMode() {
        return Optional.ofNullable(own().decisionMode())
                .orElse(properties.decision().mode());
    }

    public List<String> projektkenner() {
        return Optional.ofNullable(own().projektkenner())
                .orElse(properties.decision().projektkenner());
    }

    /** The configured escalation, each kind the tenant names replaced by its own. */
    public EscalationPolicy escalationPolicy() {
        Map<EscalationKind, List<Integer>> merged = new EnumMap<>(EscalationKind.class);
        merged.putAll(properties.deadlines().escalation());
        merged.putAll(own().escalation());
        return new GatewayProperties.Deadlines(properties.deadlines().scanInterval(), merged).policy();
    }

    /**
     * The CRM adapter the tenant uses, by its name under {@code wbci.crm.sources}; empty: the built-in CRM tables of
     * its schema, or for the first tenant {@code wbci.crm} as configured.
     */
    public Optional<String> crmSource() {
        return Optional.ofNullable(own().crmSource());
    }

    /**
     * The webhook the tenant's event feed is pushed to: the one its settings name, else for the first tenant
     * {@code wbci.events.webhook} if it has a url; empty: none.
     */
    public Optional<GatewayProperties.Events.Webhook> webhook() {
        Optional<String> name = Optional.ofNullable(own().webhook());
        if (name.isPresent()) {
            return Optional.ofNullable(properties.events().webhooks().get(name.get()));
        }
        GatewayProperties.Events.Webhook configured = properties.events().webhook();
        return firstTenant() && configured.enabled() ? Optional.of(configured) : Optional.empty();
    }

    /** Whether the tenant in scope is the configured one, whose CRM is {@code wbci.crm}. */
    public boolean firstTenant() {
        return tenants.current().schema().equals(tenants.first().schema());
    }
}
