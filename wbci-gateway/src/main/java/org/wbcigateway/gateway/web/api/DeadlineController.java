package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines.OverdueView;
import org.wbcigateway.gateway.vorabstimmung.OverdueDeadlines.OwedBy;
import org.wbcigateway.gateway.web.OverdueCsv;

/** Overdue items: who owes what since when, at which escalation level; per partner as a CSV to send them. */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "Overdue answers and their escalation")
public class DeadlineController {

    private final OverdueDeadlines deadlines;

    public DeadlineController(OverdueDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open items past due, oldest first; filter by partner, who owes them, minimum level")
    public List<OverdueView> overdue(
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) OwedBy owedBy,
            @RequestParam(required = false) EscalationLevel level) {
        return deadlines.overdue(partner, owedBy, level);
    }

    @GetMapping(value = "/overdue.csv", produces = "text/csv")
    @Operation(summary = "What a partner owes us, as a CSV to send to that partner (German column names)")
    public ResponseEntity<String> overdueCsv(@RequestParam String partner) {
        return OverdueCsv.response(partner, deadlines.csv(partner));
    }
}
