package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged gateway jar as an operating-system process of its own, as operators run it: started with the given
 * properties as command-line arguments, its output appended to a log file, up once it printed its startup report.
 * {@link #kill()} ends it with SIGKILL ({@code kill -9}: no shutdown hook, no graceful stop, open transactions lost);
 * {@link #start()} again runs it on the same database and port.
 */
public final class GatewayProcess implements AutoCloseable {

    private static final String UP = " is up (";

    private final String name;
    private final Path jar;
    private final Map<String, String> properties;
    private final List<String> jvmOptions;
    private final Path log;
    private final int port;
    private volatile Process process;
    private int starts;
    private int kills;

    public GatewayProcess(
            String name, Path jar, int port, Map<String, String> properties, List<String> jvmOptions, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.properties = new LinkedHashMap<>(properties);
        this.properties.put("server.port", String.valueOf(port));
        this.properties.putIfAbsent("server.address", "127.0.0.1");
        // a packaged jar does not see the test classpath's access settings: give it the operator token
        this.properties.putIfAbsent("wbci.access.tokens.test-operator.token", TestAccess.OPERATOR_TOKEN);
        this.properties.putIfAbsent("wbci.access.tokens.test-operator.role", "OPERATOR");
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
    }

    /** The runnable jar: {@code -Dgateway.jar}, else {@code target/} of the module, from the module or project root. */
    public static Path jar() {
        String configured = System.getProperty("gateway.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path candidate :
                List.of(Path.of("target", "wbci-gateway.jar"), Path.of("wbci-gateway", "target", "wbci-gateway.jar"))) {
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException(
                "wbci-gateway.jar not found; build it first (mvn package) or set -Dgateway.jar");
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public synchronized int starts() {
        return starts;
    }

    public synchronized int kills() {
        return kills;
    }

    public boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** Starts the process and waits until it reports it is up; fails (and kills it) if it dies or takes too long. */
    public synchronized Duration start(Duration timeout) {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        long offset;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(
                    log,
                    "\n===== start " + (starts + 1) + " of " + name + " =====\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            offset = Files.size(log);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts++;
        Process starting = process;
        long began = System.nanoTime();
        try {
            Patience.awaiting(name + " up", timeout)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!starting.isAlive()) {
                            throw new IllegalStateException(
                                    name + " exited with " + starting.exitValue() + " while starting; see " + log);
                        }
                        return upSince(offset);
                    });
        } catch (ConditionTimeoutException e) {
            starting.destroyForcibly();
            throw new IllegalStateException(name + " not up after " + timeout + "; see " + log, e);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Changes a setting for the next {@link #start} (e.g. the database URL after a restore); only while it is down. */
    public synchronized void set(String key, String value) {
        if (alive()) {
            throw new IllegalStateException(name + " is running: stop it before changing " + key);
        }
        properties.put(key, value);
    }

    /** {@code kill -9}: the process ends at once, wherever it is. */
    public synchronized void kill() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroyForcibly(); // SIGKILL on Linux
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die from SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        kills++;
        append("\n===== " + name + " killed (SIGKILL, exit " + p.exitValue() + ") =====\n");
    }

    /** A graceful stop (SIGTERM), forcibly after 30 s. */
    public synchronized void stop() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** How often a line containing {@code text} was logged, over all runs of this process. */
    public long countLogLines(String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean upSince(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= offset) {
                return false;
            }
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.min(file.length() - offset, 8 * 1024 * 1024)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).contains(UP);
        } catch (IOException e) {
            return false;
        }
    }

    private void append(String text) {
        try {
            Files.writeString(log, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is for people; the run goes on
        }
    }
}
