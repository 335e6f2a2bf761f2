package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.actions.AcceptChangeRequest;
import org.wbcigateway.gateway.actions.AnnounceTakeOver;
import org.wbcigateway.gateway.actions.ConfirmVorabstimmung;
import org.wbcigateway.gateway.actions.RefuseChangeRequest;
import org.wbcigateway.gateway.actions.RefuseTakeOver;
import org.wbcigateway.gateway.actions.RefuseVorabstimmung;
import org.wbcigateway.gateway.actions.RequestStorno;
import org.wbcigateway.gateway.actions.RequestTerminverschiebung;
import org.wbcigateway.gateway.actions.StartVorabstimmung;
import org.wbcigateway.gateway.actions.VaDraft;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungDetails;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungView;
import org.wbcigateway.gateway.web.api.AnfrageRequests.StornoArt;
import org.wbcigateway.gateway.web.api.AnfrageRequests.StornoRequest;
import org.wbcigateway.gateway.web.api.AnfrageRequests.TvRequest;
import org.wbcigateway.gateway.web.api.AnfrageRequests.VorabstimmungRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AbbmTrRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.AkmTrRequest;
import org.wbcigateway.gateway.web.api.MeldungRequests.RuemVaRequest;
import org.wbcigateway.gateway.web.api.Views.Sent;
import org.wbcigateway.gateway.web.api.Views.VorabstimmungSummary;

/**
 * Vorabstimmungen: start one as EKPauf, act on one in either role, read one. Every action builds its domain values
 * from the body first (400 if one is invalid), then lets its use case (package {@code actions}) check, store and
 * queue the message in one transaction (422 / 409 if the protocol forbids it; nothing is stored then).
 */
@RestController
@RequestMapping("/api/vorabstimmungen")
@Tag(name = "Vorabstimmungen", description = "Start, act on and read Vorabstimmungen (both roles)")
public class VorabstimmungController {

    static final int MAX_LIMIT = 500;

    private final StartVorabstimmung startVorabstimmung;
    private final ConfirmVorabstimmung confirmVorabstimmung;
    private final RefuseVorabstimmung refuseVorabstimmung;
    private final RefuseTakeOver refuseTakeOver;
    private final AnnounceTakeOver announceTakeOver;
    private final RequestTerminverschiebung requestTerminverschiebung;
    private final RequestStorno requestStorno;
    private final AcceptChangeRequest acceptChangeRequest;
    private final RefuseChangeRequest refuseChangeRequest;
    private final VorabstimmungRepository vorabstimmungen;
    private final VorabstimmungDetails views;

    public VorabstimmungController(
            StartVorabstimmung startVorabstimmung,
            ConfirmVorabstimmung confirmVorabstimmung,
            RefuseVorabstimmung refuseVorabstimmung,
            RefuseTakeOver refuseTakeOver,
            AnnounceTakeOver announceTakeOver,
            RequestTerminverschiebung requestTerminverschiebung,
            RequestStorno requestStorno,
            AcceptChangeRequest acceptChangeRequest,
            RefuseChangeRequest refuseChangeRequest,
            VorabstimmungRepository vorabstimmungen,
            VorabstimmungDetails views) {
        this.startVorabstimmung = startVorabstimmung;
        this.confirmVorabstimmung = confirmVorabstimmung;
        this.refuseVorabstimmung = refuseVorabstimmung;
        this.refuseTakeOver = refuseTakeOver;
        this.announceTakeOver = announceTakeOver;
        this.requestTerminverschiebung = requestTerminverschiebung;
        this.requestStorno = requestStorno;
        this.acceptChangeRequest = acceptChangeRequest;
        this.refuseChangeRequest = refuseChangeRequest;
        this.vorabstimmungen = vorabstimmungen;
        this.views = views;
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "The VA is stored and queued for the EKPabg",
            headers = @Header(name = "Location", description = "The new Vorabstimmung: /api/vorabstimmungen/{id}"))
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "Start a Vorabstimmung as EKPauf: send a VA (VA-KUE-MRN, VA-KUE-ORN, VA-RRNP)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.VA)))
    public ResponseEntity<Sent> start(@RequestBody VorabstimmungRequest body) {
        VaDraft draft = RequestMapper.vaDraft(body);
        Sent sent = Sent.of(startVorabstimmung.start(draft));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(sent.vorabstimmungsId())
                .toUri();
        return ResponseEntity.created(location).body(sent);
    }

    @PersonalDataRead
    @GetMapping("/{id}")
    @Operation(summary = "A Vorabstimmung with its deadlines and its timeline of messages")
    public VorabstimmungView get(@PathVariable String id) {
        return views.view(RequestMapper.vaId(id));
    }

    @PersonalDataRead
    @GetMapping
    @Operation(summary = "Vorabstimmungen, newest first; every filter is optional")
    public List<VorabstimmungSummary> list(
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) String geschaeftsfall,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) Boolean klaerfall,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + " and offset at least 0");
        }
        return vorabstimmungen
                .list(
                        phase,
                        geschaeftsfall == null ? null : RequestMapper.geschaeftsfall(geschaeftsfall),
                        partner == null ? null : CarrierCode.of(partner),
                        klaerfall,
                        limit,
                        offset)
                .stream()
                .map(VorabstimmungSummary::of)
                .toList();
    }

    // --- EKPabg

    @PostMapping("/{id}/ruem-va")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "RUEM-VA to the open VA (EKPabg); without rufnummern the VA's numbers are confirmed")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.RUEM_VA)))
    public Sent ruemVa(@PathVariable String id, @RequestBody RuemVaRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        var positionen = RequestMapper.ruemVaPositionen(body.positionen());
        var ressourcen = RequestMapper.ressourcen(body.ressourcen());
        var rufnummern = RequestMapper.portierteRufnummern(body.rufnummern());
        return Sent.of(confirmVorabstimmung.confirm(
                vaId,
                positionen,
                RequestMapper.required("wechseltermin", body.wechseltermin()),
                body.technologie(),
                ressourcen,
                rufnummern));
    }

    @PostMapping("/{id}/abbm")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "ABBM to the open VA (EKPabg): ends the Vorabstimmung")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.ABBM)))
    public Sent abbm(@PathVariable String id, @RequestBody AbbmRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        var positionen = RequestMapper.abbmPositionen(body.positionen());
        return Sent.of(refuseVorabstimmung.refuse(vaId, positionen, body.begruendung()));
    }

    @PostMapping("/{id}/abbm-tr")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "ABBM-TR (EKPabg): rejects the AKM-TR; the VA stays open")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.ABBM_TR)))
    public Sent abbmTr(@PathVariable String id, @RequestBody AbbmTrRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        return Sent.of(refuseTakeOver.refuse(vaId, RequestMapper.abbmTrPositionen(body.positionen())));
    }

    // --- EKPauf

    @PostMapping("/{id}/akm-tr")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "AKM-TR (EKPauf, KUE only): take over the technical resource or not")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.AKM_TR)))
    public Sent akmTr(@PathVariable String id, @RequestBody AkmTrRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        boolean ressourcenuebernahme = RequestMapper.required("ressourcenuebernahme", body.ressourcenuebernahme());
        boolean sichererHafen = RequestMapper.required("sichererHafen", body.sichererHafen());
        var leitungen = RequestMapper.uebernahmeLeitungen(body.uebernahmeLeitungen());
        return Sent.of(announceTakeOver.announce(vaId, ressourcenuebernahme, leitungen, sichererHafen));
    }

    @PostMapping("/{id}/tv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "TV (EKPauf, after the RUEM-VA): ask for a new date")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.TV)))
    public Sent tv(@PathVariable String id, @RequestBody TvRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        return Sent.of(requestTerminverschiebung.request(
                vaId, RequestMapper.required("neuerKundenwunschtermin", body.neuerKundenwunschtermin())));
    }

    // --- either role

    @PostMapping("/{id}/storno")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "Storno of our role: AUFHEBUNG (cancel) or AENDERUNG (change; a new VA follows)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.STORNO)))
    public Sent storno(@PathVariable String id, @RequestBody StornoRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        StornoArt art = RequestMapper.required("art", body.art());
        return Sent.of(requestStorno.request(vaId, art == StornoArt.AUFHEBUNG, body.stornogrund()));
    }

    @PostMapping("/{id}/change-request/erlm")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "ERLM to the partner's active TV (8003, its date becomes the Wechseltermin) or Storno (8004)")
    public Sent erlm(@PathVariable String id) {
        return Sent.of(acceptChangeRequest.accept(RequestMapper.vaId(id)));
    }

    @PostMapping("/{id}/change-request/abbm")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "ABBM to the partner's active TV or Storno")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.ABBM)))
    public Sent abbmToChangeRequest(@PathVariable String id, @RequestBody AbbmRequest body) {
        VorabstimmungsId vaId = RequestMapper.vaId(id);
        var positionen = RequestMapper.abbmPositionen(body.positionen());
        return Sent.of(refuseChangeRequest.refuse(vaId, positionen, body.begruendung()));
    }
}
