package org.wbcigateway.domain.vorabstimmung;

import java.time.LocalDate;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.message.Rolle;
import org.wbcigateway.domain.message.Vorabstimmungsanfrage;
import org.wbcigateway.domain.message.WbciMessage;

/** One Vorabstimmung driven through the engine message by message, as the gateway would store it in between. */
final class Run {

    private final Rolle ownRole;
    private Vorabstimmung current;
    private LocalDate today = Fixtures.TODAY;
    private boolean requestIdUsed;
    private Outcome last;

    private Run(Rolle ownRole, Vorabstimmung current) {
        this.ownRole = ownRole;
        this.current = current;
    }

    /** We are EKPauf and send the VA. */
    static Run sending(Vorabstimmungsanfrage va) {
        Run run = new Run(Rolle.EKP_AUF, null);
        run.take(Vorabstimmung.sendVa(va, run.context()));
        return run;
    }

    /** We are EKPabg and receive the VA. */
    static Run receiving(Vorabstimmungsanfrage va) {
        Run run = new Run(Rolle.EKP_ABG, null);
        run.take(Vorabstimmung.receiveUnknown(va, Rolle.EKP_ABG, run.context()));
        return run;
    }

    /** A Vorabstimmung already in this state (catalogue § 4.5: an agreed VA-KUE-MRN, Wechseltermin = KWT). */
    static Run from(Rolle ownRole, String state) {
        return new Run(ownRole, Fixtures.vorabstimmung(ownRole, state, null));
    }

    static Run from(Vorabstimmung vorabstimmung) {
        return new Run(vorabstimmung.ownRole(), vorabstimmung);
    }

    /** The test clock moves on. */
    Run on(LocalDate day) {
        today = day;
        return this;
    }

    /** The next request the partner sends reuses an ID (seeded). */
    Run idAlreadyUsed() {
        requestIdUsed = true;
        return this;
    }

    Outcome receive(WbciMessage message) {
        return take(current.receive(message, context()));
    }

    Outcome send(WbciMessage message) {
        return take(current.send(message, context()));
    }

    Outcome teq(MessageType type, TeqCode code) {
        return take(
                code.isPositive()
                        ? current.delivered(type, context())
                        : current.deliveryRefused(type, code, context()));
    }

    Vorabstimmung vorabstimmung() {
        return current;
    }

    Outcome last() {
        return last;
    }

    private Context context() {
        return Fixtures.context(ownRole, today).withRequestIdUsed(requestIdUsed);
    }

    private Outcome take(Outcome outcome) {
        last = outcome;
        requestIdUsed = false;
        outcome.vorabstimmung().ifPresent(next -> current = next);
        return outcome;
    }
}
