package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;

/**
 * The EKPs this installation serves (ADR 0014): listed and added at runtime by the provider's administrators; a
 * tenant's users do not see the others. A new tenant's schema is created and migrated before the answer.
 */
@RestController
@RequestMapping("/api/tenants")
@Tag(name = "Tenants", description = "The EKPs served by this installation (provider administrators only)")
public class TenantController {

    /**
     * A tenant as the API shows it.
     *
     * @param idSlot the first character of the nine of every ID it issues (ADR 0015)
     */
    public record TenantView(
            String id, String code, String portierungskennung, Bundesland bundesland, String schema, String idSlot) {

        static TenantView of(Tenant t) {
            return new TenantView(
                    t.id(),
                    t.code().value(),
                    t.portierungskennung().value(),
                    t.bundesland(),
                    t.schema(),
                    String.valueOf(t.idSlotCharacter()));
        }
    }

    /** A tenant to add. */
    public record TenantRequest(
            @Schema(
                    description = "Its name here (users, the Wbci-Tenant header); required only where its carrier "
                            + "code is a bundle code other tenants have too. Default: the code",
                    example = "DEU.CCCC")
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DEU.CCCC")
            String code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "D0CC")
            String portierungskennung,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Bundesland bundesland) {}

    private final Tenants tenants;

    public TenantController(Tenants tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "Every tenant, the configured one first")
    public List<TenantView> list() {
        return tenants.all().stream().map(TenantView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tenant")
    public TenantView get(@PathVariable String id) {
        return tenants.find(id).map(TenantView::of).orElseThrow(() -> new NotFoundException("no tenant " + id));
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "The tenant was added; its schema is ready",
            headers = @Header(name = "Location", description = "/api/tenants/{id}"))
    @Operation(summary = "Adds a tenant (an EKP served here) without a restart")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = ApiExamples.TENANT)))
    public ResponseEntity<TenantView> add(@RequestBody TenantRequest request) {
        if (request.code() == null || request.portierungskennung() == null || request.bundesland() == null) {
            throw new IllegalArgumentException("code, portierungskennung and bundesland are required");
        }
        Tenant added = tenants.add(
                request.id() == null ? request.code() : request.id(),
                CarrierCode.of(request.code()),
                Portierungskennung.of(request.portierungskennung()),
                request.bundesland());
        return ResponseEntity.created(URI.create("/api/tenants/" + added.id())).body(TenantView.of(added));
    }
}
