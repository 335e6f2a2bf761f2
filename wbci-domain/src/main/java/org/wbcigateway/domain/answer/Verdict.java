package org.wbcigateway.domain.answer;

import java.util.List;
import org.wbcigateway.domain.code.Meldungscode;
import org.wbcigateway.domain.rule.Violation;
import org.wbcigateway.domain.state.Decision;

/**
 * What the receiver does with an incoming message after a positive TEQ (spec §5.3, §7).
 *
 * @deprecated replaced by the engine's {@link org.wbcigateway.domain.vorabstimmung.Outcome} (its {@code taken},
 * violations, warnings and the answer as an effect); remove with {@link AutomaticAnswers}.
 */
@Deprecated(forRemoval = true)
public sealed interface Verdict {

    /** Allowed: apply the transition. Warnings (e.g. a short lead time) are shown, not answered. */
    record Accept(Decision.Accepted decision, List<Violation> warnings) implements Verdict {
    }

    /** A request that must be refused: answer with an ABBM carrying the code and Begruendung. */
    record Abbm(Meldungscode code, String begruendung, List<Violation> violations) implements Verdict {
    }

    /** An AKM-TR that must be refused: answer with an ABBM-TR carrying the code. */
    record AbbmTr(Meldungscode code, List<Violation> violations) implements Verdict {
    }

    /** A Meldung that breaks a rule: WBCI has no answer to it; store it, change no state, flag for an operator. */
    record Klaerfall(List<Violation> violations) implements Verdict {
    }
}
