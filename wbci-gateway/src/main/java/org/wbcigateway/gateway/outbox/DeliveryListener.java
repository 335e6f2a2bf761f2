package org.wbcigateway.gateway.outbox;

import org.wbcigateway.domain.code.TeqCode;

/**
 * How the business side learns what became of a message it queued. Called in the transaction in which the outbox
 * records the outcome, so a reaction and the outcome commit together; not called when this node lost the message's
 * lease meanwhile (the node that has it reports the outcome).
 */
public interface DeliveryListener {

    /** The partner accepted the message (TEQ OK). */
    void delivered(OutgoingMessage message);

    /** The partner refused the message with a negative TEQ; the message is a dead letter now. */
    void refused(OutgoingMessage message, TeqCode code, String text);
}
