package org.wbcigateway.gateway.actions;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.domain.vorabstimmung.Context;
import org.wbcigateway.domain.vorabstimmung.Outcome;
import org.wbcigateway.domain.vorabstimmung.Taken;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.Contexts;
import org.wbcigateway.gateway.vorabstimmung.EffectRunner;
import org.wbcigateway.gateway.vorabstimmung.Ledger;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;

/**
 * The path every action's message takes, in the caller's transaction: the engine judges it as the partner will
 * ({@link Vorabstimmung#send}, {@link Vorabstimmung#sendVa}); a refused message throws
 * {@link ProtocolViolationException} naming the rules before anything is written (so it does not spoil a caller's
 * transaction: the automatic decisions rely on that); an accepted one is stored and queued, the next Vorabstimmung
 * stored and the outcome's effects carried out.
 */
@Component
class SendPath {

    private final Tenants tenants;
    private final Vorabstimmungen vorabstimmungen;
    private final Contexts contexts;
    private final Ledger ledger;
    private final EffectRunner effects;

    SendPath(Tenants tenants, Vorabstimmungen vorabstimmungen, Contexts contexts, Ledger ledger, EffectRunner effects) {
        this.tenants = tenants;
        this.vorabstimmungen = vorabstimmungen;
        this.contexts = contexts;
        this.ledger = ledger;
        this.effects = effects;
    }

    /** The Vorabstimmung, locked for this transaction. */
    StoredVorabstimmung lock(VorabstimmungsId vaId) {
        VaLogContext.bindToTransaction(vaId.value());
        return vorabstimmungen.require(vaId);
    }

    /** A message in the Vorabstimmung, which the caller has locked. */
    Sent send(StoredVorabstimmung stored, WbciMessage message) {
        Vorabstimmung v = stored.aggregate();
        return carryOut(Optional.of(stored), v.send(message, contexts.of(v.ownRole(), v.partner())), message, null);
    }

    /**
     * A VA, which opens a Vorabstimmung.
     *
     * @param context    the context for it ({@link #context}), with the voided Vorabstimmungen it may follow up
     * @param contractId the won CRM contract it is for, {@code null} if none
     */
    Sent sendVa(Vorabstimmungsanfrage va, Context context, String contractId) {
        VaLogContext.bindToTransaction(va.vorabstimmungsId().value());
        return carryOut(Optional.empty(), Vorabstimmung.sendVa(va, context), va, contractId);
    }

    /** The context for a message to this partner, in a Vorabstimmung in which we have this role. */
    Context context(Rolle ownRole, CarrierCode partner) {
        return contexts.of(ownRole, partner);
    }

    private Sent carryOut(
            Optional<StoredVorabstimmung> before, Outcome outcome, WbciMessage message, String contractId) {
        if (outcome.taken() == Taken.REFUSED) {
            throw refused(outcome.violations());
        }
        CarrierCode partner = outcome.next().partner();
        long id = ledger.queue(message, partner);
        vorabstimmungen.save(before, outcome.next(), id, message);
        effects.run(outcome, partner, contractId);
        return new Sent(message.vorabstimmungsId(), id, outcome.warnings());
    }

    /** What the state rules forbid is a conflict with the Vorabstimmung; anything else a faulty message. */
    static ProtocolViolationException refused(List<Violation> violations) {
        return new ProtocolViolationException(
                violations.stream().anyMatch(v -> v.rule() instanceof StateRule)
                        ? ProtocolViolationException.Kind.STATE
                        : ProtocolViolationException.Kind.CONTENT,
                violations);
    }

    /** Nothing to answer: no TV or Storno is active. */
    static ProtocolViolationException noChangeRequest(VorabstimmungsId vaId) {
        return new ProtocolViolationException(
                ProtocolViolationException.Kind.STATE,
                List.of(new Violation(StateRule.NO_MATCHING_CHANGE_REQUEST, "no TV or Storno is active on " + vaId)));
    }

    /** The tenant in scope: who sends. */
    CarrierCode self() {
        return tenants.current().code();
    }

    Portierungskennung ownPki() {
        return tenants.current().portierungskennung();
    }
}
