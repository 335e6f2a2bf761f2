package org.wbcigateway.gateway.web.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wbcigateway.gateway.platform.audit.AuditTrail;

/** The login page (Spring Security handles its POST), the root that leads to the console, and the audit log. */
@Controller
class PlainPagesController {

    private final AuditTrail audit;
    private final org.wbcigateway.gateway.platform.access.AccessProperties access;

    PlainPagesController(AuditTrail audit, org.wbcigateway.gateway.platform.access.AccessProperties access) {
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console/login")
    String login(org.springframework.ui.Model model) {
        model.addAttribute("lockoutMinutes", Math.max(1, access.lockout().toMinutes()));
        return "console/login";
    }

    /** Admins only (Spring Security): the newest lines, filtered by actor or target. */
    @GetMapping("/console/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) Integer page,
            Model model) {
        Paging paging = Paging.of(page, audit.count(blankToNull(actor), blankToNull(target)));
        model.addAttribute("paging", paging);
        model.addAttribute(
                "entries", audit.list(blankToNull(actor), blankToNull(target), paging.size(), paging.offset()));
        model.addAttribute("actor", actor);
        model.addAttribute("target", target);
        return "console/audit";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
