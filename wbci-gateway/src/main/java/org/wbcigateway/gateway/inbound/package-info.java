/**
 * Messages partners send us: the raw-message filter (size, DTD, well-formedness), the Spring-WS endpoint with its
 * WS-Security check and SOAP faults, and {@link org.wbcigateway.gateway.inbound.InboxService}, which checks a message,
 * recognises a transport retry and answers the TEQ; in the same transaction {@code Intake} takes the message to the
 * protocol engine and stores what it decided. Refusals before that are kept in
 * {@link org.wbcigateway.gateway.inbound.RefusalRepository}.
 */
package org.wbcigateway.gateway.inbound;
