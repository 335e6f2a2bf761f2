package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, backed up as the README's "Backup and restore" says: {@code pg_receivewal}
 * streams its WAL into an archive folder as a synchronous standby (a commit returns only once its WAL is flushed in
 * the archive), and {@code pg_basebackup} takes base backups while it runs. {@link #loseAndRestore} is the disaster
 * and the recovery: the server stops at once and its data folder is deleted, then a fresh server starts from the base
 * backup and replays the archive to its end, on a port of its own.
 * <p>
 * Made with the machine's PostgreSQL programs ({@code pg_config --bindir}, or {@code -Dpostgres.bin}); the server runs
 * as the {@code postgres} user when the test runs as root (PostgreSQL refuses to run as root).
 */
public final class ArchivedPostgres implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Path dir;
    private final Path bin;
    private Path data;
    private int port;
    private int restores;
    private int backups;
    private Process receiver;

    private ArchivedPostgres(Path dir, Path bin) {
        this.dir = dir;
        this.bin = bin;
    }

    /** initdb, start, and the WAL streamed into {@code archive/} before anything else is written. */
    public static ArchivedPostgres start() {
        try {
            Path dir = Files.createTempDirectory("wbci-pg-");
            ArchivedPostgres pg = new ArchivedPostgres(dir, binaries());
            if (asRoot()) {
                pg.run("chown", "postgres", dir.toString());
            }
            pg.data = dir.resolve("data");
            pg.port = Gateway.freePort();
            pg.asPostgres(
                    pg.tool("initdb"),
                    "-D",
                    pg.data.toString(),
                    "--auth=trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--no-sync");
            pg.appendSettings(
                    pg.data,
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + dir + "'",
                    "port = " + pg.port,
                    "max_connections = 60",
                    "wal_level = replica",
                    "synchronous_standby_names = 'wbci_archive'",
                    // the disaster of this test deletes the folder: what fsync protects against does not happen here
                    "fsync = off");
            pg.startServer();
            pg.asPostgres("mkdir", dir.resolve("archive").toString());
            pg.asPostgres(
                    pg.tool("pg_receivewal"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    String.valueOf(pg.port),
                    "-U",
                    "postgres",
                    "--slot",
                    "wbci_archive",
                    "--create-slot");
            pg.startReceiver();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    public int restores() {
        return restores;
    }

    /** {@code pg_basebackup} of the running server (a fast checkpoint, the WAL of its duration included). */
    public synchronized Path baseBackup() {
        backups++;
        Path base = dir.resolve("base-" + backups);
        asPostgres(
                tool("pg_basebackup"),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-D",
                base.toString(),
                "-X",
                "stream",
                "-c",
                "fast");
        return base;
    }

    /**
     * The server stops at once ({@code immediate}: no shutdown checkpoint) and its data folder is deleted; then a
     * fresh data folder is made from {@code base}, recovers from the archive to the end of the WAL (the partial last
     * segment included) and is promoted, on a new port. Nothing that was committed is lost, because nothing was
     * committed before the archive had it.
     */
    public synchronized void loseAndRestore(Path base) {
        asPostgres(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
        stopReceiver();
        run("rm", "-rf", data.toString());
        restores++;
        data = dir.resolve("restored-" + restores);
        port = Gateway.freePort();
        Path archive = dir.resolve("archive");
        asPostgres("cp", "-a", base.toString(), data.toString());
        appendSettings(
                data,
                "port = " + port,
                // the restored server has no archive of its own in this test; in operation, start pg_receivewal again
                "synchronous_standby_names = ''",
                "restore_command = 'cp " + archive + "/%f %p 2>/dev/null || cp " + archive + "/%f.partial %p'");
        asPostgres("touch", data.resolve("recovery.signal").toString());
        startServer();
        Patience.awaiting("restored server out of recovery", PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !inRecovery());
    }

    @Override
    public synchronized void close() {
        try {
            asPostgres(tool("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
        } catch (RuntimeException e) {
            // already stopped
        }
        stopReceiver();
        run("rm", "-rf", dir.toString());
    }

    private boolean inRecovery() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            return true;
        }
    }

    private void startServer() {
        asPostgres(
                tool("pg_ctl"),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-t",
                String.valueOf(PATIENCE.toSeconds()),
                "start");
    }

    /** Streams as a synchronous standby: the server waits for it before a commit returns. */
    private void startReceiver() {
        Path pid = dir.resolve("receiver.pid");
        String command = "echo $$ > " + pid + "; PGAPPNAME=wbci_archive exec " + tool("pg_receivewal")
                + " -h 127.0.0.1 -p " + port + " -U postgres --slot wbci_archive --synchronous -n -D "
                + dir.resolve("archive") + " >> " + dir.resolve("receiver.log") + " 2>&1";
        try {
            receiver = new ProcessBuilder(asPostgresCommand("sh", "-c", command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Patience.awaiting("pg_receivewal streaming as the synchronous standby", PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(this::receiverIsSynchronous);
    }

    private boolean receiverIsSynchronous() {
        if (!receiver.isAlive()) {
            throw new IllegalStateException("pg_receivewal ended; see " + dir.resolve("receiver.log"));
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_replication "
                        + "WHERE application_name = 'wbci_archive' AND sync_state = 'sync'")) {
            rs.next();
            return rs.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    private void stopReceiver() {
        if (receiver == null) {
            return;
        }
        try {
            String pid = Files.readString(dir.resolve("receiver.pid")).trim();
            run("kill", "-INT", pid);
            if (!receiver.waitFor(30, TimeUnit.SECONDS)) {
                run("kill", "-KILL", pid);
            }
        } catch (IOException | RuntimeException e) {
            receiver.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        receiver = null;
    }

    private void appendSettings(Path folder, String... lines) {
        asPostgres(
                "sh",
                "-c",
                "cat >> " + folder.resolve("postgresql.conf") + " <<'EOF'\n" + String.join("\n", lines) + "\nEOF");
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private static Path binaries() {
        String configured = System.getProperty("postgres.bin");
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of(output("pg_config", "--bindir").trim());
    }

    private void asPostgres(String... command) {
        run(asPostgresCommand(command).toArray(String[]::new));
    }

    private static List<String> asPostgresCommand(String... command) {
        List<String> all = new ArrayList<>();
        if (asRoot()) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(String... command) {
        output(command);
    }

    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
