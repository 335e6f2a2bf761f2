package org.wbcigateway.gateway.vorabstimmung;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.vorabstimmung.Outcome;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.outbox.DeliveryListener;
import org.wbcigateway.gateway.outbox.OutgoingMessage;

/**
 * The partner's TEQ to a message of ours, taken to the engine ({@link Vorabstimmung#deliveryRefused},
 * {@link Vorabstimmung#delivered}) and its outcome stored and carried out: a negative TEQ is a Klaerfall (a refused
 * AKM-TR is owed again, catalogue 1.2.12/1.2.13); a re-sent AKM-TR the partner accepts confirms the take-over. Runs in
 * the outbox's transaction that records the outcome.
 */
@Component
public class TeqVerdicts implements DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(TeqVerdicts.class);

    private final Vorabstimmungen vorabstimmungen;
    private final Contexts contexts;
    private final EffectRunner effects;

    public TeqVerdicts(Vorabstimmungen vorabstimmungen, Contexts contexts, EffectRunner effects) {
        this.vorabstimmungen = vorabstimmungen;
        this.contexts = contexts;
        this.effects = effects;
    }

    @Override
    public void refused(OutgoingMessage message, TeqCode code, String text) {
        vorabstimmungen.lock(VorabstimmungsId.of(message.vaId())).ifPresent(stored -> {
            Vorabstimmung v = stored.aggregate();
            Outcome outcome = v.deliveryRefused(message.type(), code, contexts.of(v.ownRole(), v.partner()));
            carryOut(stored, outcome, message);
            log.warn(
                    "{} of {} refused by {} with TEQ {}: {}",
                    message.type().abbreviation(),
                    message.vaId(),
                    message.partner(),
                    code.code(),
                    outcome.next().state());
        });
    }

    @Override
    public void delivered(OutgoingMessage message) {
        if (!Vorabstimmung.deliveryMatters(message.type())) {
            return;
        }
        vorabstimmungen.lock(VorabstimmungsId.of(message.vaId())).ifPresent(stored -> {
            Vorabstimmung v = stored.aggregate();
            carryOut(stored, v.delivered(message.type(), contexts.of(v.ownRole(), v.partner())), message);
        });
    }

    private void carryOut(StoredVorabstimmung stored, Outcome outcome, OutgoingMessage message) {
        vorabstimmungen.save(Optional.of(stored), outcome.next(), null, null);
        effects.run(outcome, message.partner(), null);
    }
}
