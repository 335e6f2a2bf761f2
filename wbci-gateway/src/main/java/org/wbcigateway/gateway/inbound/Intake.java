package org.wbcigateway.gateway.inbound;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.vorabstimmung.Context;
import org.wbcigateway.domain.vorabstimmung.Outcome;
import org.wbcigateway.domain.vorabstimmung.Taken;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.vorabstimmung.Contexts;
import org.wbcigateway.gateway.vorabstimmung.EffectRunner;
import org.wbcigateway.gateway.vorabstimmung.FollowUpService;
import org.wbcigateway.gateway.vorabstimmung.IssuedIdRepository;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;

/**
 * A checked inbound message, taken to the engine in the receipt's transaction: the Vorabstimmung it refers to is
 * locked and asked ({@link Vorabstimmung#receive}, or {@link Vorabstimmung#receiveUnknown} for an unknown VA-ID);
 * then the message, the next Vorabstimmung and the outcome's effects (an automatic answer, deadlines, a Klaerfall, a
 * decision to make, CRM events) are stored. The engine decides; nothing here does.
 */
@Component
class Intake {

    private final Vorabstimmungen vorabstimmungen;
    private final Contexts contexts;
    private final IssuedIdRepository issuedIds;
    private final FollowUpService followUps;
    private final Ledger ledger;
    private final EffectRunner effects;

    Intake(
            Vorabstimmungen vorabstimmungen,
            Contexts contexts,
            IssuedIdRepository issuedIds,
            FollowUpService followUps,
            Ledger ledger,
            EffectRunner effects) {
        this.vorabstimmungen = vorabstimmungen;
        this.contexts = contexts;
        this.issuedIds = issuedIds;
        this.followUps = followUps;
        this.ledger = ledger;
        this.effects = effects;
    }

    /**
     * @param ownRole the role the message names us in
     * @param digest  the digest of {@code raw}
     */
    void take(WbciMessage message, byte[] raw, CarrierCode sender, Rolle ownRole, String digest) {
        take(message, raw, sender, ownRole, digest, null);
    }

    /**
     * @param receivedAt when it was received, if before now (held for routing, ADR 0015): the engine judges it on
     *                   that day, so its deadlines run from its receipt
     */
    void take(
            WbciMessage message,
            byte[] raw,
            CarrierCode sender,
            Rolle ownRole,
            String digest,
            java.time.Instant receivedAt) {
        Optional<StoredVorabstimmung> stored = vorabstimmungen.lock(message.vorabstimmungsId());
        Rolle role = stored.map(s -> s.aggregate().ownRole()).orElse(ownRole);
        CarrierCode partner = stored.map(s -> s.aggregate().partner()).orElse(sender);
        Context context = (receivedAt == null ? contexts.of(role, partner) : contexts.of(role, partner, receivedAt))
                .withRequestIdUsed(idUsedBefore(message, digest));
        if (stored.isEmpty() && role == Rolle.EKP_ABG && message instanceof Vorabstimmungsanfrage va) {
            context = followUps.withCandidates(context, va, role, sender, null);
        }
        Outcome outcome = stored.isPresent()
                ? stored.get().aggregate().receive(message, context)
                : Vorabstimmung.receiveUnknown(message, role, context);
        long id = ledger.store(
                message,
                MessageRecord.Direction.IN,
                sender,
                raw,
                MessageRecord.Outcome.received(outcome.taken()),
                describe(outcome.taken() == Taken.ACCEPTED ? outcome.warnings() : outcome.violations()));
        if (outcome.next() != null) {
            vorabstimmungen.save(stored, outcome.next(), id, message);
        }
        effects.run(outcome, sender, null);
    }

    /** A TV or Storno whose ID was used before by a different message (§7: 8115); a VA's ID is the state's to judge. */
    private boolean idUsedBefore(WbciMessage message, String digest) {
        return message instanceof Anfrage a
                && !(message instanceof Vorabstimmungsanfrage)
                && issuedIds
                        .digestOf(a.id().value())
                        .filter(d -> !d.equals(digest))
                        .isPresent();
    }

    private static String describe(List<Violation> violations) {
        return violations.isEmpty()
                ? null
                : violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }
}
