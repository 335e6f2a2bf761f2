package org.wbcigateway.gateway.e2e;

import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.Gateway;

/** The two-gateway flows on PostgreSQL (127.0.0.1:5432), each instance in a fresh schema of its own. */
class PostgresFlowsTest extends TwoGatewaysFlows {

    private static final String PREFIX = "e2e_" + Long.toString(System.currentTimeMillis(), 36) + "_";

    PostgresFlowsTest() {
        super(Gateway.Database.POSTGRES, PREFIX);
    }

    @Override
    @AfterAll
    void stop() {
        for (Gateway g : new Gateway[] {a, b}) {
            String schema = PREFIX + (g == a ? "a" : "b");
            g.context().getBean(JdbcClient.class).sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
        super.stop();
    }
}
