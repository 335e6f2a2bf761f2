package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.actions.OnboardTenant;
import org.wbcigateway.gateway.crm.CrmSources;
import org.wbcigateway.gateway.crm.feed.Webhooks;
import org.wbcigateway.gateway.inbound.BundleInbox;
import org.wbcigateway.gateway.inbound.HeldMessage;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.security.TenantSigningKeys;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * The provider's page (its administrators only, in the provider's scope): the tenants served, onboarding one (with a
 * signing key of its own if wanted), the bundle inbox with its routing, and the provider's own audit.
 */
@Controller
class TenantsConsoleController {

    /** A tenant as the page lists it. */
    record Row(Tenant tenant, boolean ownKey) {}

    /** A tenant's open work, as its dashboard counts it. */
    record Overview(
            String id,
            long vaPending,
            long agreed,
            long overdue,
            long review,
            long klaerfaelle,
            long deadLetters,
            long outboxPending) {

        static Overview of(String id, DashboardQuery.Dashboard d) {
            return new Overview(
                    id,
                    d.counts().total(org.wbcigateway.domain.state.Phase.VA_PENDING),
                    d.counts().total(org.wbcigateway.domain.state.Phase.AGREED),
                    d.overdueTotal(),
                    d.review(),
                    d.klaerfaelle(),
                    d.deadLetters(),
                    d.pending());
        }

        Overview plus(Overview o) {
            return new Overview(
                    id,
                    vaPending + o.vaPending,
                    agreed + o.agreed,
                    overdue + o.overdue,
                    review + o.review,
                    klaerfaelle + o.klaerfaelle,
                    deadLetters + o.deadLetters,
                    outboxPending + o.outboxPending);
        }
    }

    /** A held message and the tenants it may go to. */
    record Held(HeldMessage message, List<String> candidates) {}

    private final Tenants tenants;
    private final TenantSigningKeys keys;
    private final BundleInbox bundleInbox;
    private final AuditTrail audit;
    private final ConsoleActions actions;
    private final ConsoleAccess access;
    private final DashboardQuery dashboard;
    private final CrmSources crmSources;
    private final Webhooks webhooks;
    private final OnboardTenant onboarding;

    TenantsConsoleController(
            OnboardTenant onboarding,
            DashboardQuery dashboard,
            CrmSources crmSources,
            Webhooks webhooks,
            Tenants tenants,
            TenantSigningKeys keys,
            BundleInbox bundleInbox,
            AuditTrail audit,
            ConsoleActions actions,
            ConsoleAccess access) {
        this.tenants = tenants;
        this.keys = keys;
        this.bundleInbox = bundleInbox;
        this.audit = audit;
        this.actions = actions;
        this.access = access;
        this.dashboard = dashboard;
        this.crmSources = crmSources;
        this.webhooks = webhooks;
        this.onboarding = onboarding;
    }

    @GetMapping("/console/tenants")
    String page(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute(
                "rows",
                tenants.all().stream()
                        .map(t -> new Row(t, keys.signer(t.id()).isPresent()))
                        .toList());
        model.addAttribute(
                "held",
                bundleInbox.page(100, 0).stream()
                        .map(h -> new Held(
                                h,
                                bundleInbox.candidates(h).stream()
                                        .map(Tenant::id)
                                        .toList()))
                        .toList());
        Paging paging = Paging.of(page, audit.count(null, null));
        model.addAttribute("paging", paging);
        model.addAttribute("entries", audit.list(null, null, paging.size(), paging.offset()));
        model.addAttribute("bundeslaender", Bundesland.values());
        model.addAttribute("decisionModes", GatewayProperties.Decision.Mode.values());
        model.addAttribute("crmSources", crmSources.names());
        model.addAttribute("webhooks", webhooks.names());
        // the dashboard across tenants: each tenant's open work, read in its scope, and the sum
        List<Overview> overviews = tenants.all().stream()
                .map(t -> Overview.of(
                        t.id(),
                        org.wbcigateway.gateway.platform.tenancy.TenantScope.call(tenants.scope(t), dashboard::read)))
                .toList();
        model.addAttribute("overviews", overviews);
        model.addAttribute(
                "overviewTotal", overviews.stream().reduce(new Overview("", 0, 0, 0, 0, 0, 0, 0), Overview::plus));
        model.addAttribute("heldWaiting", bundleInbox.waiting());
        return "console/tenants";
    }

    /** Onboards a tenant (as {@code POST /api/tenants}), with a generated signing key if asked. */
    @PostMapping("/console/tenants")
    String add(
            @RequestParam(required = false) String id,
            @RequestParam String code,
            @RequestParam String portierungskennung,
            @RequestParam Bundesland bundesland,
            @RequestParam(defaultValue = "false") boolean generateKey,
            @RequestParam(required = false) GatewayProperties.Decision.Mode decisionMode,
            @RequestParam(required = false) String crmSource,
            @RequestParam(required = false) String webhook,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String tenantId = id == null || id.isBlank() ? code.strip() : id.strip();
        actions.run(
                request,
                flash,
                "TENANT_ADD",
                tenantId,
                () -> onboarding
                        .onboard(
                                new OnboardTenant.Onboarding(
                                        tenantId,
                                        CarrierCode.of(code.strip()),
                                        Portierungskennung.of(portierungskennung.strip()),
                                        bundesland,
                                        new TenantSettings(decisionMode, null, null, crmSource, webhook),
                                        generateKey ? new TenantSigningKeys.Generate() : null),
                                access.currentUser(request))
                        .schema());
        return "redirect:/console/tenants";
    }

    /** Hands a held message and what followed it to the tenant (as {@code POST /api/bundle-inbox/{id}/route}). */
    @PostMapping("/console/bundle-inbox/{id}/route")
    String route(
            @PathVariable long id, @RequestParam String tenant, HttpServletRequest request, RedirectAttributes flash) {
        actions.run(
                request,
                flash,
                "BUNDLE_ROUTE",
                String.valueOf(id),
                () -> bundleInbox
                                .route(id, tenant.strip(), access.currentUser(request))
                                .size() + " → " + tenant);
        return "redirect:/console/tenants";
    }
}
