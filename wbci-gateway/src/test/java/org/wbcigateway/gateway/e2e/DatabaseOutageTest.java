package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.gateway.support.Cluster.count;
import static org.wbcigateway.gateway.support.Cluster.sleep;
import static org.wbcigateway.gateway.support.Patience.awaiting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.Cluster;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.HttpRelay;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TcpProxy;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, database outage: DEU.AAAA reaches its PostgreSQL through a TCP proxy that the test cuts for some seconds
 * while messages flow both ways (every connection closed, new ones refused, as during a restart), then restores.
 * DEU.AAAA starts VAs over REST all along, each with an Idempotency-Key (the partner refuses them automatically,
 * ABBM 8117), and decides the partner's VAs from its contracts (RUEM-VA ZWA); it pushes its event feed to a webhook.
 * The partner DEU.BBBB reaches DEU.AAAA through a recording relay.
 *
 * <p>While the database is away: inbound SOAP gets a SOAP 1.1 Server fault saying to retry (never a TEQ, never an
 * HTML page), REST gets a 503 problem, the background jobs keep running. Afterwards, without restarting anything,
 * every message is delivered, the partner's faulted messages are accepted when it sends them again, and nothing is
 * lost or doubled.
 *
 * <p>What the test does not count: how many deliveries were cut between the partner's TEQ and recording it (the
 * outbox works on several messages at once, so that depends on timing). Posting the stored bytes again is a legal
 * transport retry; the test asserts the protocol's promise instead: each message stored once by the partner, every
 * post answered TEQ OK, every re-post byte-identical. Likewise for the webhook: at least once, the same content per
 * offset, nothing missing.
 */
class DatabaseOutageTest {

    private static final String PREFIX = "dbo_" + Long.toString(System.currentTimeMillis(), 36) + "_";
    private static final String SCHEMA_A = PREFIX + "a";
    private static final String SCHEMA_B = PREFIX + "b";
    private static final int OUTGOING = 90;
    private static final int INCOMING = 60;
    private static final Duration OUTAGE = Duration.ofSeconds(6);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stopAll() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        Cluster.dropSchemas(SCHEMA_A, SCHEMA_B);
    }

    @Test
    void soapFaultsAnd503WhileTheDatabaseIsAwayThenEverythingIsDeliveredOnce() throws Exception {
        long t0 = System.nanoTime();
        TcpProxy database = track(new TcpProxy("127.0.0.1", 5432));
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        HttpRelay toA = track(new HttpRelay("B->A", List.of("http://127.0.0.1:" + portA + "/wbci/v2")));
        HttpRelay toB = track(new HttpRelay("A->B", List.of("http://127.0.0.1:" + portB + "/wbci/v2")));
        Cluster.Webhook webhook = track(new Cluster.Webhook());
        Map<String, String> propsA = new HashMap<>();
        propsA.put("wbci.decision.mode", "AUTOMATIC");
        propsA.put("wbci.events.webhook.url", webhook.url());
        propsA.put("wbci.events.webhook.secret", "s3cret");
        propsA.put("wbci.events.webhook.poll-interval", "200ms");
        propsA.put("spring.task.scheduling.thread-name-prefix", "outage-a-");
        propsA.put("spring.datasource.hikari.maximum-pool-size", "5");
        Gateway a = track(Gateway.start(
                "DEU.AAAA", "D0AA", portA, "DEU.BBBB", toB.port(), Cluster.postgresVia(database), SCHEMA_A, propsA));
        Gateway b = track(Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                toA.port(),
                Gateway.Database.POSTGRES,
                SCHEMA_B,
                Map.of(
                        "wbci.decision.mode",
                        "AUTOMATIC",
                        "wbci.outbox.max-attempts",
                        "1000",
                        "spring.datasource.hikari.maximum-pool-size",
                        "5")));
        long started = System.nanoTime();
        for (int j = 0; j < INCOMING; j++) {
            Gateway.Reply r = a.put(
                    "/api/crm/contracts/OLD-" + j,
                    "{\"status\":\"ACTIVE\",\"inhaber\":"
                            + "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}},\"weitereInhaber\":"
                            + "[{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}],\"standort\":"
                            + TwoGatewaysFlows.STANDORT
                            + ",\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\""
                            + kopf(j) + "\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]},"
                            + "\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V123456\","
                            + "\"identifizierer\":\"I12345\",\"kennungTNBabg\":\"D001\"}],\"earliestEnd\":\"2026-12-01\"}");
            assertThat(r.status()).isEqualTo(200);
        }

        // DEU.AAAA's CRM starts VAs all along and retries what the gateway answers 503; the partner asks all along
        Crm crm = new Crm(a);
        Thread starting = new Thread(crm, "crm-at-a");
        Thread asking = new Thread(
                () -> {
                    for (int j = 0; j < INCOMING; j++) {
                        b.ok("/api/vorabstimmungen", vaTo("DEU.AAAA", kopf(j)));
                        sleep(120);
                    }
                },
                "partner-asks");
        starting.start();
        asking.start();
        awaiting("traffic under way", Duration.ofSeconds(60))
                .until(() ->
                        crm.created.get() >= OUTGOING / 3 && toA.forwarded().size() >= 20);

        // --- the outage
        database.cut();
        long cutAt = System.currentTimeMillis();
        int cutConnections = database.cutConnections();
        JdbcClient dbB = Cluster.jdbc(SCHEMA_B);
        byte[] partnersVa = dbB.sql("""
                SELECT raw FROM wbci_message WHERE direction = 'OUT' AND message_type LIKE 'VA%'
                ORDER BY id DESC LIMIT 1""").query(byte[].class).single();
        // probes, side by side: each waits for a connection until the pool gives up
        long probeStart = System.nanoTime();
        CompletableFuture<Soap.Response> faultProbe =
                CompletableFuture.supplyAsync(() -> Soap.post(a.soapUrl(), partnersVa));
        CompletableFuture<Soap.Response> unreadableProbe = CompletableFuture.supplyAsync(
                () -> Soap.post(a.soapUrl(), "<a><b></a>".getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Gateway.Reply> restProbe =
                CompletableFuture.supplyAsync(() -> a.get("/api/vorabstimmungen?limit=1"));
        Soap.Response fault = faultProbe.get(30, TimeUnit.SECONDS);
        long faultMillis = (System.nanoTime() - probeStart) / 1_000_000;
        Soap.Response unreadableDuring = unreadableProbe.get(30, TimeUnit.SECONDS);
        Gateway.Reply restDuring = restProbe.get(30, TimeUnit.SECONDS);
        sleep(Math.max(0, OUTAGE.toMillis() - (System.currentTimeMillis() - cutAt)));
        database.restore();
        long restoredAt = System.currentTimeMillis();
        JdbcClient dbA = Cluster.jdbc(SCHEMA_A);
        long backlogA = count(dbA, "SELECT COALESCE(MAX(id), 0) FROM outbox");
        long backlogB = count(dbB, "SELECT COALESCE(MAX(id), 0) FROM outbox");

        // a SOAP Fault marked as a transient server fault: not a TEQ, no HTML, no stack trace
        assertThat(fault.status()).isEqualTo(500);
        assertTransientFault(fault.text());
        assertThat(unreadableDuring.status()).isEqualTo(500);
        assertTransientFault(unreadableDuring.text());
        // REST: a clean problem, 503
        assertThat(restDuring.status()).isEqualTo(503);
        assertThat(restDuring.body().path("title").asString()).isEqualTo("Database unavailable");
        assertThat(restDuring.body().toString()).doesNotContain("Exception", "SQL", "Hikari");

        // --- recovery, without restarting anything
        starting.join(300_000);
        asking.join(300_000);
        assertThat(starting.isAlive() || asking.isAlive())
                .as("CRM and partner done")
                .isFalse();
        assertThat(crm.failure).as("the CRM's calls").isNull();
        long outgoing = count(dbA, "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_AUF'");
        awaiting("all settled", Duration.ofSeconds(180))
                .until(() -> count(dbA, "SELECT COUNT(*) FROM outbox WHERE status <> 'DELIVERED'") == 0
                        && count(dbB, "SELECT COUNT(*) FROM outbox WHERE status <> 'DELIVERED'") == 0
                        && count(
                                        dbA,
                                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_AUF' AND phase = 'REJECTED'")
                                == outgoing
                        && count(
                                        dbA,
                                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_ABG' AND phase = 'AGREED'")
                                == INCOMING
                        && count(dbB, "SELECT COUNT(*) FROM vorabstimmung WHERE phase = 'AGREED'") == INCOMING);
        long settledAt = System.currentTimeMillis();
        assertThat(a.context().isActive()).isTrue();

        // the partner's faulted message, sent again by hand: accepted (or recognised as the retry it is)
        Soap.Response again = Soap.post(a.soapUrl(), partnersVa);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("Quittung").contains("<Meldungscode>OK</Meldungscode>");
        Soap.Response unreadableAfter = Soap.post(a.soapUrl(), "<a><b></a>".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadableAfter.text())
                .contains("<faultcode>SOAP-ENV:Client</faultcode>")
                .contains("TEQ 0995");
        assertThat(count(dbA, "SELECT COUNT(*) FROM " + SCHEMA_A + "_provider.inbound_refusal"))
                .as("the unreadable input, once, on the provider's record (it reached no tenant)")
                .isEqualTo(1);

        // --- what the partner saw: Server faults while the database was away, each message accepted in the end
        List<HttpRelay.Forwarded> answers = toA.forwarded();
        List<HttpRelay.Forwarded> faults =
                answers.stream().filter(f -> f.status() != 200).toList();
        assertThat(faults).as("faults the partner got").isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(500);
            assertTransientFault(f.answer());
        });
        Set<String> accepted = new java.util.HashSet<>();
        answers.stream().filter(f -> f.status() == 200).forEach(f -> accepted.add(f.digest()));
        List<String> sentByB = dbB.sql("""
                SELECT m.digest FROM outbox o JOIN wbci_message m ON m.id = o.message_id""").query(String.class).list();
        assertThat(accepted).containsExactlyInAnyOrderElementsOf(sentByB);
        assertThat(faults).allSatisfy(f -> assertThat(accepted).contains(f.digest()));
        long retried = count(dbB, "SELECT COUNT(*) FROM outbox WHERE attempts > 1");
        assertThat(retried).as("partner messages sent again after a fault").isPositive();
        assertThat(dbB.sql("SELECT last_error FROM outbox WHERE attempts > 1")
                        .query(String.class)
                        .list())
                .allSatisfy(e -> assertThat(e).contains("database unavailable, retry later"));
        assertThat(count(dbB, "SELECT COUNT(*) FROM outbox WHERE status = 'DEAD'"))
                .isZero();

        // --- what DEU.AAAA sent: each message accepted; those posted just before the cut whose delivery could not be
        // recorded are posted again afterwards, byte-identical, and the partner recognises them as retries (how many
        // depends on how many were in flight at the cut: not counted, printed)
        List<HttpRelay.Forwarded> sentByA = toB.forwarded();
        assertThat(sentByA).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(200);
            assertThat(f.answer()).contains("<Meldungscode>OK</Meldungscode>");
        });
        Map<String, Long> postsPerMessage = new HashMap<>();
        sentByA.forEach(f -> postsPerMessage.merge(f.digest(), 1L, Long::sum));
        assertThat(postsPerMessage.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        dbA.sql("SELECT m.digest FROM outbox o JOIN wbci_message m ON m.id = o.message_id")
                                .query(String.class)
                                .list());
        long postedAgain = postsPerMessage.values().stream().filter(n -> n > 1).count();
        long mostPosts = postsPerMessage.values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        assertThat(count(dbB, """
                SELECT COUNT(*) FROM (SELECT digest FROM wbci_message WHERE direction = 'IN' GROUP BY digest
                HAVING COUNT(*) > 1) x"""))
                .as("messages of A the partner stored more than once")
                .isZero();

        // --- nothing lost, nothing doubled
        assertThat(outgoing)
                .as("VAs started at A: one per CRM request (a request cut during its commit and "
                        + "repeated with its Idempotency-Key is carried out once)")
                .isEqualTo(OUTGOING);
        assertThat(count(dbA, "SELECT COUNT(*) FROM idempotency_key WHERE status IS NOT NULL"))
                .as("CRM requests confirmed")
                .isEqualTo(OUTGOING);
        for (JdbcClient jdbc : List.of(dbA, dbB)) {
            assertThat(count(jdbc, """
                    SELECT COUNT(*) FROM (SELECT va_id FROM wbci_message GROUP BY va_id HAVING COUNT(*) <> 2) x"""))
                    .as("VAs whose timeline is not exactly request + answer")
                    .isZero();
        }
        assertThat(count(dbA, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'IN'"))
                .isEqualTo(count(dbB, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'OUT'"));
        assertThat(count(dbB, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'IN'"))
                .isEqualTo(count(dbA, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'OUT'"));
        assertThat(count(
                        dbA,
                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_ABG' "
                                + "AND decision_status = 'DONE' AND decision_note = 'DECIDE.ZWA'"))
                .as("decided automatically, once")
                .isEqualTo(INCOMING);
        assertThat(count(dbA, "SELECT COUNT(*) FROM crm_event WHERE event_type = 'VA_RECEIVED'"))
                .isEqualTo(INCOMING);
        long head = a.get("/api/events/consumers").body().path("head").asLong();
        assertThat(head).isEqualTo(count(dbA, "SELECT COUNT(*) FROM crm_event"));
        awaiting("webhook through", Duration.ofSeconds(120))
                .until(() -> webhook.offsets().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0)
                        >= head);
        // at least once: a push whose cursor move was cut is pushed again, with the same content
        List<JsonNode> pushedEvents = webhook.events();
        List<Long> pushed =
                pushedEvents.stream().map(e -> e.path("offset").asLong()).toList();
        assertThat(Set.copyOf(pushed))
                .as("offsets pushed")
                .isEqualTo(LongStream.rangeClosed(1, head).boxed().collect(Collectors.toSet()));
        Map<Long, Set<JsonNode>> contentPerOffset = new HashMap<>();
        pushedEvents.forEach(e -> contentPerOffset
                .computeIfAbsent(e.path("offset").asLong(), o -> new HashSet<>())
                .add(e));
        assertThat(contentPerOffset)
                .as("an event pushed again carries the same content")
                .allSatisfy((offset, contents) -> assertThat(contents).hasSize(1));

        // --- the background jobs are the same threads as before, alive
        Set<String> threads = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).forEach(t -> threads.add(t.getName()));
        assertThat(threads).anyMatch(n -> n.startsWith("outage-a-")).anyMatch(n -> n.startsWith("event-webhook-"));

        long backlogDrainedA = count(
                        dbA,
                        "SELECT CAST(EXTRACT(EPOCH FROM MAX(delivered_at)) * 1000 AS BIGINT) "
                                + "FROM outbox WHERE id <= " + backlogA)
                - restoredAt;
        long backlogDrainedB = count(
                        dbB,
                        "SELECT CAST(EXTRACT(EPOCH FROM MAX(delivered_at)) * 1000 AS BIGINT) "
                                + "FROM outbox WHERE id <= " + backlogB)
                - restoredAt;
        long firstAcceptedAfter = answers.stream()
                .filter(f -> f.status() == 200 && f.atMillis() > restoredAt)
                .mapToLong(HttpRelay.Forwarded::atMillis)
                .min()
                .orElse(-1);
        System.out.printf(
                """
                DatabaseOutageTest figures:
                  outage %d ms (%d database connections cut); messages: A sent %d, B sent %d (%d VAs started at A, %d at B)
                  during the outage: %d Server faults to the partner's sends, %d REST 503s to A's CRM, probe fault after %d ms
                  partner messages sent again after a fault: %d; DEAD letters: 0
                  recovery after restore: first REST 2xx %d ms, first partner message accepted %d ms,
                    messages queued before the restore all delivered: A's %d ms, B's %d ms; all traffic settled %d ms
                  A's messages posted more than once (recognised as retries): %d, at most %d times each
                  CRM requests repeated with their Idempotency-Key: %d
                  events: %d in the feed, %d pushed (%d twice)
                  timings: gateways up %d ms, whole test %d ms
                """,
                restoredAt - cutAt,
                cutConnections,
                count(dbA, "SELECT COUNT(*) FROM outbox"),
                count(dbB, "SELECT COUNT(*) FROM outbox"),
                outgoing,
                INCOMING,
                faults.size(),
                crm.unavailable.get(),
                faultMillis,
                retried,
                crm.firstOkAfter(restoredAt) - restoredAt,
                firstAcceptedAfter - restoredAt,
                backlogDrainedA,
                backlogDrainedB,
                settledAt - restoredAt,
                postedAgain,
                mostPosts,
                crm.repeated.get(),
                head,
                pushed.size(),
                pushed.size() - head,
                (started - t0) / 1_000_000,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void assertTransientFault(String body) {
        assertThat(body)
                .contains("<faultcode>SOAP-ENV:Server</faultcode>")
                .contains("database unavailable, retry later")
                .doesNotContain("Quittung", "Meldungscode", "<html", "Exception", "SQL", "Hikari");
    }

    /** The partner's VA-KUE-MRN for one of DEU.AAAA's customers (a line whose number block has this head number). */
    private static String vaTo(String ekpAbg, String kopf) {
        return "{\"geschaeftsfall\":\"VA-KUE-MRN\",\"ekpAbg\":\"" + ekpAbg + "\",\"kundenwunschtermin\":\""
                + TwoGatewaysFlows.KWT + "\",\"endkunde\":" + TwoGatewaysFlows.PERSON + ",\"weitereAnschlussinhaber\":"
                + "[{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}],\"standort\":"
                + TwoGatewaysFlows.STANDORT + ",\"rufnummernPortierung\":{\"anlagenanschluss\":{\"onkz\":\"89\","
                + "\"durchwahlnummer\":\"" + kopf + "\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\","
                + "\"bis\":\"99\"}]},\"portierungszeitfenster\":\"ZF2\"}}";
    }

    private static String kopf(int j) {
        return "3" + String.format("%05d", j);
    }

    /**
     * A CRM that starts VAs one after another, each under an Idempotency-Key of its own, and repeats a request the
     * gateway did not confirm (503, a key still in progress, no answer) with the same key.
     */
    private static final class Crm implements Runnable {
        private final Gateway gateway;
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger repeated = new AtomicInteger();
        final List<Long> okAt = new CopyOnWriteArrayList<>();
        final AtomicLong lastUnavailable = new AtomicLong();
        volatile Throwable failure;

        Crm(Gateway gateway) {
            this.gateway = gateway;
        }

        @Override
        public void run() {
            try {
                long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos(); // bounds a failing test only
                for (int k = 0; k < OUTGOING; ) {
                    Map<String, String> key = Map.of("Idempotency-Key", PREFIX + "va-" + k);
                    Gateway.Reply r;
                    try {
                        r = gateway.post("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"), key);
                    } catch (IllegalStateException noAnswer) {
                        r = null;
                    }
                    if (r == null || r.status() == 503 || r.status() == 409) {
                        if (r != null && r.status() == 503) {
                            unavailable.incrementAndGet();
                            lastUnavailable.set(System.currentTimeMillis());
                            assertThat(r.body().path("title").asString()).isIn("Database unavailable", "Not confirmed");
                        } else if (r != null) {
                            assertThat(r.body().path("title").asString()).isEqualTo("Request in progress");
                        }
                        assertThat(System.nanoTime())
                                .as("CRM request %d confirmed in time", k)
                                .isLessThan(giveUp);
                        repeated.incrementAndGet();
                        sleep(200);
                        continue;
                    }
                    assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
                    okAt.add(System.currentTimeMillis());
                    created.incrementAndGet();
                    k++;
                    sleep(60);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        long firstOkAfter(long millis) {
            return okAt.stream()
                    .mapToLong(Long::longValue)
                    .filter(t -> t > millis)
                    .min()
                    .orElse(-1);
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }
}
