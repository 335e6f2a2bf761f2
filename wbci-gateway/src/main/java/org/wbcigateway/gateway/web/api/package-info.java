/**
 * The REST API for the CRM and for operators: controllers, request and response bodies, problem+json errors and
 * Idempotency-Key handling. Actions go to the use cases in {@code actions}; reads to the read models of the owning
 * package.
 */
package org.wbcigateway.gateway.web.api;
