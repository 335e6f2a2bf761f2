package org.wbcigateway.gateway.actions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Endkundenvertragspartner;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.RufnummernPortierung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.vorabstimmung.Context;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.vorabstimmung.FollowUpService;

/** EKPauf: sends a VA, which opens a Vorabstimmung. */
@Service
public class StartVorabstimmung {

    private final SendPath path;
    private final PartnerDirectory partners;
    private final IdGenerator ids;
    private final FollowUpService followUps;

    StartVorabstimmung(SendPath path, PartnerDirectory partners, IdGenerator ids, FollowUpService followUps) {
        this.path = path;
        this.partners = partners;
        this.ids = ids;
        this.followUps = followUps;
    }

    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent start(VaDraft d) {
        return start(d, null);
    }

    /**
     * A new VA; the engine judges it as the EKPabg will, and if it follows up a voided Vorabstimmung (ADR 0003) also
     * its arrival against that one's NEW_VA deadline — too early refuses it, too late is a warning — and links it.
     *
     * @param contractId the won CRM contract the VA is for, {@code null} if none
     */
    @Transactional(noRollbackFor = ProtocolViolationException.class)
    public Sent start(VaDraft d, String contractId) {
        if (partners.find(d.ekpAbg()).isEmpty()) {
            throw new ProtocolViolationException(
                    ProtocolViolationException.Kind.CONTENT,
                    List.of(new Violation(
                            GatewayRule.PARTNER_UNKNOWN, "EKPabg " + d.ekpAbg() + " is not a registered partner")));
        }
        RufnummernPortierung rnp = d.rufnummernPortierung();
        if (rnp != null && d.geschaeftsfall() == Geschaeftsfall.VA_RRNP && rnp.portierungskennungPKIauf() == null) {
            rnp = new RufnummernPortierung(rnp.rufnummern(), rnp.portierungszeitfenster(), path.ownPki());
        }
        CarrierCode self = path.self();
        Vorabstimmungsanfrage va = new Vorabstimmungsanfrage(
                d.geschaeftsfall(),
                self,
                new Endkundenvertragspartner(self, d.ekpAbg()),
                ids.vorabstimmungsId(),
                d.kundenwunschtermin(),
                d.endkunde(),
                d.weitereAnschlussinhaber(),
                d.projektId(),
                d.standort(),
                d.anschlussidentifikation(),
                rnp);
        Context context = followUps.withCandidates(
                path.context(Rolle.EKP_AUF, d.ekpAbg()), va, Rolle.EKP_AUF, d.ekpAbg(), contractId);
        return path.sendVa(va, context, contractId);
    }
}
