/**
 * Delivery of stored outgoing messages: leases, retries with backoff, dead letters, the partner client and the
 * backlog metrics. A small API ({@link org.wbcigateway.gateway.outbox.OutboxRepository#enqueue}) and a
 * {@link org.wbcigateway.gateway.outbox.DeliveryListener} through which the business learns of a delivery or a
 * negative TEQ; the outbox knows no business package.
 */
package org.wbcigateway.gateway.outbox;
