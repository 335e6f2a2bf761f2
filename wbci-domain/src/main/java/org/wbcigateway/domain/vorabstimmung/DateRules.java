package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import org.wbcigateway.domain.deadline.DateCheck;
import org.wbcigateway.domain.deadline.Terminpruefung;
import org.wbcigateway.domain.followup.FollowUpArrival;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.RueckmeldungVorabstimmung;
import org.wbcigateway.domain.message.Storno;
import org.wbcigateway.domain.message.Terminverschiebung;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * Which date rule of spec §6 applies to which message, for both directions: the caller passes the
 * {@link Terminpruefung} of the judging party ({@link Context#termine}), so a message we send is checked exactly as
 * the partner will check it (ADR 0002).
 * <ul>
 *   <li>VA: its Kundenwunschtermin; a follow-up VA also its arrival (ADR 0003: too early refuses, too late warns);</li>
 *   <li>RUEM-VA: its Wechseltermin;</li>
 *   <li>TV: its arrival (≥ 3 AT before the agreed Wechseltermin) and its new date;</li>
 *   <li>Storno-Aufhebung: its arrival (≥ 3 AT before the Wechseltermin), once one is agreed;</li>
 *   <li>everything else: no date rule.</li>
 * </ul>
 */
public final class DateRules {

    private DateRules() {}

    /**
     * @param geschaeftsfall the Vorabstimmung's case (for a VA: its own)
     * @param wechseltermin  the agreed Wechseltermin; {@code null} before the RUEM-VA
     * @param followUp       for a VA that follows up a voided Vorabstimmung: its arrival; else {@code null}
     */
    public static DateCheck check(
            WbciMessage message,
            Geschaeftsfall geschaeftsfall,
            LocalDate wechseltermin,
            FollowUpArrival followUp,
            Terminpruefung termine) {
        if (message instanceof Vorabstimmungsanfrage va) {
            DateCheck kwt = termine.checkKundenwunschtermin(va.geschaeftsfall(), va.kundenwunschtermin());
            return followUp == null ? kwt : kwt.and(followUp.check());
        }
        if (message instanceof RueckmeldungVorabstimmung ruem) {
            return termine.checkWechseltermin(geschaeftsfall, ruem.wechseltermin());
        }
        if (wechseltermin == null) {
            return DateCheck.accepted(); // a TV or Storno before the RUEM-VA: the state rules decide
        }
        if (message instanceof Terminverschiebung tv) {
            return termine.checkTvArrival(wechseltermin)
                    .and(termine.checkNeuerKundenwunschtermin(
                            geschaeftsfall, tv.neuerKundenwunschtermin(), wechseltermin));
        }
        if (message instanceof Storno storno && storno.art().isAufhebung()) {
            return termine.checkStornoAufhebungArrival(wechseltermin);
        }
        return DateCheck.accepted();
    }
}
