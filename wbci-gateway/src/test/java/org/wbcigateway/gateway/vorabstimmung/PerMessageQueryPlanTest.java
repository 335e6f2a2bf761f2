package org.wbcigateway.gateway.vorabstimmung;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wbcigateway.gateway.decisions.DecisionRepository;
import org.wbcigateway.gateway.outbox.OutboxRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The queries that run for every message or outbox batch read a bounded number of rows however long the history or the
 * backlog is. Seen in issue 13's benchmark: on a table without statistics yet (a new installation, or one growing faster than autovacuum
 * analyses it) PostgreSQL answered the follow-up candidates of an incoming VA by combining the {@code partner} and
 * {@code phase} indexes and read an index entry for every Vorabstimmung of that partner — each inbound message got
 * slower the more had come before; and with 100,000 messages queued during a partner outage, the outbox sender's claim
 * read, checked and sorted every one of them for each batch of 20, for minutes (with statistics, in id order it walks
 * past every message that waits for a partner that is down). Here 30,000 Vorabstimmungen of one partner with their
 * deadlines are stored without statistics (autovacuum off for both tables), 60,000 queued messages with, and each
 * query's plan is executed: its scans must read fewer than 1 % of the Vorabstimmungen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerMessageQueryPlanTest {

    private static final String SCHEMA = "plan_" + Long.toString(System.currentTimeMillis(), 36);
    private static final int HISTORY = 30_000;

    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA, "postgres", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    record Query(String name, String sql, List<Object> params) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Query> perMessageQueries() {
        return List.of(
                new Query("follow-up candidates", FollowUpRepository.CANDIDATES, List.of("DEU.AAAA", "EKP_ABG")),
                new Query("pending decisions", DecisionRepository.LOCK_PENDING, List.of("PENDING", 20)),
                new Query(
                        "outbox claim",
                        OutboxRepository.LOCK_DUE,
                        List.of(OffsetDateTime.now(), OffsetDateTime.now(), "node", 20)));
    }

    @BeforeAll
    void historyWithStaleStatistics() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc.sql("ALTER TABLE vorabstimmung SET (autovacuum_enabled = false)").update();
        jdbc.sql("ALTER TABLE deadline SET (autovacuum_enabled = false)").update();
        fill(1, HISTORY);
        backlog(HISTORY);
    }

    /**
     * Vorabstimmungen of one partner, both roles, each with its deadline: a third still open (a long queue of VAs
     * waiting for their answer, as in the benchmark), the rest ended, their decisions done.
     */
    private void fill(int from, int to) {
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  va_message_id, kundenwunschtermin, wechseltermin, decision_status, created_at, updated_at)
                SELECT 'DEU.AAAA.V' || lpad(i::text, 9, '0'), 'VA_KUE_MRN',
                  CASE WHEN i % 2 = 0 THEN 'EKP_AUF' ELSE 'EKP_ABG' END, 'DEU.AAAA',
                  CASE WHEN i % 3 = 0 THEN 'VA_PENDING' ELSE 'AGREED' END, 'NOT_APPLICABLE', 'NONE', i,
                  DATE '2026-12-16', DATE '2026-12-16',
                  CASE WHEN i % 3 = 0 THEN 'REVIEW' ELSE 'DONE' END, now(), now()
                FROM generate_series(?, ?) AS i""").params(from, to).update();
        jdbc.sql("""
                INSERT INTO deadline (va_id, awaited, owed_by, started_on, due, closed_at)
                SELECT 'DEU.AAAA.V' || lpad(i::text, 9, '0'), 'RUEM_VA_OR_ABBM', 'EKP_ABG', DATE '2026-12-07',
                  DATE '2026-12-10', CASE WHEN i % 3 = 0 THEN NULL ELSE now() END
                FROM generate_series(?, ?) AS i""").params(from, to).update();
    }

    /**
     * A backlog in the outbox, per Vorabstimmung a VA and a Storno behind it: the older half to a partner that is down
     * (its messages wait for their next attempt), the newer half due. The outbox has statistics, as autovacuum keeps
     * them (this one needs them: see {@link OutboxRepository#lockDue}).
     */
    private void backlog(int vas) {
        jdbc.sql("""
                INSERT INTO wbci_message (va_id, direction, message_type, geschaeftsfall, partner, raw, digest, outcome,
                  created_at)
                SELECT 'DEU.AAAA.V' || lpad((i / 2)::text, 9, '0'), 'OUT', CASE WHEN i % 2 = 0 THEN 'VA' ELSE 'STR_AUFH' END,
                  'VA_KUE_MRN', CASE WHEN i < ? THEN 'DEU.CCCC' ELSE 'DEU.BBBB' END, '\\x00', md5(i::text), 'QUEUED', now()
                FROM generate_series(0, ? - 1) AS i""").params(vas, 2 * vas).update();
        jdbc.sql("""
                INSERT INTO outbox (message_id, va_id, partner, status, next_attempt_at, created_at)
                SELECT id, va_id, partner, 'PENDING',
                  CASE WHEN partner = 'DEU.CCCC' THEN now() + interval '5 minutes' ELSE now() - interval '1 minute' END,
                  now()
                FROM wbci_message""").update();
        jdbc.sql("ANALYZE outbox").update();
    }

    @AfterAll
    void dropSchema() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }

    @ParameterizedTest
    @MethodSource("perMessageQueries")
    void readsFewRowsWhateverTheHistory(Query query) {
        String json = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + query.sql())
                .params(query.params())
                .query(String.class)
                .single();
        JsonNode plan = new ObjectMapper().readTree(json).get(0).get("Plan");

        assertThat(rowsScanned(plan))
                .as("rows the scans of %s read in a history of %,d; plan: %s", query, HISTORY, plan)
                .isLessThan(HISTORY / 100);
    }

    /** Rows every scan node of the plan read, index entries of bitmap scans and rows filtered out included. */
    private static long rowsScanned(JsonNode node) {
        long rows = 0;
        if (node.get("Node Type").asString().contains("Scan")) {
            long loops = Math.max(1, node.path("Actual Loops").asLong());
            rows += (node.path("Actual Rows").asLong()
                            + node.path("Rows Removed by Filter").asLong()
                            + node.path("Rows Removed by Index Recheck").asLong())
                    * loops;
        }
        for (JsonNode child : node.path("Plans")) {
            rows += rowsScanned(child);
        }
        return rows;
    }
}
