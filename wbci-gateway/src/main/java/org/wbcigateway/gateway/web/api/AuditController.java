package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;

/** The audit log (role ADMIN): who did what and when, newest first. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who did what and when (ADMIN)")
public class AuditController {

    private final AuditTrail audit;

    public AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit lines, newest first; filter by actor (user or token name) or target (e.g. a VA-ID)")
    public List<AuditEntry> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException(
                    "limit must be 1.." + VorabstimmungController.MAX_LIMIT + " and offset at least 0");
        }
        return audit.list(actor, target, limit, offset);
    }
}
