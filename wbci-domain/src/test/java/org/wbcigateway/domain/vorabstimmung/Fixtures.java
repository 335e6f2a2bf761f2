package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.calendar.WorkingDayCalendar;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.domain.deadline.PartyCalendars;
import org.wbcigateway.domain.fixtures.KftMessages;
import org.wbcigateway.domain.message.Anfrage;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.state.AkmTrStatus;
import org.wbcigateway.domain.state.ChangeRequest;
import org.wbcigateway.domain.state.Phase;
import org.wbcigateway.domain.state.VorabstimmungState;

/**
 * The engine's test situation: the interop catalogue's standard data ({@link KftMessages}, KWT 2026-12-16), both
 * parties in Bayern, judged on Wednesday 2026-11-25 (the KWT 15 AT ahead). The carrier codes do not matter to the
 * engine: with {@code ownRole} EKP_AUF we play {@code DEU.PRTN}, with EKP_ABG {@code DEU.GWAY}.
 */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final WorkingDayCalendar BY = WorkingDayCalendar.of(Bundesland.BY);

    private Fixtures() {}

    static Context context(Rolle ownRole) {
        return context(ownRole, TODAY);
    }

    static Context context(Rolle ownRole, LocalDate today) {
        return Context.of(today, new PartyCalendars(ownRole, BY, BY), Fristen.defaults());
    }

    static VorabstimmungState state(String text) {
        String[] p = text.split("/");
        return new VorabstimmungState(Phase.valueOf(p[0]), AkmTrStatus.valueOf(p[1]), ChangeRequest.valueOf(p[2]));
    }

    /** A VA-KUE-MRN in this state (e.g. {@code AGREED/AWAITED/TV}); agreed on the KWT once past the RUEM-VA. */
    static Vorabstimmung vorabstimmung(Rolle ownRole, String state, Anfrage changeRequest) {
        return vorabstimmung(Geschaeftsfall.VA_KUE_MRN, ownRole, state, changeRequest);
    }

    static Vorabstimmung vorabstimmung(Geschaeftsfall gf, Rolle ownRole, String state, Anfrage changeRequest) {
        VorabstimmungState s = state(state);
        return new Vorabstimmung(
                KftMessages.va(gf),
                ownRole,
                s,
                s.phase() == Phase.VA_PENDING ? null : KftMessages.KWT,
                changeRequest,
                null);
    }

    /** Each effect in one short line, for tables of expected effects. */
    static List<String> describe(List<Effect> effects) {
        return effects.stream().map(Fixtures::describe).toList();
    }

    static String describe(Effect effect) {
        if (effect instanceof Effect.SendAnswer a) {
            return "answer " + a.answer().type().abbreviation() + " " + codes(a.answer());
        }
        if (effect instanceof Effect.DeadlineOpened d) {
            return "open " + d.item().awaited() + "/" + d.item().owedBy() + " due "
                    + d.deadline().due();
        }
        if (effect instanceof Effect.DeadlineClosed d) {
            return "close " + d.item().awaited() + "/" + d.item().owedBy();
        }
        if (effect instanceof Effect.KlaerfallRaised k) {
            return "klaerfall " + k.klaerfall().kind();
        }
        if (effect instanceof Effect.KlaerfallResolved k) {
            return "resolved " + k.klaerfall().kind();
        }
        if (effect instanceof Effect.DecisionNeeded d) {
            return "decide " + d.subject();
        }
        if (effect instanceof Effect.CrmEvent c) {
            return "crm " + c.type().feedName();
        }
        if (effect instanceof Effect.ContractWriteBack w) {
            return "writeback " + w.status() + (w.terminationDate() == null ? "" : " " + w.terminationDate());
        }
        if (effect instanceof Effect.FollowUpLinked f) {
            return "follow-up linked " + f.arrival();
        }
        return "follow-up refused " + ((Effect.FollowUpRefused) effect).arrival();
    }

    static String codes(Meldung meldung) {
        return meldung.positionen().stream().map(p -> p.meldungscode().code()).collect(Collectors.joining("+"));
    }
}
