package org.wbcigateway.gateway.e2e;

import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.Gateway;

/** The two-gateway flows on PostgreSQL (127.0.0.1:5432), each instance in a fresh schema of its own. */
class PostgresFlowsTest extends TwoGatewaysFlows {

    private static final String PREFIX = "e2e_" + Long.toString(System.currentTimeMillis(), 36) + "_";

    PostgresFlowsTest() {
        super(Gateway.Database.POSTGRES, PREFIX);
    }

    /** Stops both gateways first: a schema dropped under a running gateway leaves its scheduled jobs failing. */
    @Override
    @AfterAll
    void stop() {
        super.stop();
        JdbcClient pg =
                JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
        for (String schema : new String[] {PREFIX + "a", PREFIX + "b"}) {
            pg.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
        }
    }
}
