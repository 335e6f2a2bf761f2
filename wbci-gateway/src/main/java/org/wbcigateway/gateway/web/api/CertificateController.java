package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.gateway.platform.security.CertificateInventory;
import org.wbcigateway.gateway.platform.security.OwnSigningKey;
import org.wbcigateway.wire.security.Certificates;

/** The certificates the gateway relies on, with expiry; and our signing certificate for partners to register. */
@RestController
@RequestMapping("/api/certificates")
@Tag(name = "Certificates", description = "Signing and TLS certificates and their expiry")
public class CertificateController {

    /** One certificate as operators see it. */
    public record CertificateView(
            String purpose,
            String owner,
            String subject,
            String issuer,
            String serial,
            Instant notAfter,
            long daysLeft,
            boolean expiresSoon,
            boolean expired) {}

    private final CertificateInventory inventory;
    private final OwnSigningKey signingKey;

    public CertificateController(CertificateInventory inventory, OwnSigningKey signingKey) {
        this.inventory = inventory;
        this.signingKey = signingKey;
    }

    @GetMapping
    @Operation(summary = "Every signing and TLS certificate, with days left and whether it expires soon")
    public List<CertificateView> list() {
        return inventory.entries().stream()
                .map(e -> new CertificateView(
                        e.purpose().name(),
                        e.owner(),
                        e.certificate().getSubjectX500Principal().toString(),
                        e.certificate().getIssuerX500Principal().toString(),
                        e.serial(),
                        e.notAfter(),
                        inventory.daysLeft(e),
                        inventory.expiresSoon(e),
                        inventory.expired(e)))
                .toList();
    }

    @GetMapping(value = "/own", produces = "application/x-pem-file")
    @Operation(summary = "Our signing certificate (PEM), for partners to register")
    public String own() {
        return Certificates.pem(signingKey.key().certificate());
    }
}
