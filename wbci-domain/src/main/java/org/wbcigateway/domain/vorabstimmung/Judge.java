package org.wbcigateway.domain.vorabstimmung;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.rule.AbbmAnswer;
import org.wbcigateway.domain.rule.ContentRules;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Decision;
import org.wbcigateway.domain.state.Direction;
import org.wbcigateway.domain.state.Event;
import org.wbcigateway.domain.state.Response;
import org.wbcigateway.domain.state.StateRule;
import org.wbcigateway.domain.state.VorabstimmungStateMachine;

/**
 * The rules a message must pass, in the order its judge applies them; the dates come in as a {@link DateCheck} from
 * {@link DateRules}. Stateless.
 * <ul>
 *   <li><b>Received</b> (spec §5.3, §7): the state rules first (unknown VA 8140, used VA-ID 8115, TV 8141, Storno
 *       8142, duplicate AKM-TR 8148), then a reused TV or Storno ID (8115), then the content rules and the rules
 *       tying a Meldung to the request it answers, then the dates. A request that fails is answered with an ABBM, an
 *       AKM-TR that breaks a state rule with an ABBM-TR, any other Meldung becomes a Klaerfall.</li>
 *   <li><b>Sent</b>: checked as the partner will check it — content, the request it answers, the codes that may
 *       answer that request ({@link AnswerKind}), the dates — then the state rules. A message that fails is refused.</li>
 * </ul>
 */
final class Judge {

    private static final VorabstimmungStateMachine MACHINE = new VorabstimmungStateMachine();
    private static final ContentRules CONTENT = new ContentRules();

    private Judge() {}

    static Judgement incoming(WbciMessage message, Situation s, DateCheck dates) {
        Optional<Event> event = Event.of(message);
        if (event.isEmpty()) {
            return Judgement.klaerfall(CONTENT.check(message));
        }
        Decision decision = MACHINE.decide(s.geschaeftsfall(), s.state(), s.ownRole(), Direction.INCOMING, event.get());
        if (decision instanceof Decision.Rejected rejected) {
            return answer(rejected.response(), List.of(rejected.violation()));
        }
        if (s.requestIdUsed() && message instanceof Anfrage anfrage) {
            return answer(
                    Response.abbm(Meldungscode.BVID),
                    List.of(new Violation(
                            StateRule.ID_ALREADY_USED,
                            anfrage.id().value() + " was already used for a different message")));
        }
        List<Violation> violations = new ArrayList<>(contentAndAnswer(message, event.get(), s));
        violations.addAll(dates.violations());
        if (!violations.isEmpty()) {
            return message instanceof Anfrage ? abbm(violations) : Judgement.klaerfall(violations);
        }
        return Judgement.accept((Decision.Accepted) decision, dates.warnings());
    }

    static Judgement outgoing(WbciMessage message, Situation s, DateCheck dates) {
        Optional<Event> event = Event.of(message);
        List<Violation> violations =
                new ArrayList<>(event.isEmpty() ? CONTENT.check(message) : contentAndAnswer(message, event.get(), s));
        if (message instanceof Meldung meldung && event.isPresent()) {
            AnswerKind.of(event.get()).ifPresent(kind -> violations.addAll(kind.check(meldung.positionen(), s.va())));
        }
        violations.addAll(dates.violations());
        if (!violations.isEmpty() || event.isEmpty()) {
            return Judgement.refused(violations);
        }
        Decision decision = MACHINE.decide(s.geschaeftsfall(), s.state(), s.ownRole(), Direction.OUTGOING, event.get());
        if (decision instanceof Decision.Rejected rejected) {
            return Judgement.refused(List.of(rejected.violation()));
        }
        return Judgement.accept((Decision.Accepted) decision, dates.warnings());
    }

    private static List<Violation> contentAndAnswer(WbciMessage message, Event event, Situation s) {
        List<Violation> violations = new ArrayList<>(CONTENT.check(message));
        Anfrage answered = s.answeredBy(event);
        if (message instanceof Meldung meldung && answered != null) {
            violations.addAll(CONTENT.checkAnswer(meldung, answered));
        }
        return violations;
    }

    private static Judgement abbm(List<Violation> violations) {
        AbbmAnswer answer = AbbmAnswer.forViolations(violations);
        return Judgement.abbm(answer.code(), answer.begruendung(), violations);
    }

    private static Judgement answer(Response response, List<Violation> violations) {
        return switch (response.kind()) {
            case ABBM ->
                Judgement.abbm(
                        response.code(), AbbmAnswer.forViolations(violations).begruendung(), violations);
            case ABBM_TR -> Judgement.abbmTr(response.code(), violations);
            default -> Judgement.klaerfall(violations);
        };
    }
}
