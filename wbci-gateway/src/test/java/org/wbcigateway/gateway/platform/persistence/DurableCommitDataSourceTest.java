package org.wbcigateway.gateway.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12: what a connection of the embedded default committed is on disk when {@code commit()} returns. A child JVM
 * writes to an H2 file (the README's settings) — in transactions and in auto-commit mode — and halts the moment its
 * last commit returned, as SIGKILL would stop it: no shutdown hook, no close. Through {@link DurableCommitDataSource}
 * every row is there afterwards; through the bare data source (the control) the last ones are gone.
 */
class DurableCommitDataSourceTest {

    private static final int ROWS = 20;

    @TempDir
    Path dir;

    @Test
    void everyCommittedRowSurvivesAHaltRightAfterTheCommit() throws Exception {
        for (String mode : List.of("transactions", "autocommit")) {
            Path db = dir.resolve("durable-" + mode);
            assertThat(runChild(db, true, mode)).isZero();
            assertThat(rows(db))
                    .as("rows committed through the durable data source (%s)", mode)
                    .isEqualTo(ROWS);
        }
    }

    @Test
    void withoutTheBarrierH2LosesWhatItJustCommitted() throws Exception {
        Path db = dir.resolve("bare");
        assertThat(runChild(db, false, "transactions")).isZero();
        assertThat(rows(db))
                .as("rows committed through the bare H2 data source")
                .isLessThan(ROWS);
    }

    @Test
    void onlyAnEmbeddedH2FileIsWrapped() {
        assertThat(EmbeddedStoreDurability.embeddedH2(hikari("jdbc:h2:file:./data/x;MODE=PostgreSQL")))
                .isTrue();
        assertThat(EmbeddedStoreDurability.embeddedH2(hikari("jdbc:h2:./data/x")))
                .isTrue();
        assertThat(EmbeddedStoreDurability.embeddedH2(hikari("jdbc:h2:mem:x"))).isFalse();
        assertThat(EmbeddedStoreDurability.embeddedH2(hikari("jdbc:h2:tcp://localhost/x")))
                .isFalse();
        assertThat(EmbeddedStoreDurability.embeddedH2(hikari("jdbc:postgresql://127.0.0.1:5432/test")))
                .isFalse();
    }

    /** Starts {@link Child} in a JVM of its own; returns its exit code (it halts with 0 after the last commit). */
    private static int runChild(Path db, boolean durable, String mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                url(db),
                String.valueOf(durable),
                mode));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(output).as("child output").contains("committed " + ROWS);
        return p.exitValue();
    }

    private static long rows(Path db) {
        try (HikariDataSource ds = hikari(url(db))) {
            return JdbcClient.create(ds)
                    .sql("SELECT COUNT(*) FROM t")
                    .query(Long.class)
                    .single();
        }
    }

    private static String url(Path db) {
        return "jdbc:h2:file:" + db.toAbsolutePath() + "/gateway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
    }

    private static HikariDataSource hikari(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("sa");
        ds.setPassword("");
        return ds;
    }

    /** The child: creates the table, lets H2's background writer settle, writes ROWS rows, halts. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            HikariDataSource pool = hikari(args[0]);
            DataSource ds = Boolean.parseBoolean(args[1]) ? new DurableCommitDataSource(pool) : pool;
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(id INT PRIMARY KEY, payload VARCHAR(2000))");
            }
            Thread.sleep(1500);
            boolean transactions = args[2].equals("transactions");
            for (int i = 1; i <= ROWS; i++) {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(!transactions);
                    try (var insert = c.prepareStatement("INSERT INTO t VALUES (?, REPEAT('x', 1000))")) {
                        insert.setInt(1, i);
                        insert.executeUpdate();
                    }
                    if (transactions) {
                        c.commit();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            System.out.println("committed " + ROWS);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
