package org.wbcigateway.domain.vorabstimmung;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Meldungsposition;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.UebernahmeRessource;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;

/** A message we receive, taken as its receiver must (spec §5.3, §7): accepted, answered, or a Klaerfall. */
final class Reception {

    private static final VorabstimmungStateMachine MACHINE = new VorabstimmungStateMachine();

    private Reception() {}

    /** @param current the Vorabstimmung the message refers to; {@code null} if its VA-ID is unknown */
    static Outcome receive(Vorabstimmung current, WbciMessage message, Rolle ownRole, Context context) {
        Geschaeftsfall gf = message instanceof Vorabstimmungsanfrage va
                ? va.geschaeftsfall()
                : current != null
                        ? current.geschaeftsfall()
                        : Geschaeftsfall
                                .VA_KUE_MRN; // unknown Vorabstimmung: the state rules answer 8140 whatever the case
        Optional<FollowUp> followUp = current == null && message instanceof Vorabstimmungsanfrage va
                ? FollowUp.of(va, Direction.INCOMING, context)
                : Optional.empty();
        Situation situation = current == null
                ? new Situation(gf, VorabstimmungState.NONE, ownRole, null, null, context.requestIdUsed())
                : new Situation(
                        gf, current.state(), ownRole, current.va(), current.changeRequest(), context.requestIdUsed());
        DateCheck dates = DateRules.check(
                message,
                gf,
                current == null ? null : current.wechseltermin(),
                followUp.map(FollowUp::arrival).orElse(null),
                context.termine(Direction.INCOMING));
        Judgement judgement = Judge.incoming(message, situation, dates);
        Changes changes = new Changes(current, ownRole, context);
        changes.stored(
                message,
                true,
                Changes.detail(
                        judgement.taken(),
                        judgement.taken() == Taken.ACCEPTED ? judgement.warnings() : judgement.violations()));
        switch (judgement.taken()) {
            case ACCEPTED -> accepted(message, judgement.accepted(), followUp, changes);
            case ANSWERED_ABBM -> {
                Anfrage request = (Anfrage) message;
                if (current == null && request instanceof Vorabstimmungsanfrage va) {
                    openAndEnd(va, gf, ownRole, changes);
                    followUp.ifPresent(f -> f.refused(va.vorabstimmungsId(), changes));
                }
                changes.answer(Meldungen.abbm(
                        request,
                        self(message, ownRole),
                        judgement.answerCode(),
                        judgement.begruendung(),
                        current == null ? null : current.wechseltermin()));
            }
            case ANSWERED_ABBM_TR ->
                changes.answer(Meldungen.abbmTr(
                        (UebernahmeRessource) message,
                        self(message, ownRole),
                        List.of(Meldungsposition.of(judgement.answerCode())),
                        current == null ? ((Meldung) message).geschaeftsfall() : gf));
            default -> {
                if (current != null) {
                    changes.raise(new Klaerfall(
                            KlaerfallKind.MELDUNG_BREAKS_RULE,
                            message.type().abbreviation() + ": "
                                    + judgement.violations().stream()
                                            .map(Violation::describe)
                                            .collect(Collectors.joining("; "))));
                }
            }
        }
        return changes.outcome(judgement.taken(), judgement.violations(), judgement.warnings());
    }

    private static void accepted(
            WbciMessage message, Decision.Accepted accepted, Optional<FollowUp> followUp, Changes changes) {
        changes.apply(accepted, message);
        Transition transition = accepted.transition();
        if (transition == Transition.VA_OPENS) {
            changes.add(new Effect.DecisionNeeded(DecisionSubject.PARTNER_VA));
        } else if (transition == Transition.AKM_TR_TAKES_OVER) {
            changes.add(new Effect.DecisionNeeded(DecisionSubject.PARTNER_AKM_TR));
        } else if (transition.effect() == Transition.Effect.CHANGE_REQUESTED) {
            changes.add(new Effect.DecisionNeeded(DecisionSubject.PARTNER_CHANGE_REQUEST));
        } else if (transition == Transition.ABBM_TR_REJECTS_AKM_TR) {
            // the take-over was refused: an operator corrects the AKM-TR (interop catalogue 1.2.08-1.2.10)
            changes.raise(new Klaerfall(
                    KlaerfallKind.TAKE_OVER_REFUSED,
                    "ABBM-TR "
                            + ((Meldung) message)
                                    .positionen().stream()
                                            .map(p -> p.meldungscode().code())
                                            .collect(Collectors.joining("+"))));
        }
        followUp.ifPresent(f -> f.linked(message.vorabstimmungsId(), changes));
    }

    /**
     * A new VA we refuse still leaves a Vorabstimmung behind, so that its timeline can be shown: the VA opens it and
     * our ABBM ends it, both through the transition table. A VA that cannot even open one (it names us as EKPauf)
     * leaves none.
     */
    private static void openAndEnd(Vorabstimmungsanfrage va, Geschaeftsfall gf, Rolle ownRole, Changes changes) {
        if (MACHINE.decide(gf, VorabstimmungState.NONE, ownRole, Direction.INCOMING, Event.VA)
                instanceof Decision.Accepted opened) {
            changes.apply(opened, va);
            changes.apply(
                    (Decision.Accepted) MACHINE.decide(gf, opened.next(), ownRole, Direction.OUTGOING, Event.ABBM_VA),
                    va);
        }
    }

    /** Our carrier code: the one the message names for our role. */
    private static org.wbcigateway.domain.id.CarrierCode self(WbciMessage message, Rolle ownRole) {
        return message.endkundenvertragspartner().of(ownRole);
    }
}
