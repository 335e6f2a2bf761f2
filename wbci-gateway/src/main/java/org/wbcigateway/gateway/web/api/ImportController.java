package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.crm.ContractCsv;
import org.wbcigateway.gateway.crm.ContractImport;
import org.wbcigateway.gateway.crm.ImportJob;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** Bulk import into the built-in CRM: starts an asynchronous job and shows its progress. */
@RestController
@RequestMapping("/api/crm/import")
@Tag(name = "CRM")
class ImportController {

    private final ContractImport imports;
    private final JsonMapper json;

    ImportController(ContractImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    record Started(String jobId) {}

    @PostMapping(consumes = "text/csv")
    @ApiResponse(
            responseCode = "202",
            description = "The import runs; follow its progress at Location",
            headers = @Header(name = "Location", description = "/api/crm/import/{jobId}"))
    @Operation(
            summary = "import contracts from CSV, one per row (columns: see the ContractCsv Javadoc)",
            description = "Answers 202 with the job's id; GET the Location for its progress. Bad rows are rejected"
                    + " with their line and reason, the others are imported. Charset from Content-Type, else UTF-8.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "text/csv",
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.IMPORT_CSV)))
    ResponseEntity<Started> importCsv(
            @RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        Charset charset = MediaType.parseMediaType(contentType).getCharset();
        return started(imports.start(new ContractCsv(body, charset == null ? StandardCharsets.UTF_8 : charset)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "202",
            description = "The import runs; follow its progress at Location",
            headers = @Header(name = "Location", description = "/api/crm/import/{jobId}"))
    @Operation(
            summary = "import contracts from a JSON array of PUT /api/crm/contracts bodies, each with its id",
            description = "Answers 202 with the job's id; GET the Location for its progress.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                            value = ApiExamples.IMPORT_JSON)))
    ResponseEntity<Started> importJson(@RequestBody byte[] body) {
        return started(imports.start(new JsonContractSource(json, body)));
    }

    @PersonalDataRead
    @GetMapping("/{jobId}")
    @Operation(summary = "progress of an import: RUNNING, DONE or FAILED, counts and the rejected rows")
    ImportJob.Progress progress(@PathVariable String jobId) {
        return imports.progress(jobId).orElseThrow(() -> new NotFoundException("no import job " + jobId));
    }

    private static ResponseEntity<Started> started(ImportJob job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/crm/import/" + job.id()))
                .body(new Started(job.id()));
    }
}
