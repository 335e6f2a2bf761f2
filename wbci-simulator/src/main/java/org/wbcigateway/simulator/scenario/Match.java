package org.wbcigateway.simulator.scenario;

import java.util.regex.Pattern;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * Which inbound message a rule applies to. Every field is optional (absent = any).
 *
 * @param type           a message type as WBCI writes it ({@code VA-KUE-MRN}, {@code TV}, {@code STR-AEN-AUF},
 *                       {@code AKM-TR}, …), or {@code VA} (any VA), {@code STORNO} (any Storno), {@code *}
 * @param geschaeftsfall {@code VA-KUE-MRN}, {@code VA-KUE-ORN}, {@code VA-RRNP}, …: the VA's case, or a Meldung's
 * @param vaIdPattern    a regular expression the VorabstimmungsId (or -Ref) must match entirely
 * @param nth            only the n-th message of this type for the same Vorabstimmung, counted from 1
 */
public record Match(String type, String geschaeftsfall, String vaIdPattern, Integer nth) {

    public static Match type(String type) {
        return new Match(type, null, null, null);
    }

    public Match geschaeftsfall(String value) {
        return new Match(type, value, vaIdPattern, nth);
    }

    public Match vaId(String pattern) {
        return new Match(type, geschaeftsfall, pattern, nth);
    }

    public Match nth(int n) {
        return new Match(type, geschaeftsfall, vaIdPattern, n);
    }

    /** @param occurrence how many messages of this type for this Vorabstimmung arrived so far, this one included */
    public boolean matches(WbciMessage message, int occurrence) {
        return typeMatches(message)
                && (geschaeftsfall == null || geschaeftsfall.equals(geschaeftsfallOf(message)))
                && (vaIdPattern == null
                        || Pattern.matches(
                                vaIdPattern, message.vorabstimmungsId().value()))
                && (nth == null || nth == occurrence);
    }

    private boolean typeMatches(WbciMessage message) {
        if (type == null || type.equals("*")) {
            return true;
        }
        if (type.equals("VA")) {
            return message.type().isVorabstimmungsanfrage();
        }
        if (type.equals("STORNO")) {
            return message.type().isStorno();
        }
        return type.equals(message.type().abbreviation());
    }

    private static String geschaeftsfallOf(WbciMessage message) {
        if (message instanceof Meldung) {
            return ((Meldung) message).geschaeftsfall().code();
        }
        return message.type().isVorabstimmungsanfrage() ? message.type().abbreviation() : null;
    }
}
