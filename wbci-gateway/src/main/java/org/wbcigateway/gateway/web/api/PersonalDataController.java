package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.privacy.AccessExport;
import org.wbcigateway.gateway.privacy.DataSubject;
import org.wbcigateway.gateway.privacy.Erasure;

/** A customer's data, for their requests under DSGVO Art. 15 and 17 (administrators only). */
@RestController
@RequestMapping("/api/personal-data")
@Tag(name = "Personal data", description = "A customer's data: access export (DSGVO Art. 15), erasure (Art. 17)")
public class PersonalDataController {

    private final AccessExport export;
    private final Erasure erasure;

    public PersonalDataController(AccessExport export, Erasure erasure) {
        this.export = export;
        this.erasure = erasure;
    }

    /** The customer whose data is to be erased, by exactly one of its fields. */
    public record ErasureRequest(String contract, String va, String phone) {}

    @PostMapping("/erasure")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.ERASURE)))
    @Operation(
            summary = "Erases everything the tenant holds that names one customer (DSGVO Art. 17)",
            description = "Refused (409) while one of the customer's Vorabstimmungen is still open. Deletes their "
                    + "contracts in the built-in CRM, CRM events, search index entries, refusals and Idempotency-Key "
                    + "answers naming them, empties free texts, and pseudonymises their stored messages; the "
                    + "Vorabstimmungen's protocol history (IDs, dates, codes) stays.")
    public Erasure.Erased erase(
            @RequestBody ErasureRequest request, java.security.Principal caller, HttpServletRequest http) {
        return erasure.erase(
                new DataSubject(request.contract(), request.va(), request.phone()),
                caller.getName(),
                http.getRemoteAddr());
    }

    @PersonalDataRead(targetParameters = {"va", "contract"})
    @GetMapping
    @Operation(
            summary = "Everything the tenant holds that names one customer",
            description = "Name the customer by exactly one of contract, va and phone. The answer says how the "
                    + "customer was recognised (contracts, Vorabstimmungen, names, numbers) and lists every stored "
                    + "item by data class.")
    public AccessExport.Export export(
            @RequestParam(required = false) String contract,
            @RequestParam(required = false) String va,
            @RequestParam(required = false) String phone) {
        return export.of(new DataSubject(contract, va, phone));
    }
}
