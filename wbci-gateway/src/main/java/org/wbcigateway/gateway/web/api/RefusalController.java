package org.wbcigateway.gateway.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.inbound.RefusalLog;
import org.wbcigateway.gateway.inbound.RefusalRepository;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;

/**
 * Inbound messages the gateway refused technically (TEQ 0990/0993/0995 or a SOAP fault): they change no
 * Vorabstimmung, so this is where an operator sees them (e.g. a partner's AKM-TR in the wrong version).
 */
@RestController
@RequestMapping("/api/refusals")
@Tag(name = "Refused input", description = "Inbound messages refused with a negative TEQ or a SOAP fault")
public class RefusalController {

    private final RefusalLog refusals;

    public RefusalController(RefusalLog refusals) {
        this.refusals = refusals;
    }

    @PersonalDataRead
    @GetMapping
    @Operation(summary = "Refused inbound messages, newest first, with the TEQ code, the reason and the message's head")
    public List<RefusalRepository.Refusal> list(
            @RequestParam(required = false) String sender, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > VorabstimmungController.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + VorabstimmungController.MAX_LIMIT);
        }
        return refusals.recent(sender == null ? null : CarrierCode.of(sender).value(), limit);
    }
}
