package org.wbcigateway.gateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a benchmark phase goes: a JFR recording (profile settings) of this JVM, then the share of
 * execution samples whose stack contains each of a few marker methods (inclusive), and the hottest methods by self
 * samples. async-profiler is not available on the machine; JFR comes with the JDK.
 */
final class JfrSummary {

    /** Inclusive categories: a sample counts for every marker found in its stack (see {@link #matches}). */
    private static final Map<String, String> MARKERS = new LinkedHashMap<>();

    // markers name classes without their gateway package, so that they survive moves between packages
    static {
        MARKERS.put("inbound POST (RawMessageFilter: read once, refuse, answer)", ".RawMessageFilter.doFilterInternal");
        MARKERS.put(
                "  the one parse (WireReader.parse: limits, DOM, XSD, JAXB)", "org.wbcigateway.wire.WireReader.parse");
        MARKERS.put("  InboxService.receive (all inbound work in the transaction)", ".InboxService.receive");
        MARKERS.put("    signature verify (PartnerAuthenticator.authenticate)", ".PartnerAuthenticator.authenticate");
        MARKERS.put("    map to the domain (WireMapper.message)", "org.wbcigateway.wire.mapping.WireMapper.message");
        MARKERS.put("    store + state (Ledger)", ".Ledger.");
        MARKERS.put("  TEQ compose + sign + write (MessageComposer.teqSoap)", ".MessageComposer.teqSoap");
        MARKERS.put("    TEQ signing (MessageSigner.sign)", "org.wbcigateway.wire.security.MessageSigner.sign");
        MARKERS.put(
                "another read of bytes (WireReader.read: stored messages, partner TEQs)",
                "org.wbcigateway.wire.WireReader.read");
        MARKERS.put("DOM parse of bytes (HardenedXml.parse)", "org.wbcigateway.wire.HardenedXml.parse");
        MARKERS.put("TEQ verify at the sender (PartnerAuthenticator.checkTeq)", ".PartnerAuthenticator.checkTeq");
        MARKERS.put("outbound: OutboxSender", ".OutboxSender.");
        MARKERS.put("decisions: DecisionWorker", ".DecisionWorker.");
        MARKERS.put("REST API (VorabstimmungController)", ".VorabstimmungController.");
        MARKERS.put("PostgreSQL JDBC driver", "org.postgresql.");
        MARKERS.put("HikariCP", "com.zaxxer.hikari.");
        MARKERS.put("Spring WS (WSDL only since ADR 0009)", "org.springframework.ws.");
        MARKERS.put("SAAJ (none since ADR 0009)", "com.sun.xml.messaging.saaj.");
        MARKERS.put("tenancy: a connection's schema (TenantSchemaDataSource)", ".TenantSchemaDataSource.");
        MARKERS.put("  PgConnection.setSchema (SET search_path)", "org.postgresql.jdbc.PgConnection.setSchema");
        MARKERS.put("tenancy: the registry (Tenants)", ".Tenants.");
        MARKERS.put("Tomcat", "org.apache.catalina.");
        MARKERS.put("benchmark client (HttpClient)", "jdk.internal.net.http.");
        MARKERS.put("JDK crypto (sun.security)", "sun.security.");
    }

    private final Recording recording;
    private final Path file;
    private java.time.Instant from = java.time.Instant.MIN;

    private JfrSummary(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static JfrSummary start(Path file) throws IOException, java.text.ParseException {
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        r.setToDisk(true);
        r.setDestination(file);
        r.start();
        return new JfrSummary(r, file);
    }

    /**
     * Counts only samples from now on. Start the recording when the JVM starts and mark the window later: starting JFR
     * in a warm JVM invalidates compiled code (JVMTI), and the window would measure the interpreter.
     */
    void mark() {
        from = java.time.Instant.now();
    }

    void stopAndPrint(int top) throws IOException {
        stop();
        List<java.time.Instant[]> sinceMark = new java.util.ArrayList<>();
        sinceMark.add(new java.time.Instant[] {from, java.time.Instant.MAX});
        print(file.toString(), sinceMark, top);
    }

    /** Ends the recording; {@link #print} reads it then. */
    void stop() {
        recording.stop();
        recording.close();
    }

    /**
     * The summary of the samples in the windows given (each {@code [from, to)}), e.g. of all rounds of one side of a
     * comparison.
     */
    void print(String title, List<java.time.Instant[]> windows, int top) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")
                    || e.getStackTrace() == null
                    || windows.stream()
                            .noneMatch(w -> !e.getStartTime().isBefore(w[0])
                                    && e.getStartTime().isBefore(w[1]))) {
                continue;
            }
            samples++;
            if (e.getThread("sampledThread") != null) {
                threads.merge(threadGroup(e.getThread("sampledThread").getJavaName()), 1, Integer::sum);
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            for (Map.Entry<String, String> m : MARKERS.entrySet()) {
                if (frames.stream().anyMatch(f -> matches(name(f), m.getValue()))) {
                    inclusive.merge(m.getKey(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("JFR %s: %d execution samples; inclusive share per part:%n", title, samples);
        for (String k : MARKERS.keySet()) {
            System.out.printf(
                    java.util.Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * inclusive.getOrDefault(k, 0) / samples, k);
        }
        int total = samples;
        System.out.println("by thread:");
        threads.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(
                        java.util.Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        System.out.println("hottest methods (self):");
        self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        java.util.Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    /** A thread's name without its number: "http-nio-…-exec-7" → "http-nio-exec". */
    private static String threadGroup(String name) {
        return name == null ? "?" : name.replaceAll("-\\d+-", "-").replaceAll("[-#]?\\d+$", "");
    }

    /** A marker ending in "." is a package or class: any method in it; else one method, with or without package. */
    private static boolean matches(String frame, String marker) {
        return marker.endsWith(".") ? frame.contains(marker) : frame.endsWith(marker);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
