package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.wbcigateway.gateway.platform.access.TenantAuthority;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * What every console page's layout needs: the user's rights and name, and the language switch links; and a console
 * page (not a stack trace) for an address that names nothing or a malformed value.
 */
@ControllerAdvice(basePackageClasses = ConsoleModelAdvice.class)
class ConsoleModelAdvice {

    private final ConsoleAccess access;
    private final Tenants tenants;
    private final ActionAudit audit;

    ConsoleModelAdvice(ConsoleAccess access, Tenants tenants, ActionAudit audit) {
        this.access = access;
        this.tenants = tenants;
        this.audit = audit;
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request) {
        model.addAllAttributes(layout(request));
    }

    private Map<String, Object> layout(HttpServletRequest request) {
        return Map.of(
                "canAct",
                access.canAct(request),
                "isAdmin",
                access.isAdmin(request),
                "isProviderAdmin",
                access.isAdmin(request)
                        && TenantAuthority.of(
                                        org.springframework.security.core.context.SecurityContextHolder.getContext()
                                                .getAuthentication())
                                .isEmpty(),
                "currentUser",
                access.displayName(request),
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()),
                "langDe",
                withLang(request, "de"),
                "langEn",
                withLang(request, "en"),
                "currentTenant",
                tenants.current().id(),
                "tenantChoices",
                tenantChoices());
    }

    /** The tenants a provider user may switch between; none for a tenant's user or a single tenant. */
    private java.util.List<String> tenantChoices() {
        boolean providerUser = TenantAuthority.of(
                        org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication())
                .isEmpty();
        java.util.List<Tenant> all = tenants.all();
        return providerUser && all.size() > 1 ? all.stream().map(Tenant::id).toList() : java.util.List.of();
    }

    @ExceptionHandler({
        NotFoundException.class,
        IllegalArgumentException.class,
        MethodArgumentTypeMismatchException.class
    })
    ModelAndView notFound(Exception e, HttpServletRequest request) {
        if (e instanceof NotFoundException) {
            // a look for something this tenant does not have (another tenant's id, say) is on its record, as in the API
            Object pattern = request.getAttribute(
                    org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            Object vars = request.getAttribute(
                    org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            audit.record(
                    access.currentUser(request),
                    request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()),
                    vars instanceof Map<?, ?> map && !map.isEmpty()
                            ? String.valueOf(map.values().iterator().next())
                            : null,
                    "404",
                    e.getMessage());
        }
        ModelAndView page = new ModelAndView("console/error");
        page.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        page.addObject("problem", e.getMessage());
        page.addObject("notFound", e instanceof NotFoundException);
        page.addAllObjects(layout(request));
        return page;
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }
}
