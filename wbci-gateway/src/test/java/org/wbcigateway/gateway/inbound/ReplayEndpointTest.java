package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;

/**
 * With a short replay window: a message signed long ago is refused (TEQ 0990), while a verbatim re-send of a message
 * accepted earlier is still recognised as a transport retry after the window has passed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:replay;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.DTAG",
            "wbci.portierungskennung=D001",
            "wbci.partners.[DEU.MNET].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.fixed-clock=2013-07-24T16:05:00+02:00",
            "wbci.security.replay-window=" + ReplayEndpointTest.WINDOW_SECONDS + "s",
            "wbci.decision.mode=REVIEW"
        })
class ReplayEndpointTest {

    /** Long enough for a first, cold request on a busy machine to arrive within it. */
    static final int WINDOW_SECONDS = 10;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.settings("DEU.DTAG", "DEU.MNET").forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;

    @Autowired
    WbciCodec codec;

    @Autowired
    JdbcClient jdbc;

    /** Refused input: the tenant\'s record and the provider\'s (unreadable input reaches no tenant). */
    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Test
    void anOldMessageIsRefusedButAVerbatimReSendOfAnAcceptedOneIsARetry() {
        OffsetDateTime signedAt = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] fresh = va("V000000801", signedAt);
        assertThat(teq(fresh)).isEqualTo(TeqCode.OK);
        byte[] old = va("V000000802", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(4L * WINDOW_SECONDS));
        long vorabstimmungen = rows("vorabstimmung");

        assertThat(teq(old)).isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        assertThat(rows("vorabstimmung")).isEqualTo(vorabstimmungen);
        assertThat(refusalLog.recent(null, 1).get(0).kind()).isEqualTo("OUTSIDE_REPLAY_WINDOW");

        long olderAt = signedAt.plusSeconds(WINDOW_SECONDS)
                .plusNanos(500_000_000)
                .toInstant()
                .toEpochMilli();
        Patience.awaiting("the accepted message older than the window")
                .pollInterval(Duration.ofMillis(100))
                .until(() -> System.currentTimeMillis() >= olderAt);
        assertThat(teq(fresh)).as("transport retry").isEqualTo(TeqCode.OK);
        assertThat(rows("vorabstimmung")).isEqualTo(vorabstimmungen);
    }

    private byte[] va(String id, OffsetDateTime zeitstempel) {
        String text = new String(Soap.sample("va-kue-orn.xml"), StandardCharsets.UTF_8)
                .replace("DEU.MNET.V000000005", "DEU.MNET." + id)
                .replaceFirst(
                        "<zeitstempel>[^<]*<", "<zeitstempel>" + zeitstempel.truncatedTo(ChronoUnit.MILLIS) + "<");
        return TestKeys.sign("DEU.MNET", text.getBytes(StandardCharsets.UTF_8));
    }

    private TeqCode teq(byte[] soap) {
        Soap.Response r = Soap.post("http://127.0.0.1:" + port + "/wbci/v2", soap);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return codec.readQuittung(r.body()).payload().code();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
