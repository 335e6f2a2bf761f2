package org.wbcigateway.gateway.vorabstimmung;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.followup.VoidedVorabstimmung;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.vorabstimmung.Context;
import org.wbcigateway.domain.vorabstimmung.Effect;
import org.wbcigateway.gateway.crm.CrmPort;

/**
 * The store's side of a follow-up VA (ADR 0003): which voided Vorabstimmungen a new VA may follow up, selected and
 * locked for the engine to judge (the rule: {@code FollowUpVa}; the arrival: {@code FollowUpArrival}), and the link
 * the engine decided, recorded. Used alike for the VA we send (EKPauf) and the VA we receive (EKPabg), in the
 * caller's transaction.
 */
@Service
public class FollowUpService {

    private static final Logger log = LoggerFactory.getLogger(FollowUpService.class);

    private final FollowUpRepository followUps;
    private final VorabstimmungRepository vorabstimmungen;
    private final StoredMessages messages;
    private final CrmPort crm;

    public FollowUpService(
            FollowUpRepository followUps,
            VorabstimmungRepository vorabstimmungen,
            StoredMessages messages,
            CrmPort crm) {
        this.followUps = followUps;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.crm = crm;
    }

    /**
     * The context for a new VA: with the voided Vorabstimmungen of this partner and role still waiting for their new
     * VA, most recently voided first, each locked for the rest of the transaction.
     *
     * @param contractId the CRM contract of the new VA if the caller knows it; for a VA we receive it is looked up
     *                   (only if a candidate belongs to a contract)
     */
    public Context withCandidates(
            Context context, Vorabstimmungsanfrage va, Rolle ownRole, CarrierCode partner, String contractId) {
        List<VoidedVorabstimmung> voided = new ArrayList<>();
        for (FollowUpRepository.Candidate c : followUps.candidates(partner, ownRole)) {
            vorabstimmungen.lock(c.vaId());
            if (followUps.links(c.vaId()).folge() == null) { // else another new VA was linked to it meanwhile
                voided.add(new VoidedVorabstimmung(
                        (Vorabstimmungsanfrage) messages.read(c.vaMessageId()),
                        c.newVaWindow(),
                        crm.contractOf(c.vaId()).orElse(null)));
            }
        }
        if (voided.isEmpty()) {
            return context;
        }
        String contract = contractId != null
                        || ownRole == Rolle.EKP_AUF
                        || voided.stream().allMatch(v -> v.contractId() == null)
                ? contractId
                : contractOf(va);
        return context.withFollowUpCandidates(voided, contract);
    }

    /**
     * The new VA follows up the voided one: the link on both. A VA we send without a contract of its own belongs to
     * the voided one's won contract (the same customer).
     */
    public void linked(Effect.FollowUpLinked link, Rolle ownRole, String contractId) {
        followUps.link(link.voided(), link.followUp(), link.arrival());
        if (ownRole == Rolle.EKP_AUF && contractId == null) {
            crm.contractOf(link.voided()).ifPresent(contract -> crm.link(contract, link.followUp()));
        }
    }

    /** The new VA was refused (too early): it names its predecessor, which still waits for a new VA. */
    public void refused(Effect.FollowUpRefused refusal) {
        followUps.markFollowUp(refusal.followUp(), refusal.voided(), refusal.arrival());
    }

    /**
     * The contract the CRM finds for a VA we receive; {@code null} if none or if the CRM cannot be asked now: the
     * receipt of a VA must not depend on a provider's CRM database (the decision worker asks it again later).
     */
    private String contractOf(Vorabstimmungsanfrage va) {
        try {
            return crm.findContract(va) instanceof Vertragssuche.Gefunden g
                    ? g.vertrag().vertragId()
                    : null;
        } catch (RuntimeException e) {
            log.warn(
                    "CRM lookup for the follow-up of {} failed, matching by numbers only: {}",
                    va.vorabstimmungsId(),
                    e.toString());
            return null;
        }
    }
}
