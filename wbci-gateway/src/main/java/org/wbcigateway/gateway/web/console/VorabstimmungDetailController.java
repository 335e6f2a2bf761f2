package org.wbcigateway.gateway.web.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.TimelineEntry;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungDetails;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.CrmLinks;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungIndex;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/**
 * A Vorabstimmung in full: state, deadlines, the message timeline with each message's XML, signature and delivery,
 * the CRM contract, and the action forms its state allows.
 */
@Controller
class VorabstimmungDetailController {

    /** A timeline entry with what the console reads from its raw XML. */
    record Message(TimelineEntry entry, MessageInspector.Inspected inspected) {
    }

    /** The contract the Vorabstimmung belongs to, as far as the CRM knows it. */
    record Contract(String id, ContractData data, List<ContractEvent> events) {
    }

    private final VorabstimmungDetails views;
    private final StoredVa stored;
    private final VorabstimmungStateMachine machine;
    private final CrmPort crm;
    private final CrmLinks links;

    VorabstimmungDetailController(VorabstimmungDetails views, StoredVa stored,
                                  VorabstimmungStateMachine machine, CrmPort crm, CrmLinks links) {
        this.views = views;
        this.stored = stored;
        this.machine = machine;
        this.crm = crm;
        this.links = links;
    }

    @GetMapping("/console/vorabstimmungen/{id}")
    String detail(@PathVariable String id, Model model) {
        VorabstimmungRecord r = stored.record(id);
        VorabstimmungView view = views.view(r.vaId());
        Vorabstimmungsanfrage va = stored.va(r).orElse(null);
        model.addAttribute("v", view);
        model.addAttribute("va", va);
        ActionOptions options = ActionOptions.of(r, machine);
        model.addAttribute("customer", va == null ? null : VorabstimmungIndex.customer(va));
        model.addAttribute("messages", view.timeline().stream().map(e -> new Message(e, MessageInspector.inspect(
                e.raw().getBytes(StandardCharsets.UTF_8), e.direction()))).toList());
        model.addAttribute("contract", contract(r).orElse(null));
        model.addAttribute("options", options);
        model.addAttribute("ruemCodes", CodePicker.offered(CodePicker.Answer.RUEM_VA, va));
        model.addAttribute("adaCodes", CodePicker.adaCodes(r.geschaeftsfall()));
        model.addAttribute("abbmCodes", CodePicker.offered(CodePicker.Answer.ABBM_VA, va));
        model.addAttribute("abbmTrCodes", CodePicker.offered(CodePicker.Answer.ABBM_TR, va));
        model.addAttribute("changeAbbmCodes", CodePicker.offered(options.answersTv()
                ? CodePicker.Answer.ABBM_TV : CodePicker.Answer.ABBM_STORNO, va));
        model.addAttribute("kuendigung", r.geschaeftsfall().isKuendigung());
        return "console/vorabstimmung";
    }

    private Optional<Contract> contract(VorabstimmungRecord r) {
        return crm.contractOf(r.vaId()).map(id -> new Contract(id, crm.contract(id).orElse(null),
                ContractEvent.of(links.events(id))));
    }
}
