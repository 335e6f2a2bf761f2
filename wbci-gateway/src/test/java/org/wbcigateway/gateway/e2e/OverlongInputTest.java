package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * Input longer than the gateway keeps, or about nothing it holds, gets a 4xx naming it on both databases, never a
 * failed insert answered 500: a contract id over 64 characters, a partner endpoint over 500, and an erasure for a
 * contract or Vorabstimmung nothing is held about (404, not a 200 that erased nothing).
 */
class OverlongInputTest {

    static Stream<Gateway.Database> databases() {
        return Stream.of(Gateway.Database.H2, Gateway.Database.POSTGRES);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void overlongOrUnknownInputIsRefusedAndChangesNothing(Gateway.Database database) {
        try (Gateway a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                database,
                "overlong_" + Long.toString(System.nanoTime(), 36),
                Map.of())) {
            String contract =
                    "{\"status\":\"NEW\",\"inhaber\":{\"person\":{\"anrede\":\"1\",\"vorname\":\"J\",\"nachname\":\"X\"}}}";
            Gateway.Reply tooLong = a.put("/api/crm/contracts/" + "K".repeat(65), contract);
            assertThat(tooLong.status()).as(String.valueOf(tooLong.body())).isEqualTo(400);
            assertThat(tooLong.body().path("detail").asString()).contains("longer than 64");
            assertThat(a.put("/api/crm/contracts/" + "K".repeat(64), contract).status())
                    .as("64 fit")
                    .isEqualTo(200);

            Gateway admin = a.as(TestAccess.ADMIN_TOKEN);
            Gateway.Reply endpoint = admin.put(
                    "/api/partners/DEU.CCCC", "{\"endpoint\":\"http://example.org/" + "p".repeat(500) + "\"}");
            assertThat(endpoint.status()).as(String.valueOf(endpoint.body())).isEqualTo(400);
            assertThat(endpoint.body().path("detail").asString()).contains("longer than 500");
            assertThat(admin.get("/api/partners/DEU.CCCC").status())
                    .as("not added")
                    .isEqualTo(404);

            for (String subject : new String[] {"{\"contract\":\"K-NONE\"}", "{\"va\":\"DEU.AAAA.V000000999\"}"}) {
                Gateway.Reply erasure = admin.post("/api/personal-data/erasure", subject);
                assertThat(erasure.status()).as(subject + " " + erasure.body()).isEqualTo(404);
            }
        }
    }
}
