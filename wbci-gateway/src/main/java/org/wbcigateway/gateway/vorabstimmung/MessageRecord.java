package org.wbcigateway.gateway.vorabstimmung;

import java.time.OffsetDateTime;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.domain.vorabstimmung.Taken;

/**
 * A WBCI message as stored: raw bytes as on the wire (the SOAP envelope), what it is, and what became of it.
 *
 * @param vaId      the Vorabstimmung it belongs to (for an unknown VorabstimmungsIdRef: the reference as sent)
 * @param requestId the ID a request creates (VA-, Aenderungs-, Storno-ID), else {@code null}
 */
public record MessageRecord(
        long id,
        String vaId,
        Direction direction,
        MessageType type,
        Geschaeftsfall geschaeftsfall,
        String requestId,
        CarrierCode partner,
        byte[] raw,
        String digest,
        Outcome outcome,
        String outcomeDetail,
        OffsetDateTime createdAt) {

    public enum Direction {
        IN,
        OUT;

        /** The same direction as the protocol (and the transition table) names it. */
        public org.wbcigateway.domain.state.Direction protocol() {
            return this == IN
                    ? org.wbcigateway.domain.state.Direction.INCOMING
                    : org.wbcigateway.domain.state.Direction.OUTGOING;
        }
    }

    /** What the gateway did with a message. */
    public enum Outcome {
        /** Inbound, allowed: its transition was applied. */
        ACCEPTED,
        /** Inbound request refused: answered with an ABBM (automatic, spec §7). */
        ANSWERED_ABBM,
        /** Inbound AKM-TR refused: answered with an ABBM-TR. */
        ANSWERED_ABBM_TR,
        /** Inbound Meldung that breaks a rule: stored, no state change, flagged for an operator. */
        KLAERFALL,
        /** Outbound: queued in the outbox (delivery status there). */
        QUEUED;

        /** How a message we received was taken by the engine. */
        public static Outcome received(Taken taken) {
            return switch (taken) {
                case ACCEPTED -> ACCEPTED;
                case ANSWERED_ABBM -> ANSWERED_ABBM;
                case ANSWERED_ABBM_TR -> ANSWERED_ABBM_TR;
                case KLAERFALL -> KLAERFALL;
                case REFUSED -> throw new IllegalArgumentException("a message we receive is never refused unstored");
            };
        }
    }
}
