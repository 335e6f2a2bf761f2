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

    /** Inclusive categories: a sample counts for every marker found in its stack. */
    private static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("InboxService.receive (all inbound work in the transaction)", "gateway.inbound.InboxService.receive");
        MARKERS.put("  signature verify (PartnerAuthenticator.authenticate)", "gateway.platform.security.PartnerAuthenticator.authenticate");
        MARKERS.put("  read: parse + XSD + JAXB + map (WbciCodec.readMessage)", "org.wbcigateway.wire.WbciCodec.readMessage");
        MARKERS.put("  envelope pre-check (WireReader.checkEnvelope)", "org.wbcigateway.wire.WireReader.checkEnvelope");
        MARKERS.put("  store + state (Ledger.store/apply)", "gateway.vorabstimmung.Ledger.");
        MARKERS.put("TEQ signing (MessageSigner.sign)", "org.wbcigateway.wire.security.MessageSigner.sign");
        MARKERS.put("TEQ verify at the sender (PartnerAuthenticator.checkTeq)", "gateway.platform.security.PartnerAuthenticator.checkTeq");
        MARKERS.put("outbound: OutboxSender", "gateway.outbox.OutboxSender.");
        MARKERS.put("decisions: DecisionWorker", "gateway.decisions.DecisionWorker.");
        MARKERS.put("REST API (VorabstimmungController)", "gateway.web.api.VorabstimmungController.");
        MARKERS.put("PostgreSQL JDBC driver", "org.postgresql.");
        MARKERS.put("HikariCP", "com.zaxxer.hikari.");
        MARKERS.put("Spring WS / SAAJ", "org.springframework.ws.");
        MARKERS.put("Tomcat", "org.apache.catalina.");
        MARKERS.put("benchmark client (HttpClient)", "jdk.internal.net.http.");
        MARKERS.put("JIT/GC-free sample of the JDK crypto (sun.security)", "sun.security.");
    }

    private final Recording recording;
    private final Path file;

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

    void stopAndPrint(int top) throws IOException {
        recording.stop();
        recording.close();
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            for (Map.Entry<String, String> m : MARKERS.entrySet()) {
                if (frames.stream().anyMatch(f -> name(f).contains(m.getValue()))) {
                    inclusive.merge(m.getKey(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("JFR %s: %d execution samples; inclusive share per part:%n", file, samples);
        for (String k : MARKERS.keySet()) {
            System.out.printf(java.util.Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * inclusive.getOrDefault(k, 0) / samples, k);
        }
        System.out.println("hottest methods (self):");
        int total = samples;
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(java.util.Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
