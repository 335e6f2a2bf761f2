package org.wbcigateway.gateway.web.api;

import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.Gateway;

/** The Idempotency-Key header on PostgreSQL, where a racing repeat waits for the first request's key. */
class IdempotencyKeyPostgresTest extends IdempotencyKeyFlows {

    private static final String SCHEMA = "idem_" + Long.toString(System.currentTimeMillis(), 36);

    IdempotencyKeyPostgresTest() {
        super(Gateway.Database.POSTGRES, SCHEMA);
    }

    @Override
    @AfterAll
    void stop() {
        super.stop();
        JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""))
                .sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE")
                .update();
    }
}
