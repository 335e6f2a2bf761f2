package org.wbcigateway.domain.vorabstimmung;

import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Decision;

/**
 * {@link Judge}'s verdict on one message, before anything is applied.
 *
 * @param accepted    the transition, when {@link Taken#ACCEPTED}
 * @param answerCode  the code of the automatic ABBM or ABBM-TR, when answered
 * @param begruendung the Begruendung of the automatic ABBM
 */
record Judgement(
        Taken taken,
        Decision.Accepted accepted,
        Meldungscode answerCode,
        String begruendung,
        List<Violation> violations,
        List<Violation> warnings) {

    public Judgement {
        Objects.requireNonNull(taken, "taken");
        if ((taken == Taken.ACCEPTED) != (accepted != null)) {
            throw new IllegalArgumentException(taken + (accepted == null ? " needs" : " has no") + " a transition");
        }
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    static Judgement accept(Decision.Accepted accepted, List<Violation> warnings) {
        return new Judgement(Taken.ACCEPTED, accepted, null, null, List.of(), warnings);
    }

    static Judgement abbm(Meldungscode code, String begruendung, List<Violation> violations) {
        return new Judgement(Taken.ANSWERED_ABBM, null, code, begruendung, violations, List.of());
    }

    static Judgement abbmTr(Meldungscode code, List<Violation> violations) {
        return new Judgement(Taken.ANSWERED_ABBM_TR, null, code, null, violations, List.of());
    }

    static Judgement klaerfall(List<Violation> violations) {
        return new Judgement(Taken.KLAERFALL, null, null, null, violations, List.of());
    }

    static Judgement refused(List<Violation> violations) {
        return new Judgement(Taken.REFUSED, null, null, null, violations, List.of());
    }
}
