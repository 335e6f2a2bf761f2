package org.wbcigateway.gateway.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.vorabstimmung.DeadlineRepository;

/**
 * Issue 7 (4): the deadline scan of {@code DeadlineMonitor} — its query {@link DeadlineRepository#overdue} — with
 * 100,000 and with 10,000,000 stored Vorabstimmungen, one deadline each, in fresh PostgreSQL schemas migrated by
 * Flyway (so with the gateway's indexes), filled by {@code INSERT … SELECT generate_series}, then VACUUM ANALYZE.
 * Two mixes per size, measured in this one run:
 * <ul>
 *   <li>{@code proportional}: 3 % of the deadlines open, 1 % overdue (the open ones grow with the history);</li>
 *   <li>{@code current}: the same 3,000 open and 1,000 overdue at both sizes (history grows, today's work does not).</li>
 * </ul>
 * Each scan: 2 untimed, then {@code runs} timed; the median counts. Prints EXPLAIN (ANALYZE, BUFFERS). The schemas
 * are dropped at the end. Arguments: {@code sizes=100000,10000000 runs=7}.
 */
public final class DeadlineScanBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private DeadlineScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchSupport.options(args);
        int runs = BenchSupport.intOption(o, "runs", 7);
        List<Integer> sizes = Arrays.stream(
                        o.getOrDefault("sizes", "100000,10000000").split(","))
                .map(Integer::parseInt)
                .toList();
        BenchSupport.quietLogs();
        BenchSupport.say("deadline scan: %s, sizes %s", BenchSupport.machine(), sizes);
        Map<String, Double> medians = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int size : sizes) {
            String schema = "bench_dl_" + size + "_" + Long.toString(System.currentTimeMillis(), 36);
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl(BenchSupport.PG_URL + "?currentSchema=" + schema);
            hc.setUsername("postgres");
            hc.setMaximumPoolSize(2);
            try (HikariDataSource ds = new HikariDataSource(hc)) {
                try {
                    Flyway.configure()
                            .dataSource(ds)
                            .locations("classpath:db/migration")
                            .schemas(schema)
                            .load()
                            .migrate();
                    JdbcClient jdbc = JdbcClient.create(ds);
                    fill(jdbc, size);
                    DeadlineRepository repository = new DeadlineRepository(jdbc);
                    measure("proportional", size, repository, jdbc, runs, medians, rows);
                    // close every open deadline but those of the first 100,000 VAs: 3,000 open, 1,000 overdue
                    long t0 = System.nanoTime();
                    jdbc.sql("UPDATE deadline SET closed_at = now() WHERE closed_at IS NULL AND id > 100000")
                            .update();
                    jdbc.sql("VACUUM ANALYZE deadline").update();
                    BenchSupport.say(
                            "  closed the open deadlines beyond the first 100,000 in %.1f s",
                            (System.nanoTime() - t0) / 1e9);
                    measure("current", size, repository, jdbc, runs, medians, rows);
                } finally {
                    BenchSupport.dropSchemas(ds, schema);
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        medians.forEach((k, v) -> {
            figures.put(k + "_ms", v);
            figures.put(k + "_rows", rows.get(k));
        });
        if (sizes.size() == 2) {
            for (String mix : List.of("proportional", "current")) {
                double ratio = medians.get(mix + "_" + sizes.get(1)) / medians.get(mix + "_" + sizes.get(0));
                figures.put("ratio_" + mix, ratio);
                BenchSupport.say(
                        "%s mix: %,d vs %,d Vorabstimmungen: %.2fx (target <= 2x)",
                        mix, sizes.get(1), sizes.get(0), ratio);
            }
        }
        figures.put("target_ratio", 2.0);
        BenchSupport.record("deadline-scan", figures);
        System.exit(0);
    }

    /** One Vorabstimmung and one deadline per i; 3 % open (i % 100 < 3), 1 % overdue (i % 100 == 0). */
    private static void fill(JdbcClient jdbc, int size) {
        long t0 = System.nanoTime();
        jdbc.sql("""
                INSERT INTO vorabstimmung (va_id, geschaeftsfall, own_role, partner, phase, akm_tr, change_request,
                  kundenwunschtermin, wechseltermin, created_at, updated_at)
                SELECT 'DEU.AAAA.V' || lpad(i::text, 9, '0'), 'VA_KUE_MRN',
                  CASE WHEN i % 2 = 0 THEN 'EKP_AUF' ELSE 'EKP_ABG' END, 'DEU.BBBB',
                  CASE WHEN i % 100 < 3 THEN 'VA_PENDING' ELSE 'AGREED' END, 'NOT_APPLICABLE', 'NONE',
                  DATE '2026-12-16' - (i % 900), DATE '2026-12-16' - (i % 900), now(), now()
                FROM generate_series(1, ?) AS i""").param(size).update();
        BenchSupport.say("  %,d Vorabstimmungen in %.1f s", size, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        jdbc.sql("""
                INSERT INTO deadline (va_id, awaited, owed_by, started_on, due, closed_at, escalation_level)
                SELECT 'DEU.AAAA.V' || lpad(i::text, 9, '0'), 'RUEM_VA_OR_ABBM',
                  CASE WHEN i % 3 = 0 THEN 'EKP_AUF' ELSE 'EKP_ABG' END, DATE '2026-11-25' - (i % 900),
                  CASE WHEN i % 100 = 0 THEN DATE '2026-11-20' - (i % 10)
                       WHEN i % 100 < 3 THEN DATE '2026-11-26' + (i % 10)
                       ELSE DATE '2026-11-25' - (i % 900) + 2 END,
                  CASE WHEN i % 100 < 3 THEN NULL ELSE now() END, 'NONE'
                FROM generate_series(1, ?) AS i""").param(size).update();
        BenchSupport.say("  %,d deadlines in %.1f s", size, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        jdbc.sql("VACUUM ANALYZE vorabstimmung").update();
        jdbc.sql("VACUUM ANALYZE deadline").update();
        BenchSupport.say(
                "  VACUUM ANALYZE in %.1f s; sizes: %s",
                (System.nanoTime() - t0) / 1e9,
                jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('vorabstimmung')) || ' + '"
                                + " || pg_size_pretty(pg_total_relation_size('deadline'))")
                        .query(String.class)
                        .single());
    }

    private static void measure(
            String mix,
            int size,
            DeadlineRepository repository,
            JdbcClient jdbc,
            int runs,
            Map<String, Double> medians,
            Map<String, Integer> rows) {
        int found = 0;
        for (int i = 0; i < 2; i++) {
            found = repository.overdue(TODAY).size();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            found = repository.overdue(TODAY).size();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        double median = times.stream().sorted().toList().get(runs / 2);
        String key = mix + "_" + size;
        medians.put(key, median);
        rows.put(key, found);
        BenchSupport.say(
                "%s, %,d Vorabstimmungen: %,d overdue, scan median %.2f ms (all: %s)",
                mix,
                size,
                found,
                median,
                times.stream()
                        .map(t -> String.format(java.util.Locale.ROOT, "%.1f", t))
                        .toList());
        String plan = String.join(
                "\n    ", jdbc.sql("""
                EXPLAIN (ANALYZE, BUFFERS)
                SELECT d.id, d.va_id, d.awaited, d.owed_by, d.due, d.escalation_level, v.partner, v.own_role,
                       v.geschaeftsfall
                FROM deadline d JOIN vorabstimmung v ON v.va_id = d.va_id
                WHERE d.closed_at IS NULL AND d.due < ? ORDER BY d.due, d.id""").param(TODAY).query(String.class).list());
        System.out.println("    " + plan);
    }
}
