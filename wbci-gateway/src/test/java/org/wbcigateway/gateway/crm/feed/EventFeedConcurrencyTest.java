package org.wbcigateway.gateway.crm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.wbcigateway.domain.vorabstimmung.CrmEventType;
import org.wbcigateway.gateway.crm.CrmPort;
import org.wbcigateway.gateway.support.Gateway;

/**
 * The outbox-feed pitfall: writers hold their transactions open for a while after inserting, so ids commit out of
 * order while consumers keep reading. A feed that followed ids skips some of the late ones here (tried on both
 * databases); this one must not.
 */
class EventFeedConcurrencyTest {

    private static final int WRITERS = 6;
    private static final int PER_WRITER = 20;

    private Gateway gateway;
    private String schema;

    @AfterEach
    void stop() throws SQLException {
        gateway.close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "POSTGRES"})
    void consumersNeverSkipAnEventWhoseTransactionCommitsLate(String database) throws Exception {
        String name = "feed_race_" + Long.toString(System.nanoTime(), 36);
        boolean postgres = database.equals("POSTGRES");
        gateway = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                Gateway.freePort(),
                "DEU.BBBB",
                Gateway.freePort(),
                postgres ? Gateway.Database.POSTGRES : Gateway.Database.H2,
                name,
                Map.of());
        schema = postgres ? name : null;
        CrmPort crm = gateway.context().getBean(CrmPort.class);
        TransactionTemplate tx = gateway.context().getBean(TransactionTemplate.class);

        List<FeedConsumer> consumers = List.of(new FeedConsumer("race-1", 10), new FeedConsumer("race-2", 7));
        consumers.forEach(c -> c.drain(gateway)); // warm up, so that reads really overlap the writers
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + consumers.size());
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String contract = "W" + w;
            writers.add(pool.submit(() -> IntStream.range(0, PER_WRITER)
                    .forEach(i -> tx.executeWithoutResult(s -> {
                        crm.recordEvent(contract, null, CrmEventType.SWITCH_STARTED, "E" + i);
                        sleep(ThreadLocalRandom.current().nextInt(30));
                    }))));
        }
        // two readers, so two sequencing steps also race each other
        List<Future<?>> readers = consumers.stream()
                .<Future<?>>map(c -> pool.submit(() -> {
                    while (!writers.stream().allMatch(Future::isDone)) {
                        c.drain(gateway);
                    }
                }))
                .toList();
        for (Future<?> task : concat(writers, readers)) {
            task.get();
        }
        pool.shutdown();

        List<String> inOrder =
                IntStream.range(0, PER_WRITER).mapToObj(i -> "E" + i).toList();
        for (FeedConsumer consumer : consumers) {
            consumer.drain(gateway);
            assertThat(consumer.offsets())
                    .hasSize(WRITERS * PER_WRITER)
                    .doesNotHaveDuplicates()
                    .isSorted();
            consumer.detailsPerContract()
                    .values()
                    .forEach(details -> assertThat(details).isEqualTo(inOrder));
        }
        long lateCommits = gateway.context()
                .getBean(JdbcClient.class)
                .sql("""
                SELECT COUNT(*) FROM crm_event a JOIN crm_event b ON a.id < b.id AND a.feed_offset > b.feed_offset""")
                .query(Long.class)
                .single();
        assertThat(lateCommits)
                .as("ids committed out of order, so the race really happened")
                .isPositive();
    }

    private static List<Future<?>> concat(List<Future<?>> first, List<Future<?>> second) {
        List<Future<?>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
