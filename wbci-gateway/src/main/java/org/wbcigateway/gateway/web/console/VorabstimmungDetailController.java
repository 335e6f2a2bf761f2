package org.wbcigateway.gateway.web.console;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.AnswerKind;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.CrmLinks;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungDetails;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungIndex;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView.TimelineEntry;

/**
 * A Vorabstimmung in full: state, deadlines, the message timeline with each message's XML, signature and delivery,
 * the CRM contract, and the action forms its state allows.
 */
@Controller
class VorabstimmungDetailController {

    /** A timeline entry with what the console reads from its raw XML. */
    record Message(TimelineEntry entry, MessageInspector.Inspected inspected, List<MessageContent.Row> content) {}

    /** The contract the Vorabstimmung belongs to, as far as the CRM knows it. */
    record Contract(String id, ContractData data, List<ContractEvent> events) {}

    private final VorabstimmungDetails views;
    private final StoredVa stored;
    private final CrmPort crm;
    private final CrmLinks links;
    private final MessageContent content;

    VorabstimmungDetailController(
            VorabstimmungDetails views, StoredVa stored, CrmPort crm, CrmLinks links, MessageContent content) {
        this.content = content;
        this.views = views;
        this.stored = stored;
        this.crm = crm;
        this.links = links;
    }

    @PersonalDataRead
    @GetMapping("/console/vorabstimmungen/{id}")
    String detail(@PathVariable String id, Model model) {
        VorabstimmungRecord r = stored.record(id);
        VorabstimmungView view = views.view(r.vaId());
        Optional<Vorabstimmung> v = stored.vorabstimmung(r);
        Vorabstimmungsanfrage va = v.map(Vorabstimmung::va).orElse(null);
        model.addAttribute("v", view);
        model.addAttribute("va", va);
        ActionOptions options = v.map(ActionOptions::of).orElse(ActionOptions.NONE);
        model.addAttribute("customer", va == null ? null : VorabstimmungIndex.customer(va));
        model.addAttribute(
                "messages",
                view.timeline().stream()
                        .map(e -> new Message(
                                e,
                                MessageInspector.inspect(e.raw().getBytes(StandardCharsets.UTF_8), e.direction()),
                                content.of(e.parsed())))
                        .toList());
        model.addAttribute("contract", contract(r).orElse(null));
        model.addAttribute("options", options);
        model.addAttribute("ruemCodes", AnswerKind.RUEM_VA.offered(va));
        model.addAttribute("adaCodes", AnswerKind.adaCodes(r.geschaeftsfall()));
        model.addAttribute("abbmCodes", AnswerKind.ABBM_TO_VA.offered(va));
        model.addAttribute("abbmTrCodes", AnswerKind.ABBM_TR.offered(va));
        model.addAttribute(
                "changeAbbmCodes",
                ActionOptions.changeRequestAnswer(r.state().changeRequest())
                        .map(kind -> kind.offered(va))
                        .orElse(List.of()));
        model.addAttribute("kuendigung", r.geschaeftsfall().isKuendigung());
        return "console/vorabstimmung";
    }

    private Optional<Contract> contract(VorabstimmungRecord r) {
        return crm.contractOf(r.vaId())
                .map(id -> new Contract(id, crm.contract(id).orElse(null), ContractEvent.of(links.events(id))));
    }
}
