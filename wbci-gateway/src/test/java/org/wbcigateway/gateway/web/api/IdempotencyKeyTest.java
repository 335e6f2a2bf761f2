package org.wbcigateway.gateway.web.api;

import org.wbcigateway.gateway.support.Gateway;

/** The Idempotency-Key header on the embedded H2 database. */
class IdempotencyKeyTest extends IdempotencyKeyFlows {

    IdempotencyKeyTest() {
        super(Gateway.Database.H2, "idempotency");
    }
}
