/**
 * The gateway application, cut by flow: {@code inbound} (messages partners send us), {@code actions} (what an operator
 * or the CRM starts), {@code decisions} (our automatic answers as EKPabg), {@code vorabstimmung} (storing a
 * Vorabstimmung, its messages and deadlines), {@code outbox} (delivery), {@code crm} (CRM adapters, import, event
 * feed), {@code web} (REST API and console) and {@code platform} (configuration, security, observability, data
 * source). {@code GatewayArchitectureTest} keeps the dependencies one-way.
 */
package org.wbcigateway.gateway;
