package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wbcigateway.gateway.platform.access.RequestTenantFilter;
import org.wbcigateway.gateway.platform.access.TenantAuthority;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/** A provider user chooses the tenant the console shows for the rest of the session (ADR 0014). */
@Controller
class TenantSwitchController {

    private final Tenants tenants;

    TenantSwitchController(Tenants tenants) {
        this.tenants = tenants;
    }

    @PostMapping("/console/tenant")
    String choose(@RequestParam("tenant") String id, HttpServletRequest request) {
        if (TenantAuthority.of(SecurityContextHolder.getContext().getAuthentication())
                .isPresent()) {
            throw new IllegalArgumentException("a tenant's user works for that tenant only");
        }
        Tenant chosen = tenants.find(id.strip())
                .orElseThrow(() -> new NotFoundException("no tenant " + id + " is served here"));
        request.getSession().setAttribute(RequestTenantFilter.SESSION_ATTRIBUTE, chosen.id());
        return "redirect:/console";
    }
}
