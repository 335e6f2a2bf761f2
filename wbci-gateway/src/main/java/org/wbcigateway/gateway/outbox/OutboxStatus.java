package org.wbcigateway.gateway.outbox;

/** How far the delivery of an outbox entry has come (column {@code outbox.status}). */
public enum OutboxStatus {
    /** Waiting for its turn or its next attempt. */
    PENDING,
    /** Partner answered TEQ OK. */
    DELIVERED,
    /** Given up (attempts used up, or a negative TEQ): an operator re-sends it or leaves it; it blocks its VA. */
    DEAD
}
