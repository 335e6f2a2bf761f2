package org.wbcigateway.gateway.actions;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.PartnerCalendars;
import org.wbcigateway.gateway.vorabstimmung.FollowUpService;

/** EKPauf: sends a VA, which opens a Vorabstimmung. */
@Service
public class StartVorabstimmung {

    private final SendPath path;
    private final GatewayProperties properties;
    private final IdGenerator ids;
    private final PartnerCalendars calendars;
    private final FollowUpService followUps;

    StartVorabstimmung(SendPath path, GatewayProperties properties, IdGenerator ids, PartnerCalendars calendars,
                       FollowUpService followUps) {
        this.path = path;
        this.properties = properties;
        this.ids = ids;
        this.calendars = calendars;
        this.followUps = followUps;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent start(VaDraft d) {
        return start(d, null);
    }

    /**
     * A new VA; if it follows up a voided Vorabstimmung (ADR 0003) its arrival is judged against that one's NEW_VA
     * deadline — too early refuses it, too late is a warning — and once sent it is linked and the deadline closed.
     *
     * @param contractId the won CRM contract the VA is for, {@code null} if none
     */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent start(VaDraft d, String contractId) {
        if (properties.partner(d.ekpAbg()).isEmpty()) {
            throw new ProtocolViolationException(ProtocolViolationException.Kind.CONTENT, List.of(new Violation(
                    GatewayRule.PARTNER_UNKNOWN, "EKPabg " + d.ekpAbg() + " is not a registered partner")));
        }
        RufnummernPortierung rnp = d.rufnummernPortierung();
        if (rnp != null && d.geschaeftsfall() == Geschaeftsfall.VA_RRNP && rnp.portierungskennungPKIauf() == null) {
            rnp = new RufnummernPortierung(rnp.rufnummern(), rnp.portierungszeitfenster(), path.ownPki());
        }
        CarrierCode self = path.self();
        Vorabstimmungsanfrage va = new Vorabstimmungsanfrage(d.geschaeftsfall(), self,
                new Endkundenvertragspartner(self, d.ekpAbg()), ids.vorabstimmungsId(), d.kundenwunschtermin(),
                d.endkunde(), d.weitereAnschlussinhaber(), d.projektId(), d.standort(), d.anschlussidentifikation(), rnp);
        DateCheck dates = calendars.outgoing(Rolle.EKP_AUF, d.ekpAbg())
                .checkKundenwunschtermin(va.geschaeftsfall(), va.kundenwunschtermin());
        Optional<FollowUpService.FollowUp> followUp = followUps.find(va, Rolle.EKP_AUF, d.ekpAbg(), contractId);
        if (followUp.isPresent()) {
            dates = dates.and(followUp.get().arrival().check());
        }
        Sent sent = path.send(Optional.empty(), va, va.geschaeftsfall(), Rolle.EKP_AUF, d.ekpAbg(), dates);
        followUp.ifPresent(f -> followUps.link(f, va.vorabstimmungsId(), Rolle.EKP_AUF, contractId));
        return sent;
    }
}
