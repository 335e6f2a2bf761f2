package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wbcigateway.gateway.actions.ResendMessage;
import org.wbcigateway.gateway.decisions.ReviewQueue;
import org.wbcigateway.gateway.inbound.RefusalLog;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.outbox.OutboxStatus;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines.OverdueView;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines.OwedBy;
import org.wbcigateway.gateway.web.OverdueCsv;

/** The work lists: VAs waiting for a person, dead letters to re-send, overdue deadlines. */
@Controller
class QueuesController {

    private final ReviewQueue review;
    private final OutboxRepository outbox;
    private final RefusalLog refusals;
    private final ResendMessage resend;
    private final OverdueDeadlines overdue;
    private final ConsoleActions actions;

    QueuesController(
            ReviewQueue review,
            OutboxRepository outbox,
            RefusalLog refusals,
            ResendMessage resend,
            OverdueDeadlines overdue,
            ConsoleActions actions) {
        this.review = review;
        this.outbox = outbox;
        this.refusals = refusals;
        this.resend = resend;
        this.overdue = overdue;
        this.actions = actions;
    }

    @PersonalDataRead
    @GetMapping("/console/review")
    String review(@RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, review.count());
        model.addAttribute("paging", paging);
        model.addAttribute("items", review.items(paging.offset(), paging.size()));
        return "console/review";
    }

    @PersonalDataRead
    @GetMapping("/console/dead-letters")
    String deadLetters(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer refusalPage,
            Model model) {
        Paging paging = Paging.of(page, outbox.count(OutboxStatus.DEAD));
        model.addAttribute("paging", paging);
        model.addAttribute("entries", outbox.list(OutboxStatus.DEAD, paging.size(), paging.offset()));
        Paging refusalPaging = Paging.of(refusalPage, refusals.count(), "refusalPage");
        model.addAttribute("refusalPaging", refusalPaging);
        model.addAttribute("refusals", refusals.page(refusalPaging.size(), refusalPaging.offset()));
        return "console/dead-letters";
    }

    @PostMapping("/console/dead-letters/{id}/resend")
    String resend(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        actions.run(request, flash, "RESEND", String.valueOf(id), () -> resend.resend(id));
        return "redirect:/console/dead-letters";
    }

    @GetMapping("/console/deadlines")
    String deadlines(
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) OwedBy owedBy,
            @RequestParam(required = false) Integer page,
            Model model) {
        List<OverdueView> overdue = this.overdue.overdue(blank(partner) ? null : partner, owedBy, null);
        Paging paging = Paging.of(page, overdue.size());
        model.addAttribute("paging", paging);
        model.addAttribute("overdue", overdue.subList(paging.offset(), (int) paging.to()));
        model.addAttribute("partner", partner);
        model.addAttribute("owedBy", owedBy);
        model.addAttribute(
                "partners",
                overdue.stream().map(OverdueView::partner).distinct().sorted().toList());
        return "console/deadlines";
    }

    /** What a partner owes us, as the CSV the REST API gives, for the operator to send to that partner. */
    @GetMapping(value = "/console/deadlines/overdue.csv", produces = "text/csv")
    ResponseEntity<String> overdueCsv(@RequestParam String partner) {
        return OverdueCsv.response(partner, overdue.csv(partner));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
