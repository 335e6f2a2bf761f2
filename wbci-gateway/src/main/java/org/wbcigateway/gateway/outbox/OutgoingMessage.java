package org.wbcigateway.gateway.outbox;

import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.MessageType;

/**
 * A queued message as the outbox sends it: the stored SOAP envelope, and what a {@link DeliveryListener} needs to
 * know about it.
 */
public record OutgoingMessage(long messageId, String vaId, MessageType type, CarrierCode partner, byte[] raw) {}
