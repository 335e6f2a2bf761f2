package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.inbound.BundleInbox;
import org.wbcigateway.gateway.inbound.HeldMessage;
import org.wbcigateway.gateway.platform.tenancy.Tenant;

/**
 * The provider's bundle inbox (ADR 0015): messages for a carrier code several tenants share that could not be routed
 * by the customer's CRM data, accepted and held until a provider operator names the tenant. The provider's users
 * only; a tenant's users never see it.
 */
@RestController
@RequestMapping("/api/bundle-inbox")
@Tag(name = "Bundle inbox", description = "Messages for a bundle code waiting for their tenant (provider users only)")
public class BundleInboxController {

    /** A held message and the tenants it may go to. */
    public record HeldView(HeldMessage message, List<String> candidates) {}

    /** The tenant to hand a held message (and the rest of its Vorabstimmung) to. */
    public record RouteRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "BNDL-nord")
            String tenant) {}

    private final BundleInbox inbox;

    public BundleInboxController(BundleInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The waiting messages (oldest first), then those routed (latest first)")
    public List<HeldView> list(
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException(
                    "limit must be 1.." + VorabstimmungController.MAX_LIMIT + " and offset not negative");
        }
        return inbox.page(limit, offset).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One held message")
    public HeldView get(@PathVariable long id) {
        return view(inbox.get(id));
    }

    @PostMapping("/{id}/route")
    @Operation(
            summary = "Hands the message, and every other message of its Vorabstimmung still waiting, to the tenant",
            description = "Each is taken by the tenant as if it had arrived when it did; answers the messages routed")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                            value = ApiExamples.BUNDLE_ROUTE)))
    public List<HeldView> route(@PathVariable long id, @RequestBody RouteRequest request, Principal caller) {
        if (request == null || request.tenant() == null) {
            throw new IllegalArgumentException("tenant is required");
        }
        return inbox.route(id, request.tenant().strip(), caller.getName()).stream()
                .map(this::view)
                .toList();
    }

    private HeldView view(HeldMessage message) {
        return new HeldView(
                message, inbox.candidates(message).stream().map(Tenant::id).toList());
    }
}
