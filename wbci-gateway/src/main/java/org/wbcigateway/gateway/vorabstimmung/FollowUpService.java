package org.wbcigateway.gateway.vorabstimmung;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.deadline.Deadline;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.followup.FollowUpArrival;
import org.wbcigateway.domain.followup.FollowUpVa;
import org.wbcigateway.domain.followup.VoidedVorabstimmung;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository.DeadlineRecord;
import org.wbcigateway.wire.WbciCodec;

/**
 * Finds the voided Vorabstimmung a new VA follows up (the rule: {@link FollowUpVa}), judges the new VA's arrival
 * against its NEW_VA deadline ({@link FollowUpArrival}) and, once the new VA is stored, records the link and closes
 * that deadline. Used alike for the VA we send (EKPauf) and the VA we receive (EKPabg), in the caller's transaction.
 */
@Service
public class FollowUpService {

    private static final Logger log = LoggerFactory.getLogger(FollowUpService.class);

    /** A new VA's predecessor, its open NEW_VA deadline row, and how the new VA meets it today. */
    public record FollowUp(VoidedVorabstimmung voided, long deadlineId, FollowUpArrival arrival) {

        public VorabstimmungsId voidedId() {
            return voided.va().vorabstimmungsId();
        }
    }

    private final FollowUpRepository followUps;
    private final VorabstimmungRepository vorabstimmungen;
    private final MessageRepository messages;
    private final DeadlineRepository deadlines;
    private final CrmPort crm;
    private final Terminpruefung termine;
    private final WbciCodec codec;
    private final Clock systemClock;

    public FollowUpService(FollowUpRepository followUps, VorabstimmungRepository vorabstimmungen,
                           MessageRepository messages, DeadlineRepository deadlines, CrmPort crm,
                           Terminpruefung termine, WbciCodec codec,
                           @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock systemClock) {
        this.followUps = followUps;
        this.vorabstimmungen = vorabstimmungen;
        this.messages = messages;
        this.deadlines = deadlines;
        this.crm = crm;
        this.termine = termine;
        this.codec = codec;
        this.systemClock = systemClock;
    }

    /**
     * The voided Vorabstimmung {@code va} follows up, locked for the rest of the transaction, if there is one.
     *
     * @param contractId the CRM contract of the new VA if the caller knows it; for a VA we receive it is looked up
     *                   (only if a candidate belongs to a contract)
     */
    public Optional<FollowUp> find(Vorabstimmungsanfrage va, Rolle ownRole, CarrierCode partner, String contractId) {
        List<FollowUpRepository.Candidate> candidates = followUps.candidates(partner, ownRole);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<VoidedVorabstimmung> voided = new ArrayList<>();
        List<Long> deadlineIds = new ArrayList<>();
        for (FollowUpRepository.Candidate c : candidates) {
            Optional<Deadline> window = window(c);
            Optional<Vorabstimmungsanfrage> old = messages.find(c.vaMessageId())
                    .map(m -> codec.readMessage(m.raw()).payload())
                    .filter(Vorabstimmungsanfrage.class::isInstance).map(Vorabstimmungsanfrage.class::cast);
            if (window.isPresent() && old.isPresent()) {
                voided.add(new VoidedVorabstimmung(old.get(), window.get(), crm.contractOf(c.vaId()).orElse(null)));
                deadlineIds.add(c.deadlineId());
            }
        }
        String contract = contractId != null || ownRole == Rolle.EKP_AUF
                || voided.stream().allMatch(v -> v.contractId() == null) ? contractId : contractOf(va);
        Optional<VoidedVorabstimmung> predecessor = FollowUpVa.predecessor(va, contract, voided);
        if (predecessor.isEmpty()) {
            return Optional.empty();
        }
        VoidedVorabstimmung p = predecessor.get();
        vorabstimmungen.lock(p.va().vorabstimmungsId());
        if (followUps.links(p.va().vorabstimmungsId()).folge() != null) {
            return Optional.empty(); // another new VA was linked to it meanwhile
        }
        return Optional.of(new FollowUp(p, deadlineIds.get(voided.indexOf(p)), FollowUpArrival.judge(termine,
                p.newVaWindow())));
    }

    /**
     * The new VA was accepted (sent or received): it is the follow-up; the NEW_VA deadline is met.
     *
     * @param contractId the contract a VA we send is for; {@code null}: it joins the voided VA's contract (EKPauf)
     */
    public void link(FollowUp followUp, VorabstimmungsId newVa, Rolle ownRole, String contractId) {
        VorabstimmungsId voided = followUp.voidedId();
        followUps.link(voided, newVa, followUp.arrival().outcome());
        deadlines.close(followUp.deadlineId(), OffsetDateTime.now(systemClock));
        String contract = followUp.voided().contractId();
        if (contract != null) {
            if (ownRole == Rolle.EKP_AUF && contractId == null) {
                crm.link(contract, newVa); // the customer's new VA belongs to the same won contract
            }
            crm.recordEvent(contract, voided, "FOLLOW_UP_VA", newVa + " follows up " + voided + " ("
                    + followUp.arrival().outcome() + ")");
        }
    }

    /** The new VA was refused (too early): it names its predecessor, which still waits for a new VA. */
    public void refused(FollowUp followUp, VorabstimmungsId newVa) {
        followUps.markFollowUp(newVa, followUp.voidedId(), followUp.arrival().outcome());
    }

    private Optional<Deadline> window(FollowUpRepository.Candidate c) {
        return deadlines.open(c.vaId().value()).stream().filter(d -> d.id() == c.deadlineId()).findFirst()
                .map(FollowUpService::deadline);
    }

    private static Deadline deadline(DeadlineRecord d) {
        return new Deadline(d.awaited(), d.startedOn(), d.notBefore() == null ? d.startedOn() : d.notBefore(), d.due());
    }

    /**
     * The contract the CRM finds for a VA we receive; {@code null} if none or if the CRM cannot be asked now: the
     * receipt of a VA must not depend on a provider's CRM database (the decision worker asks it again later).
     */
    private String contractOf(Vorabstimmungsanfrage va) {
        try {
            return crm.findContract(va) instanceof Vertragssuche.Gefunden g ? g.vertrag().vertragId() : null;
        } catch (RuntimeException e) {
            log.warn("CRM lookup for the follow-up of {} failed, matching by numbers only: {}", va.vorabstimmungsId(),
                    e.toString());
            return null;
        }
    }
}
