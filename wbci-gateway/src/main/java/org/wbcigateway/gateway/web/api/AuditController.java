package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.platform.access.TenantAuthority;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/** The audit log (role ADMIN): who did what and when, newest first. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who did what and when (ADMIN)")
public class AuditController {

    private final AuditTrail audit;
    private final Tenants tenants;

    public AuditController(AuditTrail audit, Tenants tenants) {
        this.audit = audit;
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(
            summary = "Audit lines, newest first; filter by actor (user or token name) or target (e.g. a VA-ID)",
            description = "provider=true: the provider's own record (tenants added, and with several tenants the "
                    + "logins and refusals before a request reached one); for the provider's administrators only")
    public List<AuditEntry> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "false") boolean provider) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException(
                    "limit must be 1.." + VorabstimmungController.MAX_LIMIT + " and offset at least 0");
        }
        if (!provider) {
            return audit.list(actor, target, limit, offset);
        }
        if (TenantAuthority.of(SecurityContextHolder.getContext().getAuthentication())
                .isPresent()) {
            throw new AccessDeniedException("the provider's audit is for the provider's administrators");
        }
        return TenantScope.call(tenants.providerScope(), () -> audit.list(actor, target, limit, offset));
    }
}
