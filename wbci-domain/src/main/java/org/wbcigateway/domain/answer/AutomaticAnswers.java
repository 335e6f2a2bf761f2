package org.wbcigateway.domain.answer;

import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.followup.FollowUpArrival;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.domain.vorabstimmung.DateRules;
import org.wbcigateway.domain.vorabstimmung.Judge;
import org.wbcigateway.domain.vorabstimmung.Judgement;
import org.wbcigateway.domain.vorabstimmung.Situation;

/**
 * The receiver's automatic answers of spec §7 and §5.3, now a thin view of the protocol engine's {@link Judge} and
 * {@link DateRules}.
 *
 * @deprecated the engine takes a received message whole: {@link
 * org.wbcigateway.domain.vorabstimmung.Vorabstimmung#receive} (or {@code receiveUnknown}) returns the verdict, the
 * next state and the effects (the answer to send included). Remove with the gateway's {@code InboxService.context}
 * and {@code process}.
 */
@Deprecated(forRemoval = true)
public final class AutomaticAnswers {

    private final Terminpruefung termine;

    public AutomaticAnswers(Terminpruefung termine) {
        this.termine = termine;
    }

    public Verdict decide(WbciMessage message, VorabstimmungContext context) {
        Geschaeftsfall gf = message instanceof Vorabstimmungsanfrage va ? va.geschaeftsfall() : context.geschaeftsfall();
        if (gf == null) {
            gf = Geschaeftsfall.VA_KUE_MRN; // unknown Vorabstimmung: the state machine answers 8140 whatever the case
        }
        Anfrage open = context.openRequest();
        Situation situation = new Situation(gf, context.state(), context.ownRole(),
                open instanceof Vorabstimmungsanfrage va ? va : null,
                open instanceof Vorabstimmungsanfrage ? null : open, context.requestIdUsed());
        FollowUpArrival followUp = context.newVaWindow() == null ? null
                : FollowUpArrival.judge(termine, context.newVaWindow());
        Judgement j = Judge.incoming(message, situation,
                DateRules.check(message, gf, context.wechseltermin(), followUp, termine));
        return switch (j.taken()) {
            case ACCEPTED -> new Verdict.Accept(j.accepted(), j.warnings());
            case ANSWERED_ABBM -> new Verdict.Abbm(j.answerCode(), j.begruendung(), j.violations());
            case ANSWERED_ABBM_TR -> new Verdict.AbbmTr(j.answerCode(), j.violations());
            default -> new Verdict.Klaerfall(j.violations());
        };
    }
}
