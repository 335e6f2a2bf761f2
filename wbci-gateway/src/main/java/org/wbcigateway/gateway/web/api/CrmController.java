package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.actions.Sent;
import org.wbcigateway.gateway.actions.StartSwitch;
import org.wbcigateway.gateway.crm.ContractData;
import org.wbcigateway.gateway.crm.ContractRepository;
import org.wbcigateway.gateway.crm.CrmLinks;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.decisions.ReviewQueue;
import org.wbcigateway.gateway.decisions.ReviewReason;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/** The built-in CRM: contracts, their WBCI timeline, starting a switch; and the review queue. */
@RestController
@RequestMapping("/api")
@Tag(name = "CRM", description = "built-in CRM tables, switch start (EKPauf), review queue (EKPabg)")
class CrmController {

    private final ContractRepository contracts;
    private final CrmPort crm;
    private final StartSwitch switches;
    private final ReviewQueue review;
    private final CrmLinks links;

    CrmController(ContractRepository contracts, CrmPort crm, StartSwitch switches, ReviewQueue review, CrmLinks links) {
        this.contracts = contracts;
        this.crm = crm;
        this.switches = switches;
        this.review = review;
        this.links = links;
    }

    /**
     * A contract in the shape PUT takes, with the Vorabstimmungen that concern it and its WBCI timeline.
     *
     * @param id       the contract's ID
     * @param contract the contract, as PUT takes it
     */
    record ContractView(
            String id,
            CrmRequests.ContractRequest contract,
            List<String> vorabstimmungen,
            List<Map<String, Object>> events) {}

    @PutMapping("/crm/contracts/{id}")
    @Operation(summary = "create or replace a contract; answers it as GET does")
    @Transactional
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.CONTRACT)))
    ContractView put(@PathVariable String id, @RequestBody CrmRequests.ContractRequest body) {
        ContractData contract = body.toContract(id);
        contracts.save(contract);
        return view(contract);
    }

    @PersonalDataRead
    @GetMapping("/crm/contracts/{id}")
    @Operation(summary = "a contract (from the configured CRM) with its Vorabstimmungen and WBCI events")
    ContractView get(@PathVariable String id) {
        return view(crm.contract(id).orElseThrow(() -> new NotFoundException("no contract " + id)));
    }

    private ContractView view(ContractData contract) {
        String id = contract.id();
        return new ContractView(id, ApiShapes.contract(contract), links.vorabstimmungen(id), links.events(id));
    }

    @PostMapping("/crm/contracts/{id}/switch")
    @ApiResponse(
            responseCode = "201",
            description = "The VA of the switch is stored and queued",
            headers = @Header(name = "Location", description = "The new Vorabstimmung: /api/vorabstimmungen/{id}"))
    @ApiResponse(responseCode = "409", description = "The Vorabstimmung's state forbids it (kind STATE)")
    @ApiResponse(responseCode = "422", description = "A protocol rule is broken (kind CONTENT, violations)")
    @Operation(summary = "EKPauf: start the switch of a won customer from this contract (sends the VA)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.SWITCH)))
    ResponseEntity<Views.Sent> startSwitch(
            @PathVariable String id,
            @RequestBody(required = false) CrmRequests.SwitchRequest body,
            @Parameter(description = "start even while a Vorabstimmung of the contract is open or agreed (else 409)")
                    @RequestParam(defaultValue = "false")
                    boolean force) {
        Sent sent = switches.start(id, body == null ? null : body.kundenwunschtermin(), force);
        return ResponseEntity.created(
                        URI.create("/api/vorabstimmungen/" + sent.vaId().value()))
                .body(Views.Sent.of(sent));
    }

    /** An incoming VA a person has to decide, with the reason, its detail and the date our answer is due. */
    record ReviewItem(
            String vorabstimmungsId,
            String geschaeftsfall,
            String partner,
            ReviewReason reason,
            String detail,
            java.time.LocalDate due) {}

    @PersonalDataRead
    @GetMapping("/review")
    @Operation(summary = "EKPabg: incoming VAs the decision rules could not decide")
    List<ReviewItem> review() {
        return review.items().stream()
                .map(i -> new ReviewItem(
                        i.va().vaId().value(),
                        i.va().geschaeftsfall().code(),
                        i.va().partner().value(),
                        i.reason(),
                        i.detail(),
                        i.due()))
                .toList();
    }
}
