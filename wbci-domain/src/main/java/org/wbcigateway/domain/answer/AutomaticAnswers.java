package org.wbcigateway.domain.answer;

import java.util.ArrayList;
import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.followup.FollowUpArrival;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
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
 * The receiver's automatic answers of spec §7 and §5.3, in the order a receiver applies them: the state rules
 * (unknown VA 8140, used ID 8115, TV 8141, Storno 8142, duplicate AKM-TR 8148), then the content rules, then the
 * dates of §6 (for a new VA that follows up a voided one also its arrival, {@link FollowUpArrival}). A request that fails is answered with an ABBM; a Meldung that fails becomes a Klaerfall.
 * Everything this class accepts still goes to the business decision (CRM rules or an operator).
 */
public final class AutomaticAnswers {

    private final VorabstimmungStateMachine machine = new VorabstimmungStateMachine();
    private final ContentRules contentRules = new ContentRules();
    private final Terminpruefung termine;

    public AutomaticAnswers(Terminpruefung termine) {
        this.termine = termine;
    }

    public Verdict decide(WbciMessage message, VorabstimmungContext context) {
        Event event = Event.of(message).orElse(null);
        if (event == null) {
            return new Verdict.Klaerfall(contentRules.check(message));
        }
        Geschaeftsfall gf = message instanceof Vorabstimmungsanfrage va ? va.geschaeftsfall() : context.geschaeftsfall();
        if (gf == null) {
            gf = Geschaeftsfall.VA_KUE_MRN; // unknown Vorabstimmung: the state machine answers 8140 whatever the case
        }
        Decision decision = machine.decide(gf, context.state(), context.ownRole(), Direction.INCOMING, event);
        if (decision instanceof Decision.Rejected rejected) {
            return refuse(rejected.response(), List.of(rejected.violation()));
        }
        if (context.requestIdUsed() && message instanceof Anfrage anfrage) {
            return refuse(Response.abbm(Meldungscode.BVID), List.of(new Violation(StateRule.ID_ALREADY_USED,
                    anfrage.id().value() + " was already used for a different message")));
        }
        List<Violation> violations = new ArrayList<>(contentRules.check(message));
        if (message instanceof Meldung meldung && context.openRequest() != null && answersOpenRequest(event)) {
            violations.addAll(contentRules.checkAnswer(meldung, context.openRequest()));
        }
        List<Violation> warnings = new ArrayList<>();
        DateCheck dates = checkDates(message, gf, context);
        violations.addAll(dates.violations());
        warnings.addAll(dates.warnings());
        if (!violations.isEmpty()) {
            return message instanceof Anfrage ? abbm(violations) : new Verdict.Klaerfall(violations);
        }
        return new Verdict.Accept((Decision.Accepted) decision, List.copyOf(warnings));
    }

    private DateCheck checkDates(WbciMessage message, Geschaeftsfall gf, VorabstimmungContext context) {
        if (message instanceof Vorabstimmungsanfrage va) {
            DateCheck kwt = termine.checkKundenwunschtermin(gf, va.kundenwunschtermin());
            return context.newVaWindow() == null ? kwt
                    : kwt.and(FollowUpArrival.judge(termine, context.newVaWindow()).check());
        }
        if (message instanceof Terminverschiebung tv) {
            DateCheck arrival = termine.checkTvArrival(context.wechseltermin());
            DateCheck date = termine.checkNeuerKundenwunschtermin(gf, tv.neuerKundenwunschtermin(),
                    context.wechseltermin());
            return arrival.and(date);
        }
        if (message instanceof Storno storno && storno.art().isAufhebung() && context.wechseltermin() != null) {
            return termine.checkStornoAufhebungArrival(context.wechseltermin());
        }
        if (message instanceof RueckmeldungVorabstimmung ruem) {
            return termine.checkWechseltermin(gf, ruem.wechseltermin());
        }
        return DateCheck.accepted();
    }

    private static boolean answersOpenRequest(Event event) {
        return event != Event.AKM_TR && event != Event.ABBM_TR;
    }


    private static Verdict abbm(List<Violation> violations) {
        AbbmAnswer answer = AbbmAnswer.forViolations(violations);
        return new Verdict.Abbm(answer.code(), answer.begruendung(), List.copyOf(violations));
    }

    private static Verdict refuse(Response response, List<Violation> violations) {
        return switch (response.kind()) {
            case ABBM -> new Verdict.Abbm(response.code(),
                    AbbmAnswer.forViolations(violations).begruendung(), violations);
            case ABBM_TR -> new Verdict.AbbmTr(response.code(), violations);
            default -> new Verdict.Klaerfall(violations);
        };
    }
}
