package org.wbcigateway.gateway.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * What the issue-7 benchmark commands share: {@code key=value} arguments, the machine and its load (recorded with
 * every figure, the VM is shared), and one JSON line per figure appended to {@code bench/results/issue7.jsonl}.
 */
final class BenchSupport {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private BenchSupport() {}

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    options.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return options;
    }

    static int intOption(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    /** The gateway logs at WARN, ours at INFO: a benchmark's output is its figures. */
    static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            logback.getLogger("org.wbcigateway").setLevel(Level.WARN);
        }
    }

    /** The 1-minute load average now (from /proc/loadavg), the VM's other users included. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB";
    }

    static void say(String format, Object... args) {
        System.out.printf(
                Locale.ROOT,
                "[%s load %.2f] %s%n",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime(),
                load(),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /**
     * Appends one result line (flat JSON: strings and numbers) to {@code bench/results/issue7.jsonl}, or to the file
     * of that folder named by the environment variable {@code BENCH_RESULTS} (e.g. {@code issue13.jsonl}).
     */
    static void record(String benchmark, Map<String, Object> figures) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("benchmark", benchmark);
        line.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        line.put("machine", machine());
        line.put("load1", load());
        line.putAll(figures);
        StringBuilder json = new StringBuilder("{");
        line.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k).append("\":");
            if (v instanceof Number n) {
                json.append(n instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : n.toString());
            } else {
                json.append('"')
                        .append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        });
        json.append("}\n");
        Path file = resultsDir().resolve(System.getenv().getOrDefault("BENCH_RESULTS", "issue7.jsonl"));
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("recorded in %s: %s", file, json.toString().trim());
    }

    /** {@code bench/results} of the project, run from the project root or from {@code wbci-gateway}. */
    static Path resultsDir() {
        Path dir = Files.isDirectory(Path.of("bench")) ? Path.of("bench/results") : Path.of("../bench/results");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The value at quantile q (0..1) of sorted values. */
    static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void dropSchemas(javax.sql.DataSource admin, String... schemas) {
        try (java.sql.Connection c = admin.getConnection();
                java.sql.Statement st = c.createStatement()) {
            for (String schema : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (java.sql.SQLException e) {
            say("could not drop %s: %s", String.join(", ", schemas), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The gateways' settings of a benchmark: quiet logs, plus {@link #settings}. */
    static Map<String, String> gatewaySettings(Map<String, String> options) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(Map.of("logging.level.root", "WARN"));
        settings.putAll(settings(options));
        return settings;
    }

    /** The options {@code set.<setting>=<value>} (e.g. Tomcat's threads), as setting and value. */
    static Map<String, String> settings(Map<String, String> options) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (k.startsWith("set.")) {
                settings.put(k.substring(4), v);
            }
        });
        return settings;
    }
}
