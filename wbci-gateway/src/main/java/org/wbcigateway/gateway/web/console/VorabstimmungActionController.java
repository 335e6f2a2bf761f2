package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.id.LineId;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.AdresseAbweichend;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Ressource;
import org.wbcigateway.domain.message.UebernahmeLeitung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.AnswerKind;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.actions.AcceptChangeRequest;
import org.wbcigateway.gateway.actions.AnnounceTakeOver;
import org.wbcigateway.gateway.actions.ConfirmVorabstimmung;
import org.wbcigateway.gateway.actions.RefuseChangeRequest;
import org.wbcigateway.gateway.actions.RefuseTakeOver;
import org.wbcigateway.gateway.actions.RefuseVorabstimmung;
import org.wbcigateway.gateway.actions.RequestStorno;
import org.wbcigateway.gateway.actions.RequestTerminverschiebung;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;

/**
 * The action forms of the detail page. Each calls the same use case (package {@code actions}) as the REST API, and
 * redirects back to the detail page with the outcome as a flash message (POST-redirect-GET).
 */
@Controller
@RequestMapping("/console/vorabstimmungen/{id}")
class VorabstimmungActionController {

    private final ConfirmVorabstimmung confirmVorabstimmung;
    private final RefuseVorabstimmung refuseVorabstimmung;
    private final RefuseTakeOver refuseTakeOver;
    private final AnnounceTakeOver announceTakeOver;
    private final RequestTerminverschiebung requestTerminverschiebung;
    private final RequestStorno requestStorno;
    private final AcceptChangeRequest acceptChangeRequest;
    private final RefuseChangeRequest refuseChangeRequest;
    private final StoredVa stored;
    private final ConsoleActions actions;

    VorabstimmungActionController(
            ConfirmVorabstimmung confirmVorabstimmung,
            RefuseVorabstimmung refuseVorabstimmung,
            RefuseTakeOver refuseTakeOver,
            AnnounceTakeOver announceTakeOver,
            RequestTerminverschiebung requestTerminverschiebung,
            RequestStorno requestStorno,
            AcceptChangeRequest acceptChangeRequest,
            RefuseChangeRequest refuseChangeRequest,
            StoredVa stored,
            ConsoleActions actions) {
        this.confirmVorabstimmung = confirmVorabstimmung;
        this.refuseVorabstimmung = refuseVorabstimmung;
        this.refuseTakeOver = refuseTakeOver;
        this.announceTakeOver = announceTakeOver;
        this.requestTerminverschiebung = requestTerminverschiebung;
        this.requestStorno = requestStorno;
        this.acceptChangeRequest = acceptChangeRequest;
        this.refuseChangeRequest = refuseChangeRequest;
        this.stored = stored;
        this.actions = actions;
    }

    @PostMapping("/ruem-va")
    String ruemVa(
            @PathVariable String id,
            @RequestParam(required = false) String meldungscode,
            @RequestParam(required = false) String wechseltermin,
            @RequestParam(required = false) String technologie,
            @RequestParam(required = false) String vertragsnummer,
            @RequestParam(required = false) String adaCode,
            @RequestParam(required = false) String adaWert,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "RUEM_VA", id, () -> {
            VorabstimmungRecord r = stored.record(id);
            Vorabstimmungsanfrage va = va(r);
            List<Meldungsposition> positionen = new ArrayList<>();
            positionen.add(Meldungsposition.of(AnswerKind.RUEM_VA.require(va, meldungscode)));
            if (present(adaCode)) {
                Meldungscode ada = AnswerKind.requireAda(r.geschaeftsfall(), adaCode);
                AdresseAbweichend.Attribut attribut = java.util.Arrays.stream(AdresseAbweichend.Attribut.values())
                        .filter(a -> a.adaCode() == ada)
                        .findFirst()
                        .orElseThrow();
                positionen.add(Meldungsposition.adresseAbweichend(
                        ada, new AdresseAbweichend(attribut, required("adaWert", adaWert))));
            }
            List<Ressource> ressourcen = present(vertragsnummer)
                    ? List.of(new Ressource(vertragsnummer.strip(), null, null, null))
                    : List.of();
            return confirmVorabstimmung.confirm(
                    r.vaId(),
                    positionen,
                    date("wechseltermin", wechseltermin),
                    present(technologie) ? technologie.strip() : null,
                    ressourcen,
                    null);
        });
        return detail(id);
    }

    @PostMapping("/abbm")
    String abbm(
            @PathVariable String id,
            @RequestParam(required = false) String meldungscode,
            @RequestParam(required = false) String begruendung,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "ABBM", id, () -> {
            VorabstimmungRecord r = stored.record(id);
            Meldungscode code = AnswerKind.ABBM_TO_VA.require(va(r), meldungscode);
            return refuseVorabstimmung.refuse(r.vaId(), List.of(Meldungsposition.of(code)), text(begruendung));
        });
        return detail(id);
    }

    @PostMapping("/abbm-tr")
    String abbmTr(
            @PathVariable String id,
            @RequestParam(required = false) String meldungscode,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(
                request,
                flash,
                "ABBM_TR",
                id,
                () -> refuseTakeOver.refuse(
                        VorabstimmungsId.of(id),
                        List.of(Meldungsposition.of(AnswerKind.ABBM_TR.require(null, meldungscode)))));
        return detail(id);
    }

    @PostMapping("/akm-tr")
    String akmTr(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean ressourcenuebernahme,
            @RequestParam(defaultValue = "false") boolean sichererHafen,
            @RequestParam(required = false) String vertragsnummer,
            @RequestParam(required = false) String lineId,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "AKM_TR", id, () -> {
            List<UebernahmeLeitung> leitungen = new ArrayList<>();
            if (present(vertragsnummer)) {
                leitungen.add(new UebernahmeLeitung(null, vertragsnummer.strip()));
            }
            if (present(lineId)) {
                leitungen.add(new UebernahmeLeitung(LineId.of(lineId.strip()), null));
            }
            return announceTakeOver.announce(VorabstimmungsId.of(id), ressourcenuebernahme, leitungen, sichererHafen);
        });
        return detail(id);
    }

    @PostMapping("/tv")
    String tv(
            @PathVariable String id,
            @RequestParam(required = false) String neuerKundenwunschtermin,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(
                request,
                flash,
                "TV",
                id,
                () -> requestTerminverschiebung.request(
                        VorabstimmungsId.of(id), date("neuerKundenwunschtermin", neuerKundenwunschtermin)));
        return detail(id);
    }

    @PostMapping("/storno")
    String storno(
            @PathVariable String id,
            @RequestParam(required = false) String art,
            @RequestParam(required = false) String stornogrund,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "STORNO", id, () -> {
            if (!"AUFHEBUNG".equals(art) && !"AENDERUNG".equals(art)) {
                throw new IllegalArgumentException("art must be AUFHEBUNG or AENDERUNG");
            }
            return requestStorno.request(VorabstimmungsId.of(id), art.equals("AUFHEBUNG"), text(stornogrund));
        });
        return detail(id);
    }

    @PostMapping("/change-request/erlm")
    String erlm(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        actions.run(request, flash, "ERLM", id, () -> acceptChangeRequest.accept(VorabstimmungsId.of(id)));
        return detail(id);
    }

    @PostMapping("/change-request/abbm")
    String abbmToChangeRequest(
            @PathVariable String id,
            @RequestParam(required = false) String meldungscode,
            @RequestParam(required = false) String begruendung,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "ABBM_CHANGE_REQUEST", id, () -> {
            VorabstimmungRecord r = stored.record(id);
            Meldungscode code = ActionOptions.changeRequestAnswer(r.state().changeRequest())
                    .orElseThrow(() -> new IllegalArgumentException("no TV or Storno is active on " + id))
                    .require(null, meldungscode);
            return refuseChangeRequest.refuse(r.vaId(), List.of(Meldungsposition.of(code)), text(begruendung));
        });
        return detail(id);
    }

    private Vorabstimmungsanfrage va(VorabstimmungRecord r) {
        return stored.vorabstimmung(r).map(Vorabstimmung::va).orElse(null);
    }

    private static String detail(String id) {
        return "redirect:/console/vorabstimmungen/"
                + org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Free text as typed (line breaks kept), or {@code null} when left empty. */
    private static String text(String value) {
        return present(value) ? value : null;
    }

    private static String required(String field, String value) {
        if (!present(value)) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(required(field, value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
