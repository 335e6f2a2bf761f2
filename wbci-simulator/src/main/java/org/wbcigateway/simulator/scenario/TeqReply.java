package org.wbcigateway.simulator.scenario;

import java.time.Duration;
import org.wbcigateway.domain.code.TeqCode;

/**
 * How the simulator answers an inbound message synchronously. Written in scenario files as a string: {@code OK},
 * {@code 0990}, {@code 0993}, {@code 0995} (a signed TEQ with that code), {@code HTTP500} (a SOAP Fault),
 * {@code HANG} or {@code HANG:<seconds>} (no answer for that long, default 30 s), {@code CLOSE} (drop the connection).
 */
public record TeqReply(Kind kind, TeqCode code, Duration hang) {

    public enum Kind {
        TEQ,
        HTTP_500,
        HANG,
        CLOSE
    }

    public static final TeqReply OK = teq(TeqCode.OK);

    public static TeqReply teq(TeqCode code) {
        return new TeqReply(Kind.TEQ, code, Duration.ZERO);
    }

    public static TeqReply http500() {
        return new TeqReply(Kind.HTTP_500, null, Duration.ZERO);
    }

    public static TeqReply hang(Duration duration) {
        return new TeqReply(Kind.HANG, null, duration);
    }

    public static TeqReply close() {
        return new TeqReply(Kind.CLOSE, null, Duration.ZERO);
    }

    /** Reads the scenario notation; {@code null} means OK. */
    public static TeqReply parse(String text) {
        if (text == null || text.isBlank()) {
            return OK;
        }
        String t = text.trim().toUpperCase();
        if (t.equals("HTTP500") || t.equals("500")) {
            return http500();
        }
        if (t.equals("CLOSE")) {
            return close();
        }
        if (t.equals("HANG")) {
            return hang(Duration.ofSeconds(30));
        }
        if (t.startsWith("HANG:")) {
            return hang(Duration.ofSeconds(Long.parseLong(t.substring(5))));
        }
        for (TeqCode code : TeqCode.values()) {
            if (code.code().equals(t)) {
                return teq(code);
            }
        }
        throw new IllegalArgumentException(
                "unknown TEQ reply '" + text + "' (OK, 0990, 0993, 0995, HTTP500, HANG[:s], CLOSE)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TEQ -> code.code();
            case HTTP_500 -> "HTTP500";
            case HANG -> "HANG:" + hang.toSeconds();
            case CLOSE -> "CLOSE";
        };
    }
}
