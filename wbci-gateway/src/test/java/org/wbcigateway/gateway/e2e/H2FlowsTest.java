package org.wbcigateway.gateway.e2e;

import org.wbcigateway.gateway.support.Gateway;

/** The two-gateway flows on the embedded H2 database (the default). */
class H2FlowsTest extends TwoGatewaysFlows {

    H2FlowsTest() {
        super(Gateway.Database.H2, "flows_");
    }
}
