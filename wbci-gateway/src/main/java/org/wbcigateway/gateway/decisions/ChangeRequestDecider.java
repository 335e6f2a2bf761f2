package org.wbcigateway.gateway.decisions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.decision.ChangeDecisions;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.gateway.actions.AcceptChangeRequest;
import org.wbcigateway.gateway.actions.RefuseChangeRequest;
import org.wbcigateway.gateway.actions.RefuseTakeOver;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;
import org.wbcigateway.gateway.vorabstimmung.VorabstimmungRecord;
import org.wbcigateway.wire.WbciCodec;

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
    private final CrmPort crm;
    private final AcceptChangeRequest accept;
    private final RefuseChangeRequest refuse;
    private final RefuseTakeOver refuseTakeOver;
    private final WbciCodec codec;
    private final java.time.Clock clock;

    ChangeRequestDecider(MessageRepository messages, CrmPort crm, AcceptChangeRequest accept,
                         RefuseChangeRequest refuse, RefuseTakeOver refuseTakeOver, WbciCodec codec,
                         java.time.Clock clock) {
        this.messages = messages;
        this.crm = crm;
        this.accept = accept;
        this.refuse = refuse;
        this.refuseTakeOver = refuseTakeOver;
        this.codec = codec;
        this.clock = clock;
    }

    void decide(VorabstimmungRecord r) {
        WbciMessage request = read(messages.find(r.changeRequestId()).orElseThrow());
        if (request instanceof Terminverschiebung tv) {
            LocalDate end = crm.contractOf(r.vaId()).flatMap(crm::contract)
                    .map(c -> c.earliestEnd(LocalDate.ofInstant(clock.instant(), Terminpruefung.ZONE))).orElse(null);
            Optional<List<Meldungsposition>> refusal = ChangeDecisions.refuseTv(tv, end);
            if (refusal.isPresent()) {
                refuse.refuse(r.vaId(), refusal.get(),
                        "Neuer Termin vor dem fruehesten Vertragsende " + end);
                log.info("TV {} refused: before the contract's earliest end {}", tv.aenderungsId(), end);
                return;
            }
        }
        accept.accept(r.vaId());
        log.info("{} on {} confirmed automatically", request.type().abbreviation(), r.vaId());
    }

    void checkAkmTr(VorabstimmungRecord r) {
        if (r.ownRole() != Rolle.EKP_ABG || r.state().phase() != Phase.AGREED
                || r.state().akmTr() != AkmTrStatus.CONFIRMED) {
            return;
        }
        Optional<MessageRecord> latest = messages.timeline(r.vaId().value()).stream()
                .filter(m -> m.direction() == MessageRecord.Direction.IN && m.type() == MessageType.AKM_TR
                        && m.outcome() == MessageRecord.Outcome.ACCEPTED)
                .max(Comparator.comparingLong(MessageRecord::id));
        Optional<String> contract = crm.contractOf(r.vaId());
        if (latest.isEmpty() || contract.isEmpty()) {
            return;
        }
        UebernahmeRessource akm = (UebernahmeRessource) read(latest.get());
        List<Meldungsposition> refusals = ChangeDecisions.refuseAkmTr(akm.uebernahmeLeitungen(), contract.get(),
                crm::resourceOwners);
        if (!refusals.isEmpty()) {
            refuseTakeOver.refuse(r.vaId(), refusals);
            log.info("AKM-TR on {} refused with {}", r.vaId(), refusals.get(0).meldungscode().code());
        }
    }

    private WbciMessage read(MessageRecord m) {
        return codec.readMessage(m.raw()).payload();
    }
}
