/**
 * Messages partners send us: the raw-message filter (size, DTD, well-formedness), the Spring-WS endpoint with its
 * WS-Security check and SOAP faults, and {@link org.wbcigateway.gateway.inbound.InboxService}, which checks a message,
 * stores it with its transition in one transaction and answers the TEQ; refusals before that are kept in
 * {@link org.wbcigateway.gateway.inbound.RefusalRepository}.
 */
package org.wbcigateway.gateway.inbound;
