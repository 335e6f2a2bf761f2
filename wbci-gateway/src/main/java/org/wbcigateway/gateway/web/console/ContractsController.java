package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.wbcigateway.gateway.actions.Sent;
import org.wbcigateway.gateway.actions.StartSwitch;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.ContractSearch;
import org.wbcigateway.gateway.crm.CrmLinks;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.gateway.vorabstimmung.PhoneNumbers;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungIndex;

/** CRM contracts: find one, see it with its Vorabstimmungen and events, start the switch of a won customer. */
@Controller
class ContractsController {

    private final ContractSearch search;
    private final CrmPort crm;
    private final CrmLinks links;
    private final StartSwitch switches;
    private final ConsoleActions actions;

    ContractsController(
            ContractSearch search, CrmPort crm, CrmLinks links, StartSwitch switches, ConsoleActions actions) {
        this.search = search;
        this.crm = crm;
        this.links = links;
        this.switches = switches;
        this.actions = actions;
    }

    @PersonalDataRead
    @GetMapping("/console/contracts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        String digits = PhoneNumbers.normalize(q);
        Paging paging = Paging.of(page, search.count(q, digits));
        model.addAttribute("q", q);
        model.addAttribute("paging", paging);
        model.addAttribute("rows", search.search(q, digits, paging.offset(), paging.size()));
        return "console/contracts";
    }

    @PersonalDataRead
    @GetMapping("/console/contracts/{id}")
    String contract(@PathVariable String id, Model model) {
        ContractData contract = crm.contract(id).orElseThrow(() -> new NotFoundException("no contract " + id));
        model.addAttribute("c", contract);
        model.addAttribute("holder", VorabstimmungIndex.name(contract.inhaber()));
        model.addAttribute(
                "furtherHolders",
                contract.weitereInhaber().stream().map(VorabstimmungIndex::name).toList());
        model.addAttribute(
                "numbers",
                VorabstimmungIndex.ranges(contract.rufnummern()).stream()
                        .map(VorabstimmungIndex.NumberRange::display)
                        .toList());
        model.addAttribute("vorabstimmungen", links.vorabstimmungen(id));
        model.addAttribute("running", crm.openVorabstimmungen(id));
        model.addAttribute("events", ContractEvent.of(links.events(id)));
        return "console/contract";
    }

    /** Starts the switch as {@code POST /api/crm/contracts/{id}/switch} does; on success shows the new VA. */
    @PostMapping("/console/contracts/{id}/switch")
    String startSwitch(
            @PathVariable String id,
            @RequestParam(required = false) String kundenwunschtermin,
            @RequestParam(defaultValue = "false") boolean force,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return actions.run(
                        request,
                        flash,
                        "START_SWITCH",
                        id,
                        () -> switches.start(
                                id,
                                VorabstimmungActionController.present(kundenwunschtermin)
                                        ? VorabstimmungActionController.date("kundenwunschtermin", kundenwunschtermin)
                                        : null,
                                force))
                .map(Sent::vaId)
                .map(va -> "redirect:/console/vorabstimmungen/"
                        + UriUtils.encodePathSegment(va.value(), java.nio.charset.StandardCharsets.UTF_8))
                .orElse("redirect:/console/contracts/"
                        + UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8));
    }
}
