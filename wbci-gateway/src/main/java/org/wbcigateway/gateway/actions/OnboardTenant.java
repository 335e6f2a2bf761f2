package org.wbcigateway.gateway.actions;

import org.springframework.stereotype.Service;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.crm.CrmSources;
import org.wbcigateway.gateway.crm.feed.Webhooks;
import org.wbcigateway.gateway.platform.security.TenantSigningKeys;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * Onboards an EKP as a tenant, from the API or the console: its schema, its settings, its own signing key if given
 * one. Everything it names is checked first (the CRM source and webhook are configured, the key is readable and
 * fit to sign with), so a refusal leaves no tenant half-made.
 */
@Service
public class OnboardTenant {

    /**
     * A tenant to add.
     *
     * @param id       its name here; {@code null}: its code
     * @param settings {@code null}: as configured
     * @param key      {@code null}: it signs with the installation's key
     */
    public record Onboarding(
            String id,
            CarrierCode code,
            Portierungskennung portierungskennung,
            Bundesland bundesland,
            TenantSettings settings,
            TenantSigningKeys.NewKey key) {}

    private final Tenants tenants;
    private final TenantSigningKeys keys;
    private final CrmSources crmSources;
    private final Webhooks webhooks;

    public OnboardTenant(Tenants tenants, TenantSigningKeys keys, CrmSources crmSources, Webhooks webhooks) {
        this.tenants = tenants;
        this.keys = keys;
        this.crmSources = crmSources;
        this.webhooks = webhooks;
    }

    public Tenant onboard(Onboarding onboarding, String by) {
        String id = onboarding.id() == null ? onboarding.code().value() : onboarding.id();
        TenantSettings settings = onboarding.settings() == null ? TenantSettings.AS_CONFIGURED : onboarding.settings();
        requireKnown(settings);
        TenantSigningKeys.ReadyKey key =
                onboarding.key() == null ? null : keys.ready(id, onboarding.code(), onboarding.key());
        Tenant added = tenants.add(id, onboarding.code(), onboarding.portierungskennung(), onboarding.bundesland());
        if (!settings.equals(TenantSettings.AS_CONFIGURED)) {
            added = tenants.configure(added, settings);
        }
        if (key != null) {
            keys.install(added, key, by);
        }
        return added;
    }

    /** Changes what the tenant decides and escalates, its CRM source and webhook. */
    public Tenant configure(Tenant tenant, TenantSettings settings) {
        requireKnown(settings);
        return tenants.configure(tenant, settings);
    }

    /** The CRM source and webhook the settings name are configured here. */
    private void requireKnown(TenantSettings settings) {
        crmSources.requireKnown(settings.crmSource());
        webhooks.requireKnown(settings.webhook());
    }
}
