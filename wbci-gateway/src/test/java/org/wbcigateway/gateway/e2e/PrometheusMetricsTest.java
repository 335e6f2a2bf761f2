package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.deadline.EscalationLevel;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.PrometheusText;
import org.wbcigateway.gateway.support.ScriptedPartner;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.gateway.vorabstimmung.DeadlineMonitor;
import org.wbcigateway.wire.WbciCodec;

/**
 * Issue 6: {@code /actuator/prometheus} shows what went on. DEU.AAAA sends DEU.BBBB a VA answered with ABBM 8117,
 * another answered with RUEM-VA 8002 + ADA 8105, and a third left unanswered until it is overdue; a third partner
 * DEU.CCCC refuses A's VA with a negative TEQ (a dead letter); B is sent an unsigned message and a non-XML one.
 */
class PrometheusMetricsTest {

    private static final String CCCC = "DEU.CCCC";

    private static Gateway a;
    private static Gateway b;
    private static ScriptedPartner cccc;

    @BeforeAll
    static void start() {
        cccc = ScriptedPartner.start(CCCC);
        cccc.script(r -> ScriptedPartner.signedBy(CCCC, TeqCode.STRUKTUR_UNGUELTIG));
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "prom_a",
                Map.of(
                        "wbci.deadlines.scan-interval",
                        "1h",
                        "wbci.partners.[DEU.CCCC].endpoint",
                        "http://127.0.0.1:" + cccc.port() + "/wbci/v2",
                        "wbci.partners.[DEU.CCCC].certificate",
                        TestKeys.certificate(CCCC).toString()));
        b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                portA,
                Gateway.Database.H2,
                "prom_b",
                Map.of("wbci.deadlines.scan-interval", "1h"));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
        cccc.close();
    }

    @Test
    void prometheusShowsMessagesTeqsLatencyOutboxDeadlinesAndCertificates() {
        long begun = System.nanoTime();
        String rejected = startVa("VA-KUE-MRN");
        b.ok("/api/vorabstimmungen/" + rejected + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}");
        a.await(rejected, v -> v.path("phase").asString().equals("REJECTED"));
        String agreed = startVa("VA-KUE-ORN");
        b.ok(
                "/api/vorabstimmungen/" + agreed + "/ruem-va",
                "{\"positionen\":[{\"meldungscode\":\"8105\","
                        + "\"adresseAbweichend\":{\"attribut\":\"ORT\",\"wert\":\"Starnberg\"}},{\"meldungscode\":\"8002\"}],"
                        + "\"wechseltermin\":\"" + TwoGatewaysFlows.NEW_DATE + "\"" + TwoGatewaysFlows.LINE + "}");
        a.await(agreed, v -> v.path("phase").asString().equals("AGREED"));
        String unanswered = startVa("VA-RRNP");
        a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN").replace("\"DEU.BBBB\"", "\"DEU.CCCC\""));
        assertThat(refusedUnsigned()).isEqualTo(200);
        assertThat(Soap.post(b.soapUrl(), "not xml at all".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(500);
        overdueAfterOneWorkingDay(unanswered);

        PrometheusText atA = scrape(a, m -> m.sum("wbci_outbox_depth", "status", "DEAD") == 1);
        PrometheusText atB = scrape(b, m -> true);

        // messages, by direction, type, Geschaeftsfall, code and partner
        assertThat(atA.sum(
                        "wbci_messages_total",
                        "direction",
                        "out",
                        "type",
                        "VA_KUE_MRN",
                        "geschaeftsfall",
                        "VA-KUE-MRN",
                        "code",
                        "none",
                        "partner",
                        "DEU.BBBB"))
                .isEqualTo(1);
        assertThat(atA.sum("wbci_messages_total", "direction", "out", "type", "VA_KUE_MRN", "partner", "DEU.CCCC"))
                .isEqualTo(1);
        assertThat(atA.sum(
                        "wbci_messages_total",
                        "direction",
                        "in",
                        "type",
                        "ABBM",
                        "geschaeftsfall",
                        "VA-KUE-MRN",
                        "code",
                        "8117",
                        "partner",
                        "DEU.BBBB"))
                .isEqualTo(1);
        assertThat(atA.sum(
                        "wbci_messages_total",
                        "direction",
                        "in",
                        "type",
                        "RUEM_VA",
                        "geschaeftsfall",
                        "VA-KUE-ORN",
                        "code",
                        "8002+8105",
                        "partner",
                        "DEU.BBBB"))
                .isEqualTo(1);
        assertThat(atB.sum("wbci_messages_total", "direction", "in", "partner", "DEU.AAAA"))
                .isEqualTo(3);
        assertThat(atB.sum("wbci_messages_total", "direction", "out", "type", "ABBM", "code", "8117"))
                .isEqualTo(1);

        // TEQs: B answered A's three VAs with OK and refused two messages; A got OKs from B and a 0995 from C
        assertThat(atB.sum("wbci_teq_total", "direction", "sent", "code", "OK", "partner", "DEU.AAAA"))
                .isGreaterThanOrEqualTo(3);
        assertThat(atB.sum("wbci_teq_total", "direction", "sent", "code", "0990", "partner", "unknown"))
                .isEqualTo(1);
        assertThat(atB.sum("wbci_teq_total", "direction", "sent", "code", "0995", "partner", "unknown"))
                .isEqualTo(1);
        assertThat(atA.sum("wbci_teq_total", "direction", "received", "code", "OK", "partner", "DEU.BBBB"))
                .isGreaterThanOrEqualTo(3);
        assertThat(atA.sum("wbci_teq_total", "direction", "received", "code", "0995", "partner", "DEU.CCCC"))
                .isEqualTo(1);

        // delivery latency, with histogram buckets for percentiles
        assertThat(atA.sum("wbci_teq_latency_seconds_count", "partner", "DEU.BBBB", "outcome", "OK"))
                .isGreaterThanOrEqualTo(3);
        assertThat(atA.sum("wbci_teq_latency_seconds_count", "partner", "DEU.CCCC", "outcome", "NEGATIVE"))
                .isEqualTo(1);
        double latencySum = atA.sum("wbci_teq_latency_seconds_sum", "partner", "DEU.BBBB", "outcome", "OK");
        assertThat(latencySum).isGreaterThan(0).isLessThan(60);
        List<PrometheusText.Sample> buckets =
                atA.samples("wbci_teq_latency_seconds_bucket", "partner", "DEU.BBBB", "outcome", "OK");
        assertThat(buckets).hasSizeGreaterThan(10);
        assertThat(atA.sum("wbci_teq_latency_seconds_bucket", "partner", "DEU.BBBB", "outcome", "OK", "le", "+Inf"))
                .isEqualTo(atA.sum("wbci_teq_latency_seconds_count", "partner", "DEU.BBBB", "outcome", "OK"));

        // partner signatures by algorithm: B verified A's three VAs and A's TEQs to its ABBM and RUEM-VA (the
        // unsigned TV has none); A verified C's negative TEQ
        assertThat(atB.sum("wbci_inbound_signatures_total", "partner", "DEU.AAAA", "algorithm", "RSA_SHA256"))
                .isGreaterThanOrEqualTo(5);
        assertThat(atB.samples("wbci_inbound_signatures_total", "algorithm", "RSA_SHA1"))
                .isEmpty();
        assertThat(atA.sum("wbci_inbound_signatures_total", "partner", "DEU.CCCC", "algorithm", "RSA_SHA256"))
                .isGreaterThanOrEqualTo(1);

        // our own answering time, by the answer given
        assertThat(atB.sum("wbci_inbound_duration_seconds_count", "code", "OK")).isGreaterThanOrEqualTo(3);
        assertThat(atB.sum("wbci_inbound_duration_seconds_count", "code", "0990"))
                .isEqualTo(1);
        assertThat(atB.sum("wbci_inbound_duration_seconds_count", "code", "0995"))
                .isEqualTo(1);
        assertThat(atB.samples("wbci_inbound_duration_seconds_bucket", "code", "OK"))
                .isNotEmpty();

        // outbox: the refused VA to C is a dead letter, nothing else waits
        assertThat(atA.sum("wbci_outbox_depth", "status", "PENDING")).isZero();
        // in seconds: no older than this test (however long a busy machine made it take)
        assertThat(atA.sum("wbci_outbox_oldest_age_seconds", "status", "DEAD"))
                .isBetween(0.0, (System.nanoTime() - begun) / 1e9 + 1);
        assertThat(atB.sum("wbci_outbox_depth", "status", "DEAD")).isZero();

        // deadlines: B owes the RUEM-VA of the unanswered VA, one working day overdue
        assertThat(atB.sum("wbci_deadlines_overdue", "level", "L1", "owed_by", "us"))
                .isEqualTo(1);
        assertThat(atA.sum("wbci_deadlines_overdue", "level", "L1", "owed_by", "partner"))
                .isGreaterThanOrEqualTo(1);
        for (EscalationLevel level : List.of(EscalationLevel.L2, EscalationLevel.L3)) {
            assertThat(atB.sum("wbci_deadlines_overdue", "level", level.name())).isZero();
        }

        // certificates: our signing key and the partners', each with days left
        assertThat(atA.sum("wbci_certificate_expiry_days", "purpose", "SIGNING_OWN", "owner", "DEU.AAAA"))
                .isGreaterThan(30);
        assertThat(atA.sum("wbci_certificate_expiry_days", "purpose", "SIGNING_PARTNER", "owner", "DEU.CCCC"))
                .isGreaterThan(30);
    }

    private static String startVa(String gf) {
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va(gf))
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        return id;
    }

    /** A TV from A's address, but without a signature: TEQ 0990. */
    private static int refusedUnsigned() {
        CraftedMessages crafted = new CraftedMessages("DEU.AAAA", "DEU.BBBB");
        byte[] unsigned =
                crafted.unsigned(crafted.tv("DEU.AAAA.V900000001", "DEU.AAAA.T900000001", TwoGatewaysFlows.NEW_DATE));
        Soap.Response response = Soap.post(b.soapUrl(), unsigned);
        assertThat(new WbciCodec().readQuittung(response.body()).payload().code())
                .isEqualTo(TeqCode.SIGNATUR_UNGUELTIG);
        return response.status();
    }

    /** The VA was received on 2026-11-25 (the harness's clock); its RUEM-VA was due 2026-11-30. */
    private static void overdueAfterOneWorkingDay(String vaId) {
        for (Gateway g : List.of(a, b)) {
            TwoGatewaysFlows.businessDay(g, "2026-12-01");
            g.context().getBean(DeadlineMonitor.class).scan();
        }
        assertThat(b.vorabstimmung(vaId).path("phase").asString()).isEqualTo("VA_PENDING");
    }

    /** Scrapes until the condition holds (the outbox figures are read from the database at most every 5 s). */
    private static PrometheusText scrape(Gateway g, Predicate<PrometheusText> ready) {
        return Patience.awaiting("scraped metrics ready")
                .pollInterval(Duration.ofMillis(500))
                .until(() -> PrometheusText.parse(g.text("/actuator/prometheus")), ready);
    }
}
