package org.wbcigateway.gateway.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.actions.AcceptChangeRequest;
import org.wbcigateway.gateway.actions.RefuseChangeRequest;
import org.wbcigateway.gateway.actions.RefuseTakeOver;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.StoredMessages;

/**
 * Answers a partner's TV or Storno and checks a partner's AKM-TR against the contract data, in the caller's
 * transaction. Stornos are confirmed (their dates and state were checked on arrival, spec §7); a TV is confirmed
 * unless it moves the date before the contract's earliest end; an AKM-TR is refused with ABBM-TR when it names
 * resources that are unknown, another contract's or not transferable.
 */
@Component
class ChangeRequestDecider {

    private static final Logger log = LoggerFactory.getLogger(ChangeRequestDecider.class);

    private final MessageRepository messages;
    private final StoredMessages stored;
    private final CrmPort crm;
    private final AcceptChangeRequest accept;
    private final RefuseChangeRequest refuse;
    private final RefuseTakeOver refuseTakeOver;
    private final Clock clock;

    /** @param clock business time (ADR 0004) */
    ChangeRequestDecider(
            MessageRepository messages,
            StoredMessages stored,
            CrmPort crm,
            AcceptChangeRequest accept,
            RefuseChangeRequest refuse,
            RefuseTakeOver refuseTakeOver,
            Clock clock) {
        this.messages = messages;
        this.stored = stored;
        this.crm = crm;
        this.accept = accept;
        this.refuse = refuse;
        this.refuseTakeOver = refuseTakeOver;
        this.clock = clock;
    }

    void decide(Vorabstimmung v) {
        Anfrage request = v.changeRequest();
        if (request instanceof Terminverschiebung tv) {
            LocalDate end = crm.contractOf(v.id())
                    .flatMap(crm::contract)
                    .map(c -> c.earliestEnd(LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE)))
                    .orElse(null);
            Optional<List<Meldungsposition>> refusal = ChangeDecisions.refuseTv(tv, end);
            if (refusal.isPresent()) {
                refuse.refuse(v.id(), refusal.get(), "Neuer Termin vor dem fruehesten Vertragsende " + end);
                log.info("TV {} refused: before the contract's earliest end {}", tv.aenderungsId(), end);
                return;
            }
        }
        accept.accept(v.id());
        log.info("{} on {} confirmed automatically", request.type().abbreviation(), v.id());
    }

    /** The partner's latest AKM-TR that was taken over, checked against the contract's resources. */
    void checkAkmTr(Vorabstimmung v) {
        if (v.ownRole() != Rolle.EKP_ABG
                || v.state().phase() != Phase.AGREED
                || v.state().akmTr() != AkmTrStatus.CONFIRMED) {
            return;
        }
        Optional<Long> latest = messages.latest(
                v.id().value(), MessageRecord.Direction.IN, MessageType.AKM_TR, MessageRecord.Outcome.ACCEPTED);
        Optional<String> contract = crm.contractOf(v.id());
        if (latest.isEmpty() || contract.isEmpty()) {
            return;
        }
        UebernahmeRessource akm = (UebernahmeRessource) stored.read(latest.get());
        List<Meldungsposition> refusals =
                ChangeDecisions.refuseAkmTr(akm.uebernahmeLeitungen(), contract.get(), crm::resourceOwners);
        if (!refusals.isEmpty()) {
            refuseTakeOver.refuse(v.id(), refusals);
            log.info(
                    "AKM-TR on {} refused with {}",
                    v.id(),
                    refusals.get(0).meldungscode().code());
        }
    }
}
