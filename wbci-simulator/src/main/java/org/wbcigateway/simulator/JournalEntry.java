package org.wbcigateway.simulator;

import java.time.Instant;
import java.util.stream.Collectors;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;

/**
 * One message on the wire as the simulator saw it: the raw bytes, the parsed message ({@code null} if unreadable),
 * and the TEQ that answered it ({@code null} if there was none: HTTP error, hang, dropped connection).
 *
 * @param note what else happened, e.g. {@code "HTTP 500"} or a signature failure; {@code null} when nothing
 */
public record JournalEntry(
        int seq, Direction direction, Instant at, byte[] raw, WbciMessage message, TeqCode teq, String note) {

    /** e.g. {@code RUEM-VA}, {@code STR-AUFH-AUF}; {@code ?} if unreadable. */
    public String type() {
        return message == null ? "?" : message.type().abbreviation();
    }

    /** The Vorabstimmung the message belongs to, {@code null} if unreadable. */
    public String vaId() {
        return message == null ? null : message.vorabstimmungsId().value();
    }

    /** The Meldungscodes joined with {@code +} (e.g. {@code 8001+8105}), empty for a request. */
    public String codes() {
        if (!(message instanceof Meldung)) {
            return "";
        }
        return ((Meldung) message)
                .positionen().stream().map(p -> p.meldungscode().code()).collect(Collectors.joining("+"));
    }

    /** A short line for assertions and logs, e.g. {@code OUT RUEM-VA 8001+8105} or {@code IN AKM-TR 8010}. */
    public String describe() {
        String codes = codes();
        return direction + " " + type() + (codes.isEmpty() ? "" : " " + codes);
    }

    @Override
    public String toString() {
        return "#" + seq + " " + describe() + " " + (vaId() == null ? "" : vaId()) + " TEQ "
                + (teq == null ? "-" : teq.code()) + (note == null ? "" : " (" + note + ")");
    }
}
