package org.wbcigateway.simulator;

/** Seen from the simulator: IN = the gateway sent it to us, OUT = we sent it to the gateway. */
public enum Direction {
    IN,
    OUT
}
