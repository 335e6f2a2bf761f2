package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.domain.state.Phase;

/** The dashboard: open work by state, what is due today, what is overdue, traffic per day. */
@Controller
class DashboardController {

    private final DashboardQuery query;
    private final ConsoleMessages messages;

    DashboardController(DashboardQuery query, ConsoleMessages messages) {
        this.query = query;
        this.messages = messages;
    }

    @GetMapping({"/console", "/console/"})
    String dashboard(Model model, HttpServletRequest request) {
        DashboardQuery.Dashboard d = query.read();
        Map<String, Long> byPhase = new LinkedHashMap<>();
        Map<String, String> phaseTones = new LinkedHashMap<>();
        for (Phase p : d.counts().byPhase().keySet()) {
            String label = messages.text(request, "phase." + p.name());
            byPhase.put(label, d.counts().total(p));
            phaseTones.put(label, p.name());
        }
        Map<String, Long> byLevel = new LinkedHashMap<>();
        Map<String, String> levelTones = new LinkedHashMap<>();
        for (EscalationLevel level : EscalationLevel.values()) {
            String label = messages.text(request, "level." + level.name());
            byLevel.put(label, d.overdueByLevel().getOrDefault(level, 0L));
            levelTones.put(label, level.name());
        }
        model.addAttribute("d", d);
        model.addAttribute("phaseChart", Charts.bars(byPhase, phaseTones));
        model.addAttribute("levelChart", Charts.bars(byLevel, levelTones));
        model.addAttribute("partnerChart", Charts.bars(d.overdueByPartner(), Map.of()));
        model.addAttribute("dayChart", Charts.columns(d.messagesPerDay()));
        return "console/dashboard";
    }
}
