package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.actions.OnboardTenant;
import org.wbcigateway.gateway.platform.partners.Fingerprints;
import org.wbcigateway.gateway.platform.security.OwnSigningKey;
import org.wbcigateway.gateway.platform.security.TenantSigningKeys;
import org.wbcigateway.gateway.platform.tenancy.Tenant;
import org.wbcigateway.gateway.platform.tenancy.TenantScope;
import org.wbcigateway.gateway.platform.tenancy.TenantSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.NotFoundException;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;

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
            String id,
            String code,
            String portierungskennung,
            Bundesland bundesland,
            String schema,
            String idSlot,
            TenantSettings settings) {

        static TenantView of(Tenant t) {
            return new TenantView(
                    t.id(),
                    t.code().value(),
                    t.portierungskennung().value(),
                    t.bundesland(),
                    t.schema(),
                    String.valueOf(t.idSlotCharacter()),
                    t.settings());
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
            Bundesland bundesland,

            @Schema(description = "Its own signing key, generated or uploaded; none: it signs with the installation's")
            KeyRequest signingKey,

            @Schema(
                    description =
                            "What it decides and escalates differently from the configuration; none: as configured")
            TenantSettings settings) {}

    /**
     * A signing key for a tenant: {@code generate} a new one (RSA 3072, self-signed, for the CA-issued certificate to
     * follow), or upload a {@code keystore} (base64 of a PKCS12 or JKS file) with its {@code password} and, where it
     * holds several keys, the {@code alias} of the one to sign with.
     */
    public record KeyRequest(
            Boolean generate,

            @Schema(description = "base64 of the keystore file")
            String keystore,

            @Schema(example = "PKCS12") String type,
            String password,
            String alias) {}

    /**
     * The certificate a tenant signs with.
     *
     * @param own whether it is the tenant's own key; false: the installation's ({@code wbci.signing})
     */
    public record KeyView(
            boolean own,
            String subject,
            String issuer,
            String serial,
            Instant notAfter,
            String fingerprint,
            String pem) {

        static KeyView of(boolean own, SigningKey key) {
            return new KeyView(
                    own,
                    key.certificate().getSubjectX500Principal().getName(),
                    key.issuer(),
                    key.serial(),
                    key.certificate().getNotAfter().toInstant(),
                    Fingerprints.sha256(key.certificate()),
                    Certificates.pem(key.certificate()));
        }
    }

    private final Tenants tenants;
    private final TenantSigningKeys keys;
    private final OwnSigningKey signing;
    private final OnboardTenant onboarding;

    public TenantController(Tenants tenants, TenantSigningKeys keys, OwnSigningKey signing, OnboardTenant onboarding) {
        this.tenants = tenants;
        this.keys = keys;
        this.signing = signing;
        this.onboarding = onboarding;
    }

    @GetMapping
    @Operation(summary = "Every tenant, the configured one first")
    public List<TenantView> list() {
        return tenants.all().stream().map(TenantView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tenant")
    public TenantView get(@PathVariable String id) {
        return TenantView.of(tenant(id));
    }

    private Tenant tenant(String id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException("no tenant " + id));
    }

    @PutMapping("/{id}/settings")
    @Operation(
            summary = "What the tenant decides and escalates differently from the configuration",
            description = "Replaces all of them: a field left out (null) is as configured again. Every node follows "
                    + "within wbci.partner-directory.refresh-interval.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = ApiExamples.TENANT_SETTINGS)))
    public TenantView settings(@PathVariable String id, @RequestBody TenantSettings settings) {
        return TenantView.of(onboarding.configure(tenant(id), settings));
    }

    @GetMapping("/{id}/signing-key")
    @Operation(summary = "The certificate the tenant signs with: its own, or the installation's")
    public KeyView signingKey(@PathVariable String id) {
        Tenant tenant = tenant(id);
        boolean own = keys.signer(tenant.id()).isPresent();
        return KeyView.of(own, TenantScope.call(tenants.scope(tenant), () -> signing.key()));
    }

    @PostMapping("/{id}/signing-key")
    @ApiResponse(responseCode = "201", description = "The tenant signs with this key from now on")
    @Operation(
            summary = "Gives the tenant a signing key of its own, generated or uploaded",
            description = "Partners must have its certificate before it is used: register it with them first, as with "
                    + "any key rollover. Needs wbci.tenancy.key-password.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = ApiExamples.TENANT_KEY)))
    public ResponseEntity<KeyView> newSigningKey(
            @PathVariable String id, @RequestBody KeyRequest request, Principal caller) {
        Tenant tenant = tenant(id);
        SigningKey key =
                keys.install(tenant, keys.ready(tenant.id(), tenant.code(), newKey(request)), caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(KeyView.of(true, key));
    }

    private static TenantSigningKeys.NewKey newKey(KeyRequest request) {
        boolean generate = Boolean.TRUE.equals(request.generate());
        if (generate == (request.keystore() != null)) {
            throw new IllegalArgumentException("either generate a key (\"generate\": true) or upload a keystore");
        }
        if (generate) {
            return new TenantSigningKeys.Generate();
        }
        byte[] keystore;
        try {
            keystore = Base64.getMimeDecoder().decode(request.keystore());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("keystore: not base64 (" + e.getMessage() + ")");
        }
        return new TenantSigningKeys.Upload(
                keystore,
                request.type(),
                request.password() == null ? null : request.password().toCharArray(),
                request.alias());
    }

    @PostMapping
    @ApiResponse(
            responseCode = "201",
            description = "The tenant was added; its schema is ready",
            headers = @Header(name = "Location", description = "/api/tenants/{id}"))
    @Operation(summary = "Adds a tenant (an EKP served here) without a restart")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = ApiExamples.TENANT)))
    public ResponseEntity<TenantView> add(@RequestBody TenantRequest request, Principal caller) {
        if (request.code() == null || request.portierungskennung() == null || request.bundesland() == null) {
            throw new IllegalArgumentException("code, portierungskennung and bundesland are required");
        }
        Tenant added = onboarding.onboard(
                new OnboardTenant.Onboarding(
                        request.id(),
                        CarrierCode.of(request.code()),
                        Portierungskennung.of(request.portierungskennung()),
                        request.bundesland(),
                        request.settings(),
                        request.signingKey() == null ? null : newKey(request.signingKey())),
                caller.getName());
        return ResponseEntity.created(URI.create("/api/tenants/" + added.id())).body(TenantView.of(added));
    }
}
