package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * The console's search queries and the V8 search tables on PostgreSQL (the browser tests run on H2): by phone number
 * inside a block, by customer, contracts by number and name; and the start-up backfill of VAs stored unindexed.
 */
class ConsoleSearchPostgresTest {

    private static final String SCHEMA = "console_" + Long.toString(System.currentTimeMillis(), 36);

    private final int port = Gateway.freePort();
    private final int partnerPort = Gateway.freePort();
    private Gateway gateway;
    private ConsoleClient console;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        pg().sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }

    @Test
    void searchesFindVasAndContractsAndTheBackfillIndexesOlderVas() {
        gateway = start();
        String id = gateway.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        assertThat(page("/console/vorabstimmungen?phone=" + encode("089 123456-42")))
                .contains(id);
        assertThat(page("/console/vorabstimmungen?phone=" + encode("+49 89 12345699")))
                .contains(id);
        assertThat(page("/console/vorabstimmungen?phone=" + encode("089 12345700")))
                .doesNotContain(id);
        assertThat(page("/console/vorabstimmungen?customer=mcfly&geschaeftsfall=VA-KUE-MRN"))
                .contains(id);
        assertThat(page("/console/vorabstimmungen?customer=mcfly&geschaeftsfall=VA-RRNP"))
                .doesNotContain(id);

        assertThat(gateway.put(
                                "/api/crm/contracts/C-PG",
                                "{\"status\":\"ACTIVE\",\"inhaber\":"
                                        + TwoGatewaysFlows.PERSON
                                        + ",\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\",\"rufnummer\":"
                                        + "\"5550199\"}]}}")
                        .status())
                .isEqualTo(200);
        assertThat(page("/console/contracts?q=" + encode("030 5550199"))).contains("C-PG");
        assertThat(page("/console/contracts?q=McFly")).contains("C-PG");
        assertThat(page("/console/contracts?q=Nobody")).doesNotContain("C-PG");

        gateway.close();
        pg().sql("DELETE FROM " + SCHEMA + ".vorabstimmung_number").update();
        pg().sql("DELETE FROM " + SCHEMA + ".vorabstimmung_search").update();
        gateway = start();
        assertThat(page("/console/vorabstimmungen?phone=" + encode("089 12345642")))
                .contains(id);
    }

    private Gateway start() {
        Gateway started = Gateway.start(
                "DEU.AAAA", "D0AA", port, "DEU.BBBB", partnerPort, Gateway.Database.POSTGRES, SCHEMA, Map.of());
        console = new ConsoleClient(started.baseUrl());
        assertThat(console.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER)))
                .endsWith("/console");
        return started;
    }

    private String page(String path) {
        var r = console.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JdbcClient pg() {
        return JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
    }
}
