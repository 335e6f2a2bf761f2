package org.wbcigateway.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (Spring Security handles its POST) and the audit page (filled in by the audit's owner). */
@Controller
class PlainPagesController {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console/audit")
    String audit(Model model) {
        model.addAttribute("entries", java.util.List.of());
        return "console/audit";
    }
}
