package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.gateway.platform.partners.CertificateUse;
import org.wbcigateway.gateway.platform.partners.Partner;
import org.wbcigateway.gateway.platform.partners.PartnerCertificate;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.partners.PartnerInput;
import org.wbcigateway.gateway.platform.tenancy.Tenants;

/**
 * The partner directory over REST: partners added, changed and removed, certificates registered and withdrawn, all
 * without a restart (ADR 0012). Changes need the ADMIN role and are audited like every API change.
 */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners", description = "The partner directory: endpoints, certificates, rollover")
public class PartnerController {

    /** A partner as the API shows it. */
    public record PartnerView(
            String code,
            String endpoint,
            String tlsBundle,
            Boolean forbidRsaSha1,
            boolean rsaSha1Forbidden,
            Bundesland bundesland,
            ManagedBy managedBy,
            List<CertificateView> certificates) {}

    /** One registered certificate; {@code fingerprint} (SHA-256) names it in the API. */
    public record CertificateView(
            String fingerprint,
            CertificateUse use,
            String subject,
            String serial,
            Instant notBefore,
            Instant notAfter,
            boolean validNow,
            ManagedBy source,
            Instant addedAt) {}

    /**
     * A partner's settings.
     *
     * @param endpoint      its WBCI endpoint (http or https URL)
     * @param tlsBundle     Spring Boot SSL bundle to call it with over https; empty = the JVM's default trust
     * @param forbidRsaSha1 refuse RSA-SHA1 from it (true) or accept it (false); empty = the global setting
     * @param bundesland    its Bundesland; empty = ours
     */
    public record PartnerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String endpoint,

            String tlsBundle,
            Boolean forbidRsaSha1,
            Bundesland bundesland) {}

    /**
     * A certificate to register.
     *
     * @param pem the certificate, PEM
     * @param use SIGNING (default) or TLS_CLIENT
     */
    public record CertificateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String pem,

            CertificateUse use) {}

    static final String PEM = "application/x-pem-file";

    private final PartnerDirectory directory;
    private final SslBundles bundles;
    private final Tenants tenants;

    public PartnerController(PartnerDirectory directory, SslBundles bundles, Tenants tenants) {
        this.directory = directory;
        this.bundles = bundles;
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "Every partner, with its certificates")
    public List<PartnerView> list() {
        return directory.current().all().stream().map(this::view).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One partner")
    public PartnerView get(@PathVariable String code) {
        return view(existing(CarrierCode.of(code)));
    }

    @PutMapping("/{code}")
    @ApiResponse(responseCode = "200", description = "The partner was changed")
    @ApiResponse(
            responseCode = "201",
            description = "The partner was added",
            headers = @Header(name = "Location", description = "/api/partners/{code}"))
    @ApiResponse(
            responseCode = "409",
            description = "The partner is set in configuration (reason MANAGED_BY_CONFIGURATION)")
    @Operation(summary = "Adds a partner (201) or changes one the directory manages (200); its certificates stay")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = ApiExamples.PARTNER)))
    public ResponseEntity<PartnerView> put(@PathVariable String code, @RequestBody PartnerRequest request) {
        CarrierCode carrier = partnerCode(code);
        boolean created = directory.save(new Partner(
                carrier,
                Optional.of(PartnerInput.endpoint(request.endpoint())),
                blankToEmpty(request.tlsBundle()).map(this::bundle),
                Optional.ofNullable(request.forbidRsaSha1()),
                Optional.ofNullable(request.bundesland()),
                ManagedBy.DIRECTORY,
                List.of()));
        PartnerView view = view(existing(carrier));
        return created
                ? ResponseEntity.created(URI.create("/api/partners/" + carrier)).body(view)
                : ResponseEntity.ok(view);
    }

    @DeleteMapping("/{code}")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(
            responseCode = "409",
            description = "The partner is set in configuration (reason MANAGED_BY_CONFIGURATION)")
    @Operation(summary = "Removes a partner the directory manages; its Vorabstimmungen stay")
    public ResponseEntity<Void> delete(@PathVariable String code) {
        directory.delete(CarrierCode.of(code));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{code}/certificates", consumes = "application/json")
    @ApiResponse(responseCode = "200", description = "The partner has this certificate already")
    @ApiResponse(
            responseCode = "201",
            description = "The certificate was registered",
            headers = @Header(name = "Location", description = "/api/partners/{code}/certificates/{sha256}"))
    @Operation(
            summary = "Registers a certificate (201); one it has already is left as it is (200). During a rollover "
                    + "both the old and the new one are accepted until the old one expires or is withdrawn")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                            value = ApiExamples.CERTIFICATE)))
    public ResponseEntity<CertificateView> addCertificate(
            @PathVariable String code, @RequestBody CertificateRequest request) {
        CarrierCode carrier = CarrierCode.of(code);
        X509Certificate certificate = PartnerInput.certificate(request.pem());
        CertificateUse use = request.use() == null ? CertificateUse.SIGNING : request.use();
        boolean created = directory.addCertificate(carrier, use, certificate);
        PartnerCertificate registered = existing(carrier).certificates(use).stream()
                .filter(c -> c.certificate().equals(certificate))
                .findFirst()
                .orElseThrow();
        CertificateView view = view(registered);
        return created
                ? ResponseEntity.created(URI.create("/api/partners/" + carrier + "/certificates/" + view.fingerprint()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping(value = "/{code}/certificates", consumes = PEM)
    @ApiResponse(responseCode = "200", description = "The partner has this certificate already")
    @ApiResponse(
            responseCode = "201",
            description = "The certificate was registered",
            headers = @Header(name = "Location", description = "/api/partners/{code}/certificates/{sha256}"))
    @Operation(
            summary = "The same with the PEM file as the body: curl --data-binary @partner.pem -H 'Content-Type: " + PEM
                    + "'")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = PEM,
                            examples =
                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                            value = ApiExamples.CERTIFICATE_PEM)))
    public ResponseEntity<CertificateView> addCertificatePem(
            @PathVariable String code,
            @RequestBody String pem,
            @RequestParam(defaultValue = "SIGNING") CertificateUse use) {
        return addCertificate(code, new CertificateRequest(pem, use));
    }

    @DeleteMapping("/{code}/certificates/{fingerprint}")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "409", description = "The certificate is set in configuration")
    @Operation(summary = "Withdraws a certificate: messages signed with it are refused (TEQ 0990) from now on")
    public ResponseEntity<Void> removeCertificate(@PathVariable String code, @PathVariable String fingerprint) {
        directory.removeCertificate(CarrierCode.of(code), fingerprint);
        return ResponseEntity.noContent().build();
    }

    private Partner existing(CarrierCode code) {
        return directory.get(code);
    }

    private CarrierCode partnerCode(String code) {
        CarrierCode carrier = CarrierCode.of(code);
        // another tenant of this installation may be a partner (two EKPs served here talk over the same path)
        if (carrier.equals(tenants.current().code())) {
            throw new IllegalArgumentException(code + " is the carrier code of the tenant in scope, not a partner");
        }
        return carrier;
    }

    private String bundle(String name) {
        try {
            bundles.getBundle(name);
            return name;
        } catch (NoSuchSslBundleException e) {
            throw new IllegalArgumentException(
                    "tlsBundle " + name + " is no SSL bundle of this gateway (spring.ssl.bundle.*)", e);
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private PartnerView view(Partner p) {
        return new PartnerView(
                p.code().value(),
                p.endpoint().orElse(null),
                p.tlsBundle().orElse(null),
                p.forbidRsaSha1().orElse(null),
                directory.rsaSha1Forbidden(p.code()),
                p.bundesland().orElse(null),
                p.managedBy(),
                p.certificates().stream().map(PartnerController::view).toList());
    }

    private static CertificateView view(PartnerCertificate c) {
        X509Certificate x = c.certificate();
        return new CertificateView(
                c.fingerprint(),
                c.use(),
                x.getSubjectX500Principal().toString(),
                x.getSerialNumber().toString(16),
                x.getNotBefore().toInstant(),
                x.getNotAfter().toInstant(),
                c.validAt(Instant.now()),
                c.source(),
                c.addedAt());
    }
}
