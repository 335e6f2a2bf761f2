package org.wbcigateway.gateway.vorabstimmung;

/** A Vorabstimmung, message or outbox entry that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
