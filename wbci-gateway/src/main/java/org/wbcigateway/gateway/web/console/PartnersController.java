package org.wbcigateway.gateway.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import org.wbcigateway.gateway.platform.config.ManagedBy;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.partners.PartnerInput;
import org.wbcigateway.gateway.platform.security.CertificateInventory;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;

/**
 * The configured partners: endpoint, signing certificates with expiry, whether RSA-SHA1 is accepted from it and the
 * algorithm its last stored message was signed with, last successful exchange each way.
 */
@Controller
class PartnersController {

    record Certificate(
            String subject,
            String fingerprint,
            String serial,
            java.time.LocalDate notAfter,
            long daysLeft,
            boolean expiresSoon,
            boolean expired) {}

    record Partner(
            String carrierCode,
            String endpoint,
            String bundesland,
            boolean fromConfiguration,
            List<Certificate> certificates,
            boolean rsaSha1Forbidden,
            String lastAlgorithm,
            OffsetDateTime lastReceived,
            OffsetDateTime lastDelivered) {}

    private final PartnerDirectory directory;
    private final ConsoleActions actions;
    private final ConsoleLabels labels;
    private final CertificateInventory inventory;
    private final MessageRepository messages;
    private final OutboxRepository outbox;

    PartnersController(
            PartnerDirectory directory,
            ConsoleActions actions,
            ConsoleLabels labels,
            CertificateInventory inventory,
            MessageRepository messages,
            OutboxRepository outbox) {
        this.directory = directory;
        this.actions = actions;
        this.labels = labels;
        this.inventory = inventory;
        this.messages = messages;
        this.outbox = outbox;
    }

    @GetMapping("/console/partners")
    String partners(Model model) {
        model.addAttribute(
                "partners",
                directory.current().all().stream().map(this::partner).toList());
        model.addAttribute("bundeslaender", org.wbcigateway.domain.calendar.Bundesland.values());
        model.addAttribute(
                "ownCertificates",
                inventory.entries().stream()
                        .filter(e -> e.purpose() != CertificateInventory.Purpose.SIGNING_PARTNER
                                && e.purpose() != CertificateInventory.Purpose.TLS_CLIENT_PARTNER)
                        .map(e -> view(
                                e,
                                labels.of("purpose", e.purpose()) + " "
                                        + e.certificate().getSubjectX500Principal()))
                        .toList());
        return "console/partners";
    }

    private Partner partner(org.wbcigateway.gateway.platform.partners.Partner p) {
        CarrierCode partner = p.code();
        String code = partner.value();
        return new Partner(
                code,
                p.endpoint().orElse(null),
                p.bundesland().map(Enum::name).orElse(null),
                p.managedBy() == ManagedBy.CONFIGURATION,
                certificates(code),
                directory.rsaSha1Forbidden(partner),
                lastAlgorithm(partner),
                messages.lastReceived(partner).orElse(null),
                outbox.lastDelivered(partner).orElse(null));
    }

    private List<Certificate> certificates(String partner) {
        return inventory.entries().stream()
                .filter(e -> e.owner().equals(partner)
                        && (e.purpose() == CertificateInventory.Purpose.SIGNING_PARTNER
                                || e.purpose() == CertificateInventory.Purpose.TLS_CLIENT_PARTNER))
                .map(e -> view(
                        e,
                        (e.purpose() == CertificateInventory.Purpose.TLS_CLIENT_PARTNER ? "TLS client: " : "")
                                + e.certificate().getSubjectX500Principal()))
                .toList();
    }

    private Certificate view(CertificateInventory.Entry e, String label) {
        return new Certificate(
                label,
                org.wbcigateway.gateway.platform.partners.Fingerprints.sha256(e.certificate()),
                e.serial(),
                java.time.LocalDate.ofInstant(e.notAfter(), org.wbcigateway.domain.deadline.Terminpruefung.ZONE),
                inventory.daysLeft(e),
                inventory.expiresSoon(e),
                inventory.expired(e));
    }

    /** Adds a partner (ADMIN, as {@code PUT /api/partners/{code}}); one set in configuration is changed there. */
    @PostMapping("/console/partners")
    String add(
            @RequestParam String code,
            @RequestParam String endpoint,
            @RequestParam(required = false) String bundesland,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(
                request,
                flash,
                "PARTNER_SAVE",
                code,
                () -> directory.save(new org.wbcigateway.gateway.platform.partners.Partner(
                        CarrierCode.of(code.trim()),
                        java.util.Optional.of(PartnerInput.endpoint(endpoint)),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        bundesland == null || bundesland.isBlank()
                                ? java.util.Optional.empty()
                                : java.util.Optional.of(org.wbcigateway.domain.calendar.Bundesland.valueOf(bundesland)),
                        ManagedBy.DIRECTORY,
                        List.of())));
        return "redirect:/console/partners";
    }

    /** Registers a certificate for a partner (ADMIN): the start of a rollover. */
    @PostMapping("/console/partners/certificates")
    String addCertificate(
            @RequestParam String code, @RequestParam String pem, HttpServletRequest request, RedirectAttributes flash) {
        actions.run(
                request,
                flash,
                "PARTNER_CERTIFICATE",
                code,
                () -> directory.addCertificate(
                        CarrierCode.of(code),
                        org.wbcigateway.gateway.platform.partners.CertificateUse.SIGNING,
                        PartnerInput.certificate(pem)));
        return "redirect:/console/partners";
    }

    /** Withdraws a certificate (ADMIN): messages signed with it are refused from now on; one set in configuration is not. */
    @PostMapping("/console/partners/certificates/withdraw")
    String withdrawCertificate(
            @RequestParam String code,
            @RequestParam String fingerprint,
            HttpServletRequest request,
            RedirectAttributes flash) {
        actions.run(request, flash, "PARTNER_CERTIFICATE_WITHDRAW", code, () -> {
            directory.removeCertificate(CarrierCode.of(code), fingerprint);
            return fingerprint;
        });
        return "redirect:/console/partners";
    }

    /** The signature algorithm of the partner's last stored inbound message; null if none. */
    private String lastAlgorithm(CarrierCode partner) {
        return messages.lastReceivedRaw(partner)
                .map(raw -> MessageInspector.inspect(raw, MessageRecord.Direction.IN)
                        .signature()
                        .algorithm())
                .orElse(null);
    }
}
