package org.wbcigateway.gateway.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * Two nodes on one PostgreSQL schema: a tenant added on one is served by the other at once (a request or message for
 * a carrier code a node does not know makes it read the registry again), not only after its next refresh.
 */
class TenantsAcrossNodesTest {

    @Test
    void aTenantAddedOnOneNodeIsServedByTheOtherAtOnce() {
        String schema = "nodes_" + Long.toString(System.nanoTime(), 36);
        int partnerPort = Gateway.freePort();
        // a refresh far in the future: only the lookup on a miss can make the second node know the tenant
        Map<String, String> slowRefresh = Map.of("wbci.partner-directory.refresh-interval", "1h");
        try (Gateway one = Gateway.start(
                        "DEU.AAAA",
                        "D0AA",
                        Gateway.freePort(),
                        "DEU.BBBB",
                        partnerPort,
                        Gateway.Database.POSTGRES,
                        schema,
                        slowRefresh);
                Gateway two = Gateway.start(
                        "DEU.AAAA",
                        "D0AA",
                        Gateway.freePort(),
                        "DEU.BBBB",
                        partnerPort,
                        Gateway.Database.POSTGRES,
                        schema,
                        slowRefresh)) {
            Gateway admin = two.as(TestAccess.ADMIN_TOKEN);
            assertThat(admin.forTenant("DEU.CCCC").get("/api/vorabstimmungen").status())
                    .isEqualTo(404);
            assertThat(one.as(TestAccess.ADMIN_TOKEN)
                            .post(
                                    "/api/tenants",
                                    "{\"code\":\"DEU.CCCC\",\"portierungskennung\":\"D0CC\",\"bundesland\":\"BY\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(admin.forTenant("DEU.CCCC").get("/api/vorabstimmungen").status())
                    .as("the other node serves it at once")
                    .isEqualTo(200);
        }
    }
}
