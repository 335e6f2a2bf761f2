package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.privacy.AccessExport;
import org.wbcigateway.gateway.privacy.DataSubject;

/** The access export as a document to hand to the customer (HTML; German unless asked for English). */
@Controller
@Tag(name = "Personal data")
public class PersonalDataDocumentController {

    private final AccessExport export;

    public PersonalDataDocumentController(AccessExport export) {
        this.export = export;
    }

    @PersonalDataRead(targetParameters = {"va", "contract"})
    @GetMapping(value = "/api/personal-data/document", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Everything the tenant holds that names one customer, as a readable document",
            description = "As GET /api/personal-data, laid out for the customer: how they were recognised, then "
                    + "each data class as a table. Accept-Language: en for English headings.")
    public String document(
            @RequestParam(required = false) String contract,
            @RequestParam(required = false) String va,
            @RequestParam(required = false) String phone,
            Model model) {
        model.addAttribute("export", export.of(new DataSubject(contract, va, phone)));
        return "personal-data";
    }
}
