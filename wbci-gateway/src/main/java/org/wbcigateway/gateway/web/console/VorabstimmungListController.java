package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungSearch;

/** The searchable list of Vorabstimmungen. */
@Controller
class VorabstimmungListController {

    private final VorabstimmungSearch search;
    private final PartnerDirectory partners;
    private final ConsoleMessages messages;

    VorabstimmungListController(VorabstimmungSearch search, PartnerDirectory partners, ConsoleMessages messages) {
        this.search = search;
        this.partners = partners;
        this.messages = messages;
    }

    @PersonalDataRead
    @GetMapping("/console/vorabstimmungen")
    String list(
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String geschaeftsfall,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        VorabstimmungSearch.Criteria criteria =
                new VorabstimmungSearch.Criteria(id, phone, customer, partner, phase, geschaeftsfall, from, to);
        model.addAttribute("criteria", criteria);
        model.addAttribute(
                "partners",
                partners.current().all().stream().map(p -> p.code().value()).toList());
        model.addAttribute(
                "phases",
                Arrays.stream(Phase.values()).filter(p -> p != Phase.NONE).toList());
        model.addAttribute(
                "geschaeftsfaelle",
                Arrays.stream(Geschaeftsfall.values())
                        .filter(Geschaeftsfall::isVorabstimmung)
                        .map(Geschaeftsfall::code)
                        .toList());
        try {
            Paging paging = Paging.of(page, search.count(criteria));
            model.addAttribute("paging", paging);
            model.addAttribute("rows", search.search(criteria, paging.offset(), paging.size()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("rows", List.of());
            model.addAttribute(ConsoleActions.ERROR, messages.text(request, "error.invalid", e.getMessage()));
        }
        return "console/vorabstimmungen";
    }
}
