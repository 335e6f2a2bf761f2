package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wbcigateway.gateway.support.Cluster.count;
import static org.wbcigateway.gateway.support.Cluster.sleep;
import static org.wbcigateway.gateway.support.Patience.awaiting;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.decisions.DecisionWorker;
import org.wbcigateway.gateway.support.Cluster;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.HttpRelay;
import org.wbcigateway.gateway.support.TcpProxy;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, several nodes: three DEU.AAAA gateways on one PostgreSQL schema share the work through the database, and
 * a partner DEU.BBBB (its own schema) talks to them through a round-robin load balancer. The cluster starts switches
 * from CRM contracts on all three nodes' REST APIs (the partner refuses them automatically: ABBM 8117, no contract
 * there) and decides the VAs the partner sends it (RUEM-VA ZWA from its contracts). Each node's outgoing messages
 * pass a recording relay, so the test knows which node sent what and how often each message reached the partner.
 *
 * <p>Half way through, node 3 "crashes": its relay to the partner swallows its requests (it has messages leased and
 * in flight), its database connections are cut (nothing it did after that is committed, its leases stay behind),
 * then its context is closed. The other two nodes take its leased messages over once the leases expire.
 */
class MultiNodeTest {

    private static final String PREFIX = "mn_" + Long.toString(System.currentTimeMillis(), 36) + "_";
    private static final String CLUSTER = PREFIX + "a";
    private static final String PARTNER = PREFIX + "b";
    private static final int NODES = 3;
    private static final int SWITCHES = 180;
    private static final int INCOMING = 90;
    private static final Duration LEASE = Duration.ofSeconds(8);

    private static final String JOHN = "{\"person\":{\"anrede\":\"1\",\"vorname\":\"John\",\"nachname\":\"McFly\"}}";
    private static final String KATE = "{\"person\":{\"anrede\":\"2\",\"vorname\":\"Kate\",\"nachname\":\"McFly\"}}";
    private static final String STANDORT = TwoGatewaysFlows.STANDORT;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Gateway[] nodes = new Gateway[NODES];
    private final TcpProxy[] db = new TcpProxy[NODES];
    private final HttpRelay[] out = new HttpRelay[NODES];
    private final ListAppender<ILoggingEvent> decisions = new ListAppender<>();

    @AfterEach
    void stopAll() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        ((Logger) LoggerFactory.getLogger(DecisionWorker.class)).detachAppender(decisions);
        Cluster.dropSchemas(CLUSTER, PARTNER);
    }

    @Test
    void threeNodesShareTheWorkAndTakeOverTheLeasesOfACrashedOne() throws Exception {
        long t0 = System.nanoTime();
        int partnerPort = Gateway.freePort();
        int[] ports = new int[NODES];
        List<String> nodeUrls = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            ports[i] = Gateway.freePort();
            nodeUrls.add("http://127.0.0.1:" + ports[i] + "/wbci/v2");
            db[i] = track(new TcpProxy("127.0.0.1", 5432));
            out[i] = track(new HttpRelay("node" + (i + 1), List.of("http://127.0.0.1:" + partnerPort + "/wbci/v2")));
        }
        HttpRelay balancer = track(new HttpRelay("lb", nodeUrls));
        Cluster.Webhook webhook = track(new Cluster.Webhook());

        // node 1 migrates the schema first; the partner starts alongside, then nodes 2 and 3 together
        ExecutorService starter = Executors.newFixedThreadPool(2);
        CompletableFuture<Gateway> partnerStart = CompletableFuture.supplyAsync(
                () -> Gateway.start(
                        "DEU.BBBB",
                        "D0BB",
                        partnerPort,
                        "DEU.AAAA",
                        balancer.port(),
                        Gateway.Database.POSTGRES,
                        PARTNER,
                        Map.of(
                                "wbci.decision.mode",
                                "AUTOMATIC",
                                "wbci.outbox.max-attempts",
                                "1000",
                                "spring.datasource.hikari.maximum-pool-size",
                                "5")),
                starter);
        nodes[0] = startNode(0, ports[0], webhook);
        List<CompletableFuture<Gateway>> later = new ArrayList<>();
        for (int i = 1; i < NODES; i++) {
            int n = i;
            later.add(CompletableFuture.supplyAsync(() -> startNode(n, ports[n], webhook), starter));
        }
        Gateway partner = track(partnerStart.get(120, TimeUnit.SECONDS));
        for (int i = 1; i < NODES; i++) {
            nodes[i] = later.get(i - 1).get(120, TimeUnit.SECONDS);
        }
        starter.shutdown();
        long started = System.nanoTime();
        captureDecisionLogs();

        // the CRM data, spread over the nodes: won customers to switch, and our customers the partner will ask for
        for (int k = 0; k < SWITCHES; k++) {
            put(nodes[k % NODES], "NEW-" + k, contract("NEW", anlage(kopf(1, k)), WON));
        }
        for (int j = 0; j < INCOMING; j++) {
            put(nodes[j % NODES], "OLD-" + j, contract("ACTIVE", anlage(kopf(2, j)), OLD));
        }

        // the partner asks for our customers all along
        AtomicBoolean partnerDone = new AtomicBoolean();
        List<String> incoming = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread asking = new Thread(
                () -> {
                    for (int j = 0; j < INCOMING; j++) {
                        incoming.add(partner.ok("/api/vorabstimmungen", vaTo("DEU.AAAA", kopf(2, j)))
                                .path("vorabstimmungsId")
                                .asString());
                        sleep(40);
                    }
                    partnerDone.set(true);
                },
                "partner-asks");
        asking.start();

        // switches round robin over the three nodes; node 3's relay starts holding shortly before the crash
        Map<String, Integer> switchedOn = new LinkedHashMap<>();
        int beforeCrash = SWITCHES * 2 / 3;
        for (int k = 0; k < beforeCrash; k++) {
            if (k == beforeCrash - 15) {
                out[2].hold();
            }
            switchedOn.put(switchVia(nodes[k % NODES], k), k % NODES);
        }
        awaiting("node 3 has a message in flight").until(() -> out[2].held() > 0);

        // the crash: database gone first (nothing more is committed, leases stay), then the process
        db[2].cut();
        balancer.disable(2);
        long crashedAt = System.currentTimeMillis();
        long crashedNanos = System.nanoTime();
        JdbcClient cluster = Cluster.jdbc(CLUSTER);
        List<Map<String, Object>> leased =
                cluster.sql("""
                SELECT message_id, lease_owner, lease_until FROM outbox WHERE status = 'PENDING' AND lease_until > ?""").param(java.time.OffsetDateTime.now()).query().listOfRows();
        String crashedOwner = owner(nodes[2]);
        Map<Long, Long> leftBehind = new HashMap<>(); // message id -> lease expiry (epoch ms)
        for (Map<String, Object> row : leased) {
            if (crashedOwner.equals(row.get("lease_owner"))) {
                leftBehind.put(((Number) row.get("message_id")).longValue(), epochMillis(row.get("lease_until")));
            }
        }
        int heldRequests = out[2].held();
        // the process goes away without waiting for anything it was doing
        Gateway crashed = nodes[2];
        java.util.concurrent.atomic.AtomicLong closedAfter = new java.util.concurrent.atomic.AtomicLong(-1);
        Thread closing = new Thread(
                () -> {
                    crashed.close();
                    closedAfter.set((System.nanoTime() - crashedNanos) / 1_000_000);
                },
                "node3-exit");
        closing.start();

        for (int k = beforeCrash; k < SWITCHES; k++) {
            switchedOn.put(switchVia(nodes[k % 2], k), k % 2);
        }
        asking.join(300_000);
        assertThat(partnerDone).isTrue();
        out[2].dropHeld();

        // everything settles on the two surviving nodes
        JdbcClient partnerDb = Cluster.jdbc(PARTNER);
        awaiting("all settled", Duration.ofSeconds(300))
                .until(() -> count(cluster, "SELECT COUNT(*) FROM outbox WHERE status <> 'DELIVERED'") == 0
                        && count(partnerDb, "SELECT COUNT(*) FROM outbox WHERE status <> 'DELIVERED'") == 0
                        && count(
                                        cluster,
                                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_AUF' AND phase = 'REJECTED'")
                                == SWITCHES
                        && count(
                                        cluster,
                                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_ABG' AND phase = 'AGREED'")
                                == INCOMING
                        && count(partnerDb, "SELECT COUNT(*) FROM outbox") == SWITCHES + INCOMING
                        && count(partnerDb, "SELECT COUNT(*) FROM vorabstimmung WHERE phase = 'AGREED'") == INCOMING);
        long settled = System.nanoTime();
        closing.join(120_000);
        long closeMillis = closedAfter.get();
        long head = nodes[0].get("/api/events/consumers").body().path("head").asLong();
        awaiting("webhook through", Duration.ofSeconds(120))
                .until(() -> webhook.offsets().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0)
                        >= head);

        // --- every message of the cluster reached the partner exactly once, and each node sent some
        List<HttpRelay.Forwarded> sent = new ArrayList<>();
        for (HttpRelay relay : out) {
            sent.addAll(relay.forwarded());
        }
        Map<String, Long> perDigest =
                sent.stream().collect(Collectors.groupingBy(HttpRelay.Forwarded::digest, Collectors.counting()));
        List<String> outboxDigests = cluster.sql("""
                SELECT m.digest FROM outbox o JOIN wbci_message m ON m.id = o.message_id""").query(String.class).list();
        assertThat(outboxDigests).hasSize(SWITCHES + INCOMING).doesNotHaveDuplicates();
        assertThat(perDigest.keySet()).containsExactlyInAnyOrderElementsOf(outboxDigests);
        // a post whose TEQ did not come within the request timeout (a busy machine) is legally posted again, the same
        // stored bytes (same digest); the partner recognises it as a transport retry (its store is checked below)
        Map<String, Long> sentTwice = perDigest.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(sent).allSatisfy(f -> assertThat(f.status()).isEqualTo(200));
        Map<String, Long> perNode = sent.stream()
                .collect(Collectors.groupingBy(HttpRelay.Forwarded::relay, TreeMap::new, Collectors.counting()));
        assertThat(perNode)
                .as("messages sent per node")
                .containsOnlyKeys("node1", "node2", "node3")
                .allSatisfy((node, n) -> assertThat(n).isPositive());

        // --- the crashed node's leases were taken over by the others, each after it expired, each sent once
        assertThat(leftBehind).as("node 3 left leased messages behind").isNotEmpty();
        Map<String, Long> leftDigests = new HashMap<>();
        leftBehind.forEach((message, until) -> leftDigests.put(
                cluster.sql("SELECT digest FROM wbci_message WHERE id = ?")
                        .param(message)
                        .query(String.class)
                        .single(),
                until));
        List<HttpRelay.Forwarded> takenOver =
                sent.stream().filter(f -> leftDigests.containsKey(f.digest())).toList();
        assertThat(takenOver.stream().map(HttpRelay.Forwarded::digest).collect(Collectors.toSet()))
                .isEqualTo(leftDigests.keySet());
        assertThat(takenOver).allSatisfy(f -> {
            assertThat(f.relay()).isNotEqualTo("node3");
            assertThat(f.atMillis())
                    .as("sent after the lease expired")
                    .isGreaterThanOrEqualTo(leftDigests.get(f.digest()));
        });

        // --- the partner saw each conversation exactly once: no message stored twice, nothing missing
        assertThat(count(partnerDb, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'IN'"))
                .isEqualTo(SWITCHES + INCOMING);
        assertThat(count(partnerDb, "SELECT COUNT(*) FROM inbound_refusal")).isZero();
        assertThat(count(partnerDb, "SELECT COUNT(*) FROM " + PARTNER + "_provider.inbound_refusal"))
                .isZero();
        assertThat(count(partnerDb, """
                SELECT COUNT(*) FROM (SELECT va_id FROM wbci_message GROUP BY va_id HAVING COUNT(*) <> 2) x"""))
                .as("VAs whose timeline at the partner is not exactly request + answer")
                .isZero();
        assertThat(count(cluster, """
                SELECT COUNT(*) FROM (SELECT va_id FROM wbci_message GROUP BY va_id HAVING COUNT(*) <> 2) x"""))
                .as("VAs whose timeline in the cluster is not exactly request + answer")
                .isZero();
        assertThat(count(cluster, "SELECT COUNT(*) FROM wbci_message WHERE direction = 'IN'"))
                .isEqualTo(SWITCHES + INCOMING);
        assertThat(count(partnerDb, """
                SELECT COUNT(*) FROM (SELECT digest FROM wbci_message WHERE direction = 'IN' GROUP BY digest
                HAVING COUNT(*) > 1) x"""))
                .as("messages the partner stored more than once")
                .isZero();

        // --- each VA the partner sent was decided exactly once, automatically, by one of the nodes
        assertThat(count(
                        cluster,
                        "SELECT COUNT(*) FROM vorabstimmung WHERE own_role = 'EKP_ABG' "
                                + "AND decision_status = 'DONE' AND decision_note = 'DECIDE.ZWA'"))
                .isEqualTo(INCOMING);
        Map<String, List<String>> decidedBy = decisionsByVa();
        assertThat(decidedBy.keySet()).containsExactlyInAnyOrderElementsOf(incoming);
        assertThat(decidedBy).allSatisfy((va, by) -> assertThat(by).as(va).hasSize(1));
        Map<String, Long> decisionsPerNode = decidedBy.values().stream()
                .map(by -> by.get(0))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));

        // --- deadlines: there is no periodic deadline job yet; the rows are written with the state change, once
        assertThat(count(cluster, "SELECT COUNT(DISTINCT va_id) FROM deadline")).isEqualTo(SWITCHES + INCOMING);
        assertThat(count(cluster, """
                SELECT COUNT(*) FROM (SELECT va_id, awaited FROM deadline GROUP BY va_id, awaited HAVING COUNT(*) > 1) x""")).as("deadlines recorded twice").isZero();

        // --- the event feed: every event once, numbered without duplicates; each contract's story told once
        List<JsonNode> feed = readFeed(nodes[0]);
        List<Long> offsets = feed.stream().map(e -> e.path("offset").asLong()).toList();
        assertThat(offsets).isSorted().doesNotHaveDuplicates();
        assertThat((long) offsets.size()).isEqualTo(count(cluster, "SELECT COUNT(*) FROM crm_event"));
        assertThat(offsets.get(offsets.size() - 1)).isEqualTo(head);
        Map<String, List<String>> stories = new HashMap<>();
        feed.forEach(e -> stories.computeIfAbsent(e.path("contractId").asString(), c -> new ArrayList<>())
                .add(e.path("type").asString()));
        assertThat(stories)
                .hasSize(SWITCHES + INCOMING)
                .allSatisfy((contract, types) -> assertThat(types).as(contract).doesNotHaveDuplicates());
        Set<List<String>> shapes =
                stories.values().stream().map(t -> t.stream().sorted().toList()).collect(Collectors.toSet());
        assertThat(shapes)
                .as("every switch and every incoming VA told the same way")
                .hasSize(2);
        assertThat(stories.get("OLD-0")).contains("VA_RECEIVED", "SENT_RUEM-VA", "STATE_AGREED");
        assertThat(stories.get("NEW-0")).contains("SWITCH_STARTED", "RECEIVED_ABBM", "STATE_REJECTED");

        // --- the webhook: every event pushed, at least once; a repeat (the crash cut a delivery short, or a push
        // outlived its request timeout on a busy machine) carries the same content
        List<JsonNode> pushedEvents = webhook.events();
        List<Long> pushed =
                pushedEvents.stream().map(e -> e.path("offset").asLong()).toList();
        assertThat(Set.copyOf(pushed)).containsExactlyInAnyOrderElementsOf(offsets);
        long pushedTwice = pushed.size() - Set.copyOf(pushed).size();
        Map<Long, Set<JsonNode>> contentPerOffset = new HashMap<>();
        pushedEvents.forEach(e -> contentPerOffset
                .computeIfAbsent(e.path("offset").asLong(), o -> new java.util.HashSet<>())
                .add(e));
        assertThat(contentPerOffset)
                .as("an event pushed again carries the same content")
                .allSatisfy((offset, contents) -> assertThat(contents).hasSize(1));

        Map<Integer, Long> inboundPerNode = balancer.forwarded().stream()
                .filter(f -> f.status() == 200)
                .collect(Collectors.groupingBy(f -> f.upstream() + 1, TreeMap::new, Collectors.counting()));
        System.out.printf(
                """
                MultiNodeTest figures:
                  VAs: %d switches started on the cluster (per node %s), %d VAs from the partner decided by the cluster
                  messages sent by the cluster: %d, per node %s; reached the partner twice: %d
                  partner messages accepted per node (load balancer): %s; non-200 answers: %d
                  decisions per node (log): %s
                  crash of node 3: %d request(s) in flight swallowed, %d messages left leased; its context took %d ms to close
                  taken over after %s ms (lease %s) by %s
                  events: %d in the feed, %d pushed to the webhook (%d twice)
                  timings: nodes up %d ms, traffic until settled %d ms, whole test %d ms
                """,
                SWITCHES,
                switchedOn.values().stream()
                        .collect(Collectors.groupingBy(n -> n + 1, TreeMap::new, Collectors.counting())),
                INCOMING,
                sent.size(),
                perNode,
                sentTwice.size(),
                inboundPerNode,
                balancer.forwarded().stream().filter(f -> f.status() != 200).count(),
                decisionsPerNode,
                heldRequests,
                leftBehind.size(),
                closeMillis,
                takenOver.stream().map(f -> f.atMillis() - crashedAt).sorted().toList(),
                LEASE.toMillis(),
                takenOver.stream()
                        .map(HttpRelay.Forwarded::relay)
                        .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting())),
                offsets.size(),
                pushed.size(),
                pushedTwice,
                (started - t0) / 1_000_000,
                (settled - started) / 1_000_000,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private Gateway startNode(int i, int port, Cluster.Webhook webhook) {
        Map<String, String> props = new HashMap<>();
        props.put("wbci.decision.mode", "AUTOMATIC");
        props.put("wbci.outbox.lease", LEASE.toSeconds() + "s");
        props.put("wbci.outbox.request-timeout", "5s");
        props.put("wbci.events.webhook.url", webhook.url());
        props.put("wbci.events.webhook.secret", "s3cret");
        props.put("wbci.events.webhook.lease", "5s");
        props.put("wbci.events.webhook.request-timeout", "2s");
        props.put("wbci.events.webhook.poll-interval", "200ms");
        props.put("spring.task.scheduling.thread-name-prefix", "node" + (i + 1) + "-");
        props.put("spring.datasource.hikari.maximum-pool-size", "5");
        Gateway g = Gateway.start(
                "DEU.AAAA", "D0AA", port, "DEU.BBBB", out[i].port(), Cluster.postgresVia(db[i]), CLUSTER, props);
        return track(g);
    }

    private static long epochMillis(Object timestamp) {
        if (timestamp instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toEpochMilli();
        }
        return ((java.sql.Timestamp) timestamp).getTime();
    }

    private static String owner(Gateway node) {
        return node.context()
                .getBean(org.wbcigateway.gateway.outbox.OutboxSender.class)
                .node();
    }

    private void captureDecisionLogs() {
        decisions.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        decisions.start();
        ((Logger) LoggerFactory.getLogger(DecisionWorker.class)).addAppender(decisions);
    }

    /** Per VA, the cluster nodes (scheduler thread prefix) that logged its automatic decision. */
    private Map<String, List<String>> decisionsByVa() {
        Map<String, List<String>> by = new HashMap<>();
        for (ILoggingEvent e : List.copyOf(decisions.list)) {
            // the partner decides too, on its unnamed scheduler thread; only the cluster's nodes count here
            if (e.getMessage().startsWith("VA {} decided automatically")
                    && e.getThreadName().startsWith("node")) {
                String node = e.getThreadName().replaceAll("-\\d+$", "");
                by.computeIfAbsent(String.valueOf(e.getArgumentArray()[0]), v -> new ArrayList<>())
                        .add(node);
            }
        }
        return by;
    }

    private static List<JsonNode> readFeed(Gateway node) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page =
                    node.get("/api/events?after=" + after + "&limit=100").body();
            if (page.isEmpty()) {
                return all;
            }
            page.forEach(all::add);
            after = page.get(page.size() - 1).path("offset").asLong();
        }
    }

    private static void put(Gateway node, String id, String contract) {
        Gateway.Reply r = node.put("/api/crm/contracts/" + id, contract);
        assertThat(r.status()).as("PUT %s: %s", id, r.body()).isEqualTo(200);
    }

    private static String switchVia(Gateway node, int k) {
        return node.ok("/api/crm/contracts/NEW-" + k + "/switch", null)
                .path("vorabstimmungsId")
                .asString();
    }

    private static String kopf(int kind, int n) {
        return kind + String.format("%05d", n);
    }

    private static String anlage(String kopf) {
        return "\"anlagenanschluss\":{\"onkz\":\"89\",\"durchwahlnummer\":\"" + kopf + "\",\"abfragestelle\":\"0\","
                + "\"bloecke\":[{\"von\":\"00\",\"bis\":\"99\"}]}";
    }

    private static final String OLD =
            ",\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"V123456\","
                    + "\"identifizierer\":\"I12345\",\"kennungTNBabg\":\"D001\"}],\"earliestEnd\":\"2026-12-01\"";
    private static final String WON =
            ",\"previousCarrier\":\"DEU.BBBB\",\"desiredDate\":\"" + TwoGatewaysFlows.KWT + "\"";

    private static String contract(String status, String numbers, String extra) {
        return "{\"status\":\"" + status + "\",\"inhaber\":" + JOHN + ",\"weitereInhaber\":[" + KATE + "]"
                + ",\"standort\":" + STANDORT + "," + numbers + extra + "}";
    }

    /** The partner's VA-KUE-MRN for one of our customers (line with a number block under the given head number). */
    private static String vaTo(String ekpAbg, String kopf) {
        return "{\"geschaeftsfall\":\"VA-KUE-MRN\",\"ekpAbg\":\"" + ekpAbg + "\",\"kundenwunschtermin\":\""
                + TwoGatewaysFlows.KWT + "\",\"endkunde\":" + JOHN + ",\"weitereAnschlussinhaber\":[" + KATE + "]"
                + ",\"standort\":" + STANDORT + ",\"rufnummernPortierung\":{" + anlage(kopf)
                + ",\"portierungszeitfenster\":\"ZF2\"}}";
    }

    private <T extends AutoCloseable> T track(T resource) {
        synchronized (resources) {
            resources.add(resource);
        }
        return resource;
    }
}
