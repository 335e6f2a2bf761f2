package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.wbcigateway.domain.deadline.OpenItem;
import org.wbcigateway.domain.deadline.OpenItems;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Transition;
import org.wbcigateway.domain.state.VorabstimmungState;

/**
 * Collects what happens to a Vorabstimmung while the engine takes one message: the transitions applied and their
 * effects. The deadlines are compared once, between the state before and after, so that a VA that is opened and
 * refused in one go opens no deadline.
 */
final class Changes {

    private final Vorabstimmung start;
    private final Rolle ownRole;
    private final Context context;
    private Vorabstimmung current;
    private final List<Transition> transitions = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();

    Changes(Vorabstimmung start, Rolle ownRole, Context context) {
        if (context.calendars().ownRole() != ownRole) {
            throw new IllegalArgumentException("the calendars are for "
                    + context.calendars().ownRole() + ", the Vorabstimmung's role is " + ownRole);
        }
        this.start = start;
        this.ownRole = ownRole;
        this.context = context;
        this.current = start;
    }

    Vorabstimmung current() {
        return current;
    }

    /** Applies an accepted transition caused by {@code message} (a VA opens the Vorabstimmung). */
    void apply(Decision.Accepted accepted, WbciMessage message) {
        Transition transition = accepted.transition();
        VorabstimmungState next = accepted.next();
        current = current == null
                ? new Vorabstimmung((Vorabstimmungsanfrage) message, ownRole, next, null, null, null)
                : current.moved(transition, next, message);
        transitions.add(transition);
        add(new Effect.CrmEvent(
                current.id(),
                CrmEventType.state(next.phase()),
                transition.effect() + " (" + next + ")"
                        + (current.wechseltermin() == null ? "" : ", Wechseltermin " + current.wechseltermin())));
        if (ownRole == Rolle.EKP_ABG) {
            writeBack(transition.effect());
        }
        Klaerfall open = current.klaerfall();
        if (transition.effect() == Transition.Effect.AKM_TR_CONFIRMED
                && open != null
                && open.kind().resolvedByTakeOver()) {
            current = current.withKlaerfall(null);
            add(new Effect.KlaerfallResolved(open));
        }
    }

    void raise(Klaerfall klaerfall) {
        current = current.withKlaerfall(klaerfall);
        add(new Effect.KlaerfallRaised(klaerfall));
    }

    /** The message was stored as received ({@code received}) or queued: the event for the contract's timeline. */
    void stored(WbciMessage message, boolean received, String detail) {
        add(new Effect.CrmEvent(
                message.vorabstimmungsId(),
                received ? CrmEventType.received(message.type()) : CrmEventType.sent(message.type()),
                detail));
    }

    /** An automatic answer leaves. */
    void answer(Meldung answer) {
        add(new Effect.SendAnswer(answer));
        stored(answer, false, "QUEUED");
    }

    void add(Effect effect) {
        effects.add(effect);
    }

    Outcome outcome(Taken taken, List<Violation> violations, List<Violation> warnings) {
        List<Effect> all = new ArrayList<>(effects);
        if (!transitions.isEmpty()) {
            all.addAll(deadlines());
        }
        return new Outcome(taken, current, transitions, all, violations, warnings);
    }

    /** "ACCEPTED", or the verdict and the rules it names, as the contract's timeline shows it. */
    static String detail(Taken taken, List<Violation> rules) {
        return rules.isEmpty()
                ? taken.name()
                : taken + ": " + rules.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }

    private void writeBack(Transition.Effect effect) {
        switch (effect) {
            case AGREED, WECHSELTERMIN_MOVED ->
                add(new Effect.ContractWriteBack(ContractStatus.TERMINATION_PENDING, current.wechseltermin()));
            case CANCELLED, NEW_VA_REQUIRED -> add(new Effect.ContractWriteBack(ContractStatus.ACTIVE, null));
            default -> {}
        }
    }

    /** Items the new state no longer implies are closed; new ones open with their due date (spec §6). */
    private List<Effect> deadlines() {
        VorabstimmungState before = start == null ? VorabstimmungState.NONE : start.state();
        List<OpenItem> was = OpenItems.of(current.geschaeftsfall(), before, null);
        List<OpenItem> now =
                OpenItems.of(current.geschaeftsfall(), current.state(), transitions.get(transitions.size() - 1));
        List<Effect> changed = new ArrayList<>();
        was.stream()
                .filter(item -> !now.contains(item))
                .forEach(item -> changed.add(new Effect.DeadlineClosed(current.id(), item)));
        LocalDate anchor = current.wechseltermin() != null ? current.wechseltermin() : current.kundenwunschtermin();
        now.stream()
                .filter(item -> !was.contains(item))
                .forEach(item -> changed.add(new Effect.DeadlineOpened(
                        current.id(),
                        item,
                        context.deadlines().deadline(item, context.today(), anchor, context.calendars()))));
        return changed;
    }
}
