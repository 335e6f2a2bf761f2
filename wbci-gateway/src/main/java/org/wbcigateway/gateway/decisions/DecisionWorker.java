package org.wbcigateway.gateway.decisions;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.decision.Entscheidung;
import org.wbcigateway.domain.decision.VaDecisionTable;
import org.wbcigateway.domain.decision.Vertragssuche;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.domain.vorabstimmung.Vorabstimmung;
import org.wbcigateway.gateway.actions.ConfirmVorabstimmung;
import org.wbcigateway.gateway.actions.ProtocolViolationException;
import org.wbcigateway.gateway.actions.RefuseVorabstimmung;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.observability.Failures;
import org.wbcigateway.gateway.platform.observability.VaLogContext;
import org.wbcigateway.gateway.platform.persistence.DatabaseUnavailable;
import org.wbcigateway.gateway.platform.scheduling.LoopWorker;
import org.wbcigateway.gateway.platform.scheduling.Woken;
import org.wbcigateway.gateway.platform.tenancy.EffectiveSettings;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.vorabstimmung.Contexts;
import org.wbcigateway.gateway.vorabstimmung.StoredVorabstimmung;
import org.wbcigateway.gateway.vorabstimmung.Vorabstimmungen;

/**
 * Decides what partners ask of us, after the TEQ: a VA (as the EKPabg: looks the contract up in the CRM, applies the
 * decision table, sends the RUEM-VA or ABBM, or puts the VA into the review queue), a TV or Storno (ERLM or ABBM),
 * an AKM-TR (ABBM-TR if the resources do not fit). One transaction per VA, so a crash leaves it
 * PENDING and it is decided again; SKIP LOCKED keeps nodes apart.
 */
@Component
public class DecisionWorker extends LoopWorker {

    private static final Logger log = LoggerFactory.getLogger(DecisionWorker.class);

    private final Vorabstimmungen vorabstimmungen;
    private final DecisionRepository decisions;
    private final CrmPort crm;
    private final ConfirmVorabstimmung confirm;
    private final RefuseVorabstimmung refuse;
    private final GatewayProperties properties;
    private final TransactionTemplate tx;
    private final EffectiveSettings settings;
    private final Tenants tenants;
    private final Contexts contexts;
    private final ChangeRequestDecider changes;

    public DecisionWorker(
            Vorabstimmungen vorabstimmungen,
            DecisionRepository decisions,
            CrmPort crm,
            ConfirmVorabstimmung confirm,
            RefuseVorabstimmung refuse,
            GatewayProperties properties,
            Tenants tenants,
            EffectiveSettings settings,
            TransactionTemplate tx,
            Contexts contexts,
            ChangeRequestDecider changes,
            DecisionWakeup wakeup) {
        super("decision-worker", properties.decision().pollInterval(), wakeup);
        this.vorabstimmungen = vorabstimmungen;
        this.decisions = decisions;
        this.crm = crm;
        this.confirm = confirm;
        this.refuse = refuse;
        this.properties = properties;
        this.tx = tx;
        this.changes = changes;
        this.settings = settings;
        this.tenants = tenants;
        this.contexts = contexts;
    }

    /** Rounds run at the poll interval, and at once after a transaction that left a decision pending committed. */
    @Override
    protected void round(Woken woken) {
        tenants.forEach(tenant -> woken.includes(tenant.id()), tenant -> decidePending());
    }

    /** Decides what is pending; returns how many VAs were handled. */
    public synchronized int decidePending() {
        int handled = 0;
        VorabstimmungsId[] current = new VorabstimmungsId[1];
        while (true) {
            current[0] = null;
            try {
                if (!Boolean.TRUE.equals(tx.execute(status -> decideOne(current)))) {
                    return handled;
                }
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.is(e)) {
                    // nothing was decided (the transaction is gone with the connection): the VA stays PENDING and
                    // is decided in a later round, by whichever node gets it; it is not the VA's fault
                    log.warn(
                            "decisions paused after {} VA(s): database unavailable ({}); resuming next round",
                            handled,
                            e.getMessage());
                    return handled;
                }
                if (current[0] == null) {
                    throw e;
                }
                // the failed transaction is gone; park the VA for a person so it cannot block the others
                VorabstimmungsId failed = current[0];
                try (VaLogContext.Scope va = VaLogContext.open(failed.value())) {
                    log.error("automatic decision of {} failed; review queue", failed, e);
                    tx.executeWithoutResult(
                            status -> decisions.review(failed, ReviewReason.DECISION_FAILED, Failures.describe(e)));
                }
            }
            handled++;
        }
    }

    private boolean decideOne(VorabstimmungsId[] current) {
        List<VorabstimmungsId> pending = decisions.lockPending(1);
        if (pending.isEmpty()) {
            return false;
        }
        VorabstimmungsId id = pending.get(0);
        current[0] = id;
        VaLogContext.bindToTransaction(id.value());
        if (settings.decisionMode() == GatewayProperties.Decision.Mode.REVIEW) {
            // pending since before the mode was switched to REVIEW
            decisions.review(id, ReviewReason.SWITCHED_OFF, null);
            return true;
        }
        StoredVorabstimmung stored = vorabstimmungen.find(id).orElseThrow();
        try {
            if (partnersChangeRequest(stored.aggregate())) {
                changes.decide(stored.aggregate());
                stored = vorabstimmungen.find(id).orElseThrow();
            }
            Vorabstimmung v = stored.aggregate();
            if (v.state().phase() == Phase.VA_PENDING && v.ownRole() == Rolle.EKP_ABG) {
                return decideVa(v);
            }
            changes.checkAkmTr(v);
        } catch (ProtocolViolationException refused) {
            decisions.review(id, ReviewReason.ANSWER_REFUSED, refused.getMessage());
            log.warn("automatic answer for {} refused ({}); review queue", id, refused.getMessage());
            return true;
        }
        decisions.mark(id, DecisionStatus.DONE, null);
        return true;
    }

    private static boolean partnersChangeRequest(Vorabstimmung v) {
        ChangeRequest change = v.state().changeRequest();
        return change != ChangeRequest.NONE && change.requester() == v.ownRole().other();
    }

    private boolean decideVa(Vorabstimmung v) {
        VorabstimmungsId id = v.id();
        Vorabstimmungsanfrage va = v.va();
        Vertragssuche suche = crm.findContract(va);
        if (suche instanceof Vertragssuche.Gefunden g) {
            crm.link(g.vertrag().vertragId(), id);
            crm.recordEvent(
                    g.vertrag().vertragId(),
                    id,
                    CrmEventType.VA_RECEIVED,
                    va.geschaeftsfall().code() + " from " + va.absender());
        }
        // the Wechseltermin it proposes must pass the partner's check of our RUEM-VA
        VaDecisionTable table = new VaDecisionTable(
                Set.copyOf(settings.projektkenner()),
                tenants.current().portierungskennung(),
                contexts.of(v.ownRole(), v.partner()).termine(Direction.OUTGOING));
        Entscheidung e = table.decide(va, suche);
        try {
            if (e instanceof Entscheidung.Zustimmung z) {
                confirm.confirm(id, z.positionen(), z.wechseltermin(), z.technologie(), z.ressourcen(), z.rufnummern());
            } else if (e instanceof Entscheidung.Ablehnung a) {
                refuse.refuse(id, a.positionen(), a.begruendung());
            } else {
                Entscheidung.Pruefung p = (Entscheidung.Pruefung) e;
                decisions.review(id, ReviewReason.of(p.regel()), String.join(", ", p.vertragIds()));
                log.info("VA {} needs a person: {} {}", id, p.regel().id(), p.vertragIds());
                return true;
            }
        } catch (ProtocolViolationException refused) {
            decisions.review(id, ReviewReason.ANSWER_REFUSED, e.regel().id() + ": " + refused.getMessage());
            log.warn("automatic answer to {} refused ({}); review queue", id, refused.getMessage());
            return true;
        }
        decisions.mark(id, DecisionStatus.DONE, e.regel().id());
        log.info("VA {} decided automatically: {}", id, e.regel().id());
        return true;
    }
}
