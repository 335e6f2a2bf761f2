package org.wbcigateway.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.domain.message.MessageType;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Direction;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord.Outcome;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;

/**
 * The migrations and the outbox queries on both databases: order per Vorabstimmung, dead letters block their
 * Vorabstimmung until re-sent, and SKIP LOCKED keeps two claimers apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRepositoryTest {

    private static final CarrierCode PARTNER = CarrierCode.of("DEU.BBBB");
    private static final String PG_SCHEMA = "outbox_" + Long.toString(System.currentTimeMillis(), 36);

    record Db(String name, DataSource dataSource) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Db h2 = migrate(
            "H2",
            new DriverManagerDataSource(
                    "jdbc:h2:mem:outbox_repo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    ""),
            null);
    private final Db postgres = migrate(
            "PostgreSQL",
            new DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA, "postgres", ""),
            PG_SCHEMA);

    Stream<Db> databases() {
        return Stream.of(h2, postgres);
    }

    private static Db migrate(String name, DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema);
        }
        config.load().migrate();
        return new Db(name, ds);
    }

    @AfterAll
    void dropSchema() {
        JdbcClient.create(postgres.dataSource())
                .sql("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE")
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static long queue(JdbcClient jdbc, String vaId) {
        MessageRepository messages = new MessageRepository(jdbc);
        long id = messages.insert(
                vaId,
                Direction.OUT,
                MessageType.TV,
                Geschaeftsfall.TVS_VA,
                null,
                PARTNER,
                ("<x>" + vaId + System.nanoTime() + "</x>").getBytes(),
                "d" + System.nanoTime(),
                Outcome.QUEUED,
                null,
                now());
        new OutboxRepository(jdbc, new OutboxWakeup(false)).enqueue(id, vaId, PARTNER, now().minusSeconds(1));
        return id;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onlyTheOldestUndeliveredMessageOfAVaIsDueAndDeadLettersBlockUntilResent(Db db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        OutboxRepository outbox = new OutboxRepository(jdbc, new OutboxWakeup(false));
        String x = "DEU.AAAA.V1" + (System.nanoTime() % 100_000_000L + 100_000_000L);
        String y = x.replace(".V1", ".V2");
        long x1 = queue(jdbc, x);
        long x2 = queue(jdbc, x);
        long x3 = queue(jdbc, x);
        long y1 = queue(jdbc, y);
        assertThat(due(outbox)).containsExactly(x1, y1);
        assertThat(outbox.markDelivered(leased(outbox, x1, "me"), "me", now())).isTrue();
        assertThat(due(outbox)).containsExactly(x2, y1);
        long x2Entry = leased(outbox, x2, "me");
        assertThat(outbox.markFailed(x2Entry, "me", "HTTP 503", null, now().minusSeconds(1), true))
                .isTrue();
        assertThat(outbox.find(x2Entry).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(due(outbox)).as("x3 waits behind the dead x2").containsExactly(y1);
        assertThat(outbox.resend(x2Entry, now().minusSeconds(1))).isTrue();
        assertThat(outbox.resend(x2Entry, now()))
                .as("only a dead letter can be re-sent")
                .isFalse();
        assertThat(due(outbox)).containsExactly(x2, y1);
        assertThat(x3).isGreaterThan(x2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoClaimersNeverGetTheSameMessage(Db db) throws Exception {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        OutboxRepository outbox = new OutboxRepository(jdbc, new OutboxWakeup(false));
        String base = "DEU.AAAA.V3" + (System.nanoTime() % 10_000_000L + 10_000_000L);
        for (int i = 0; i < 6; i++) {
            queue(jdbc, base + i);
        }
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        CountDownLatch firstHoldsLocks = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = pool.submit(() -> tx.execute(s -> {
                List<Long> mine = ids(outbox.lockDue(now(), 3, "first"));
                firstHoldsLocks.countDown();
                await(secondDone);
                return mine;
            }));
            assertThat(firstHoldsLocks.await(60, TimeUnit.SECONDS)).isTrue();
            Future<List<Long>> second = pool.submit(() -> tx.execute(s -> ids(outbox.lockDue(now(), 100, "second"))));
            List<Long> theirs = second.get(60, TimeUnit.SECONDS);
            secondDone.countDown();
            List<Long> mine = first.get(60, TimeUnit.SECONDS);
            assertThat(mine).hasSize(3);
            assertThat(theirs).doesNotContainAnyElementsOf(mine);
            if (db.equals(postgres)) {
                // PostgreSQL locks only the rows it returns; H2 also locks rows it only looked at, so there a second
                // claimer may get nothing now and the rest in its next round: slower, never doubled
                assertThat(theirs).hasSizeGreaterThanOrEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLeaseKeepsOtherNodesOutAndOnlyItsHolderRecordsTheOutcome(Db db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        OutboxRepository outbox = new OutboxRepository(jdbc, new OutboxWakeup(false));
        String va = "DEU.AAAA.V4" + (System.nanoTime() % 10_000_000L + 10_000_000L);
        long message = queue(jdbc, va);
        long entry = leased(outbox, message, "node-a");
        assertThat(due(outbox, "node-b")).as("leased to node-a").doesNotContain(message);
        assertThat(due(outbox, "node-a"))
                .as("node-a takes back what it could not finish")
                .contains(message);

        // node-a's lease runs out, node-b takes the message over and delivers it; node-a's late outcome is ignored
        outbox.lease(entry, "node-a", now().minusSeconds(1));
        assertThat(due(outbox, "node-b")).contains(message);
        outbox.lease(entry, "node-b", now().plusSeconds(60));
        assertThat(outbox.markFailed(entry, "node-a", "timeout", null, now(), false))
                .isFalse();
        assertThat(outbox.markDelivered(entry, "node-b", now())).isTrue();
        assertThat(outbox.markDelivered(entry, "node-a", now())).isFalse();
        assertThat(outbox.markFailed(entry, "node-a", "late timeout", null, now(), false))
                .isFalse();
        OutboxEntry delivered = outbox.find(entry).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.lastError()).isNull();
    }

    /** Leases the message's entry to {@code owner} for a minute; returns the entry's id. */
    private static long leased(OutboxRepository outbox, long messageId, String owner) {
        long id = outbox.findByMessage(messageId).orElseThrow().id();
        outbox.lease(id, owner, now().plusSeconds(60));
        return id;
    }

    private static List<Long> due(OutboxRepository outbox) {
        return due(outbox, "test");
    }

    private static List<Long> due(OutboxRepository outbox, String owner) {
        return outbox.lockDue(now(), 100, owner).stream()
                .map(OutboxEntry::messageId)
                .sorted()
                .toList();
    }

    private static List<Long> ids(List<OutboxEntry> entries) {
        return entries.stream().map(OutboxEntry::id).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
