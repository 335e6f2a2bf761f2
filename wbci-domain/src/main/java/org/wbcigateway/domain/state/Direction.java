package org.wbcigateway.domain.state;

/** Whether our gateway receives or sends the message. */
public enum Direction {
    INCOMING,
    OUTGOING
}
