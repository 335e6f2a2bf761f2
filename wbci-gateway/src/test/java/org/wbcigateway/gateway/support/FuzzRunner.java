package org.wbcigateway.gateway.support;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Geschaeftsfall;
import org.wbcigateway.wire.WbciCodec;

/**
 * Posts the fuzzer's messages one after another to a gateway's SOAP endpoint over loopback HTTP and checks every
 * answer against the endpoint's contract:
 * <ul>
 *   <li>HTTP 200 with a TEQ that reads as one (any code), or HTTP 500 with a SOAP 1.1 Fault whose faultstring names a
 *       TEQ code ({@code TEQ 0995: …}); never another status, HTML, a stack trace or an exception's name;</li>
 *   <li>an answer within 30 s (no hang);</li>
 *   <li>refused input (negative TEQ or fault) changes no table but the audit table {@code inbound_refusal}, which gets
 *       exactly one row; input answered TEQ OK writes no audit row (it may change state: that is legitimate);</li>
 *   <li>no ERROR log event, and no log event with an exception, while the message is handled.</li>
 * </ul>
 * "No table changed" means: the row count of every table of the schema, the sum of {@code vorabstimmung.version}
 * (every state change of a Vorabstimmung increments it) and the number of Klärfälle are the same before and after.
 */
public final class FuzzRunner {

    private static final Pattern FAULTSTRING = Pattern.compile("<faultstring[^>]*>([^<]*)</faultstring>");
    private static final Pattern TEQ_IN_FAULT = Pattern.compile("\\bTEQ (OK|\\d{4})\\b");
    private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s*at [\\w$.]+\\(|\\tat |Caused by:");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[\\w$.]*[a-z](Exception|Error)\\b");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] NOISY = {
        "org.wbcigateway.gateway.inbound.InboxService",
        "org.wbcigateway.gateway.inbound.RawMessageFilter",
        "org.wbcigateway.gateway.outbox.OutboxSender"
    };

    /** Something the endpoint must never do, with the message that made it happen. */
    public record Violation(String message, String problem, String response) {
        @Override
        public String toString() {
            return message + "\n    problem : " + problem + "\n    response: " + response;
        }
    }

    /** What a run saw. */
    public static final class Summary {
        final long seed;
        long messages;
        long bytes;
        long nanos;
        long violationCount;
        final Map<String, Long> outcomes = new TreeMap<>();
        final Map<String, Map<String, Long>> byStage = new LinkedHashMap<>();
        final List<Violation> violations = new ArrayList<>();
        long errorLogs;
        long exceptionLogs;
        String timing = "";
        long cpuNanos;
        long clientCpuNanos;
        double loadBefore;
        double loadAfter;
        final java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
        final Map<String, long[]> timeByOutcome = new TreeMap<>();
        List<String> logSamples = List.of();

        Summary(long seed) {
            this.seed = seed;
            for (MessageFuzzer.Stage stage : MessageFuzzer.Stage.values()) {
                byStage.put(stage.name(), new TreeMap<>());
            }
        }

        public long seed() {
            return seed;
        }

        public long messages() {
            return messages;
        }

        public Map<String, Long> outcomes() {
            return outcomes;
        }

        public Map<String, Map<String, Long>> byStage() {
            return byStage;
        }

        public List<Violation> violations() {
            return violations;
        }

        public long violationCount() {
            return violationCount;
        }

        public long errorLogs() {
            return errorLogs;
        }

        public long exceptionLogs() {
            return exceptionLogs;
        }

        public List<String> logSamples() {
            return logSamples;
        }

        public double seconds() {
            return nanos / 1e9;
        }

        public double rate() {
            return messages / Math.max(seconds(), 1e-9);
        }

        public String line() {
            return String.format(
                    Locale.ROOT,
                    "%,d messages in %.1f s (%,.0f/s), %,d violations, outcomes %s",
                    messages,
                    seconds(),
                    rate(),
                    violationCount,
                    outcomes);
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%n== fuzz summary (seed %d)%n", seed);
            out.printf(Locale.ROOT, "messages      : %,d (%,d bytes posted)%n", messages, bytes);
            out.printf(Locale.ROOT, "duration      : %.1f s = %,.0f messages/s (%s)%n", seconds(), rate(), timing);
            out.printf(
                    Locale.ROOT,
                    "CPU           : %.1f s used by this JVM = %.1f ms per message (of which the client "
                            + "thread %.1f s: generating, signing, reading TEQs, state checks); system load average %.1f before, "
                            + "%.1f after%n",
                    cpuNanos / 1e9,
                    cpuNanos / 1e6 / Math.max(1, messages),
                    clientCpuNanos / 1e9,
                    loadBefore,
                    loadAfter);
            out.println("outcomes      : " + outcomes);
            byStage.forEach((stage, counts) -> out.printf("  %-15s: %s%n", stage, counts));
            out.printf(Locale.ROOT, "violations    : %,d%n", violationCount);
            out.printf(
                    Locale.ROOT, "ERROR logs    : %,d; WARN+ logs with an exception: %,d%n", errorLogs, exceptionLogs);
            timeByOutcome.forEach((label, t) -> out.printf(
                    Locale.ROOT, "  %-12s: %,d messages, mean %.1f ms%n", label, t[0], t[1] / 1e6 / Math.max(1, t[0])));
            slowest.descendingMap()
                    .forEach((nanos, c) -> out.printf(Locale.ROOT, "  slow: %.0f ms %s%n", nanos / 1e6, c));
            logSamples.forEach(s -> out.println("  log: " + s));
            violations.stream().limit(20).forEach(v -> out.println("  " + v));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String soapUrl;
    private final JdbcClient jdbc;
    private final WbciCodec codec;
    private final List<String> columns;
    private final String stateSql;
    private long stateNanos;
    private long postNanos;
    private long generateNanos;

    public FuzzRunner(String soapUrl, JdbcClient jdbc, WbciCodec codec) {
        this.soapUrl = soapUrl;
        this.jdbc = jdbc;
        this.codec = codec;
        List<String> tables = jdbc
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        + "CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY table_name")
                .query(String.class)
                .list()
                .stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !t.equals("flyway_schema_history"))
                .toList();
        if (!tables.contains("inbound_refusal") || !tables.contains("vorabstimmung")) {
            throw new IllegalStateException("not a gateway schema: " + tables);
        }
        List<String> cols = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        // refused input that reached no tenant is on the provider's record (ADR 0014): counted with the tenant's
        String provider = jdbc.sql("SELECT CURRENT_SCHEMA").query(String.class).single() + "_provider";
        for (String t : tables) {
            cols.add(t);
            parts.add(
                    t.equals("inbound_refusal")
                            ? "((SELECT COUNT(*) FROM inbound_refusal) + (SELECT COUNT(*) FROM \"" + provider
                                    + "\".inbound_refusal))"
                            : "(SELECT COUNT(*) FROM " + t + ")");
        }
        cols.add("vorabstimmung.version");
        parts.add("(SELECT COALESCE(SUM(version), 0) FROM vorabstimmung)");
        cols.add("vorabstimmung.klaerfall");
        parts.add("(SELECT COUNT(*) FROM vorabstimmung WHERE klaerfall_kind IS NOT NULL)");
        this.columns = List.copyOf(cols);
        this.stateSql = "SELECT " + String.join(", ", parts);
    }

    /** Starts a few Vorabstimmungen of our own (as EKPauf) through the REST API, for the partner's answers to refer to. */
    public int startOwnVas(MessageFuzzer fuzzer, int perGeschaeftsfall, String kundenwunschtermin) {
        String api = soapUrl.replaceFirst("/wbci/v2$", "") + "/api/vorabstimmungen";
        Pattern id = Pattern.compile("\"vorabstimmungsId\"\\s*:\\s*\"([^\"]+)\"");
        int started = 0;
        for (Geschaeftsfall gf :
                List.of(Geschaeftsfall.VA_KUE_MRN, Geschaeftsfall.VA_KUE_ORN, Geschaeftsfall.VA_RRNP)) {
            for (int k = 0; k < perGeschaeftsfall; k++) {
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(api))
                                    .timeout(TIMEOUT)
                                    .header("Content-Type", "application/json")
                                    .header(
                                            "Authorization",
                                            org.wbcigateway.gateway.support.TestAccess.bearer(
                                                    org.wbcigateway.gateway.support.TestAccess.OPERATOR_TOKEN))
                                    .POST(HttpRequest.BodyPublishers.ofString(ownVa(gf, kundenwunschtermin)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = id.matcher(r.body());
                    if (r.statusCode() == 201 && m.find()) {
                        fuzzer.ownVa(gf, m.group(1));
                        started++;
                    } else {
                        System.out.println(
                                "fuzz: could not start an own " + gf.code() + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return started;
    }

    private String ownVa(Geschaeftsfall gf, String kwt) {
        String partner = "DEU.MNET";
        StringBuilder json = new StringBuilder("{\"geschaeftsfall\":\"" + gf.code() + "\",\"ekpAbg\":\"" + partner
                + "\",\"kundenwunschtermin\":\"" + kwt + "\",\"endkunde\":{\"person\":{\"anrede\":\"1\","
                + "\"vorname\":\"John\",\"nachname\":\"McFly\"}}");
        if (gf != Geschaeftsfall.VA_RRNP) {
            json.append(",\"standort\":{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
                    + "\"postleitzahl\":\"80992\",\"ort\":\"München\"}");
        }
        switch (gf) {
            case VA_KUE_MRN ->
                json.append(",\"rufnummernPortierung\":{\"anlagenanschluss\":{\"onkz\":\"89\","
                        + "\"durchwahlnummer\":\"123456\",\"abfragestelle\":\"0\",\"bloecke\":[{\"von\":\"00\","
                        + "\"bis\":\"99\"}]},\"portierungszeitfenster\":\"ZF2\"}");
            case VA_KUE_ORN ->
                json.append(",\"anschlussidentifikation\":{\"onkz\":\"89\",\"rufnummer\":\"123456789\"}");
            default ->
                json.append(",\"rufnummernPortierung\":{\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"30\","
                        + "\"rufnummer\":\"99999999\"}]},\"portierungszeitfenster\":\"ZF1\"}");
        }
        return json.append('}').toString();
    }

    /**
     * Posts messages {@code first} … {@code first + count - 1} of the fuzzer; prints a progress line every
     * {@code progressEvery} messages (0: never).
     */
    public Summary run(MessageFuzzer fuzzer, long first, long count, long progressEvery, PrintStream out) {
        Summary summary = new Summary(fuzzer.seed());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long clientCpu =
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        summary.loadBefore = os.getSystemLoadAverage();
        long start = System.nanoTime();
        try (LogCapture logs = captureLogs()) {
            for (long i = first; i < first + count; i++) {
                long g = System.nanoTime();
                MessageFuzzer.Case c = fuzzer.next(i);
                generateNanos += System.nanoTime() - g;
                one(c, fuzzer, logs, summary);
                summary.nanos = System.nanoTime() - start;
                if (progressEvery > 0 && (i - first + 1) % progressEvery == 0) {
                    out.println("fuzz: " + summary.line());
                }
            }
            summary.errorLogs = logs.errors();
            summary.exceptionLogs = logs.withException();
            summary.logSamples = logs.first();
        }
        summary.nanos = System.nanoTime() - start;
        summary.cpuNanos = os.getProcessCpuTime() - cpu;
        summary.clientCpuNanos =
                java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - clientCpu;
        summary.loadAfter = os.getSystemLoadAverage();
        summary.timing = String.format(
                Locale.ROOT,
                "generating and signing %.1f s, posting %.1f s, state checks %.1f s",
                generateNanos / 1e9,
                postNanos / 1e9,
                stateNanos / 1e9);
        return summary;
    }

    private void one(MessageFuzzer.Case c, MessageFuzzer fuzzer, LogCapture logs, Summary summary) {
        long posted = postNanos;
        Checked checked = postAndCheck(c.body(), c.contentType(), logs);
        long took = postNanos - posted;
        summary.slowest.put(took, c.describe());
        if (summary.slowest.size() > 5) {
            summary.slowest.pollFirstEntry();
        }
        summary.messages++;
        summary.bytes += c.body().length;
        String label = checked.answer().label == null ? "VIOLATION" : checked.answer().label;
        summary.outcomes.merge(label, 1L, Long::sum);
        summary.byStage.get(c.stage().name()).merge(label, 1L, Long::sum);
        long[] t = summary.timeByOutcome.computeIfAbsent(label, k -> new long[2]);
        t[0]++;
        t[1] += took;
        if ("TEQ OK".equals(label)) {
            fuzzer.accepted(c);
        }
        if (!checked.problems().isEmpty()) {
            summary.violationCount++;
            if (summary.violations.size() < 200) {
                summary.violations.add(new Violation(
                        c.describe() + " (seed " + fuzzer.seed() + ")",
                        String.join("; ", checked.problems()),
                        checked.answer().excerpt()));
            }
        }
    }

    /** An answer and everything wrong with it, the state check included. */
    public record Checked(Answer answer, List<String> problems) {}

    /** Posts one body and checks the answer, the state and the log as for every fuzzed message. */
    public Checked postAndCheck(byte[] body, String contentType, LogCapture logs) {
        long t0 = System.nanoTime();
        long[] before = state();
        long incidents = logs.incidents();
        int mark = logs.mark();
        long t1 = System.nanoTime();
        Answer answer = post(body, contentType);
        long t2 = System.nanoTime();
        long[] after = state();
        stateNanos += System.nanoTime() - t2 + t1 - t0;
        postNanos += t2 - t1;
        List<String> problems = new ArrayList<>(answer.problems);
        if (answer.label != null) {
            int refusals = columns.indexOf("inbound_refusal");
            long audit = after[refusals] - before[refusals];
            if (answer.label.equals("TEQ OK")) {
                if (audit != 0) {
                    problems.add("TEQ OK, but " + audit + " audit rows in inbound_refusal");
                }
            } else {
                if (audit != 1) {
                    problems.add("refused (" + answer.label + ") with " + audit + " audit rows instead of 1");
                }
                String changed = changes(before, after, refusals);
                if (!changed.isEmpty()) {
                    problems.add("refused (" + answer.label + "), yet state changed: " + changed);
                }
            }
        }
        if (logs.incidents() != incidents) {
            problems.add((logs.incidents() - incidents) + " ERROR/exception log events: " + logs.since(mark));
        }
        return new Checked(answer, problems);
    }

    /** Quietens the loggers that log every refused message, and counts ERROR and exception events, until closed. */
    public static LogCapture captureLogs() {
        return LogCapture.attach(NOISY);
    }

    private String changes(long[] before, long[] after, int except) {
        List<String> changed = new ArrayList<>();
        for (int k = 0; k < before.length; k++) {
            if (k != except && before[k] != after[k]) {
                changed.add(columns.get(k) + " " + before[k] + " -> " + after[k]);
            }
        }
        return String.join(", ", changed);
    }

    private long[] state() {
        return jdbc.sql(stateSql)
                .query((rs, n) -> {
                    long[] values = new long[columns.size()];
                    for (int k = 0; k < values.length; k++) {
                        values[k] = rs.getLong(k + 1);
                    }
                    return values;
                })
                .single();
    }

    /** The classified answer: a label such as "TEQ 0995" or "FAULT 0995", or problems. */
    public static final class Answer {
        final int status;
        final String text;
        String label;
        final List<String> problems = new ArrayList<>();

        Answer(int status, String text) {
            this.status = status;
            this.text = text;
        }

        public String label() {
            return label;
        }

        public int status() {
            return status;
        }

        public String text() {
            return text;
        }

        public List<String> problems() {
            return problems;
        }

        String excerpt() {
            String t = text == null ? "" : text.replaceAll("\\s+", " ");
            return "HTTP " + status + " " + (t.length() > 600 ? t.substring(0, 600) + "…" : t);
        }
    }

    /** Posts one body and classifies the answer. */
    public Answer post(byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(soapUrl))
                .timeout(TIMEOUT)
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            Answer a = new Answer(-1, "");
            a.problems.add("no answer within " + TIMEOUT.toSeconds() + " s");
            return a;
        } catch (IOException e) {
            Answer a = new Answer(-1, "");
            a.problems.add("transport failure: " + e);
            return a;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return classify(response.statusCode(), response.body(), codec);
    }

    public static Answer classify(int status, byte[] body, WbciCodec codec) {
        String text = new String(body, StandardCharsets.UTF_8);
        Answer a = new Answer(status, text);
        if (text.toLowerCase(Locale.ROOT).contains("<html")) {
            a.problems.add("HTML in the answer");
        }
        if (STACK_TRACE.matcher(text).find()) {
            a.problems.add("a stack trace in the answer");
        }
        Matcher exception = EXCEPTION_NAME.matcher(text);
        if (exception.find()) {
            a.problems.add("an exception's name in the answer: " + exception.group());
        }
        if (status == 200) {
            try {
                TeqCode code = codec.readQuittung(body).payload().code();
                a.label = "TEQ " + code.code();
            } catch (RuntimeException e) {
                a.problems.add("HTTP 200 without a readable TEQ: " + e.getMessage());
            }
        } else if (status == 500) {
            Matcher fault = FAULTSTRING.matcher(text);
            if (!text.contains("http://schemas.xmlsoap.org/soap/envelope/") || !fault.find()) {
                a.problems.add("HTTP 500 without a SOAP 1.1 Fault");
            } else {
                Matcher teq = TEQ_IN_FAULT.matcher(fault.group(1));
                if (teq.find()) {
                    a.label = "FAULT " + teq.group(1);
                } else {
                    a.problems.add("a SOAP Fault whose faultstring names no TEQ code");
                }
            }
        } else {
            a.problems.add("HTTP " + status);
        }
        if (!a.problems.isEmpty()) {
            a.label = null;
        }
        return a;
    }

    /** For reports: the columns compared before and after each message. */
    public List<String> stateColumns() {
        return columns;
    }
}
