package org.wbcigateway.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.support.FuzzRunner;
import org.wbcigateway.gateway.support.LogCapture;
import org.wbcigateway.gateway.support.MessageFuzzer;
import org.wbcigateway.wire.WbciCodec;

/**
 * Issue 5, fuzzing: thousands of mutated messages — the interop samples and generated messages of every kind, mutated
 * before the partner signs them (so they meet the schema and business rules) and after (bytes, the wsse:Security
 * header, the envelope) — posted to the real endpoint over loopback HTTP. Every answer is a TEQ (HTTP 200) or a SOAP
 * Fault naming a TEQ code (HTTP 500), refused input changes nothing but the audit table, and nothing is logged at
 * ERROR. Seeded: {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.messages=…} sets its length. Plus XXE,
 * an entity bomb and a 100 MB body, which are refused without reading, expanding or buffering them.
 */
class FuzzEndpointTest extends SampleEndpointContext {

    private static final long SEED = Long.getLong("fuzz.seed", 20130724L);
    private static final int MESSAGES = Integer.getInteger("fuzz.messages", 3_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.wbcigateway.gateway.inbound.RefusalLog refusalLog;

    @Autowired
    WbciCodec codec;

    private FuzzRunner runner;
    private MessageFuzzer fuzzer;

    @BeforeEach
    void setUp() {
        runner = new FuzzRunner(url(), jdbc, codec);
        fuzzer = new MessageFuzzer(SEED, PARTNER, "DEU.DTAG", OTHER_PARTNER);
    }

    private String url() {
        return "http://127.0.0.1:" + port + "/wbci/v2";
    }

    @Test
    void everyMutatedMessageGetsATeqOrAFaultAndRefusedOnesChangeNothing() {
        System.out.printf(
                "fuzz: seed %d (repeat with -Dfuzz.seed=%d), %d messages, %d templates%n",
                SEED, SEED, MESSAGES, fuzzer.templateCount());
        runner.startOwnVas(fuzzer, 3, "2013-08-06");

        FuzzRunner.Summary summary = runner.run(fuzzer, 0, MESSAGES, 1_000, System.out);
        summary.print(System.out);

        assertThat(summary.violations()).as("violations (seed %d)", SEED).isEmpty();
        assertThat(summary.errorLogs())
                .as("ERROR log events: %s", summary.logSamples())
                .isZero();
        assertThat(summary.exceptionLogs())
                .as("log events with an exception: %s", summary.logSamples())
                .isZero();
        assertThat(summary.messages()).isEqualTo(MESSAGES);
        // the mix reaches every kind of answer: accepted, each TEQ refusal, and faults for unreadable input
        assertThat(summary.outcomes()).containsKeys("TEQ OK", "TEQ 0990", "TEQ 0993", "TEQ 0995", "FAULT 0995");
        for (MessageFuzzer.Stage stage : MessageFuzzer.Stage.values()) {
            assertThat(summary.byStage().get(stage.name())).as(stage.name()).isNotEmpty();
        }
        // mutations before signing pass the signature check and are judged by schema and business rules
        assertThat(summary.byStage().get("BEFORE_SIGNING")).containsKeys("TEQ OK", "TEQ 0995");
    }

    @Test
    void externalEntitiesAreRefusedAndNeverFetched() throws IOException {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write("root".getBytes(StandardCharsets.US_ASCII));
            exchange.close();
        });
        trap.start();
        String trapUrl = "http://127.0.0.1:" + trap.getAddress().getPort() + "/xxe";
        try (LogCapture logs = FuzzRunner.captureLogs()) {
            for (String systemId : new String[] {"file:///etc/passwd", trapUrl}) {
                FuzzRunner.Checked checked = runner.postAndCheck(
                        fuzzer.externalEntity(systemId).getBytes(StandardCharsets.UTF_8),
                        "text/xml; charset=UTF-8",
                        logs);

                assertThat(checked.problems()).isEmpty();
                assertThat(checked.answer().label()).isEqualTo("FAULT 0995");
                assertThat(checked.answer().text()).contains("DTD_FORBIDDEN").doesNotContain("root:");
            }
            String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE SOAP-ENV:Envelope SYSTEM \"" + trapUrl + "\">"
                    + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"/>";
            FuzzRunner.Checked checked =
                    runner.postAndCheck(externalDtd.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8", logs);
            assertThat(checked.problems()).isEmpty();
            assertThat(checked.answer().label()).isEqualTo("FAULT 0995");
        } finally {
            trap.stop(0);
        }
        assertThat(fetched).as("requests the gateway made to the entity's URL").hasValue(0);
    }

    @Test
    void anEntityBombIsRefusedWithoutExpandingIt() {
        byte[] bomb = fuzzer.entityBomb().getBytes(StandardCharsets.UTF_8);
        long allocatedBefore = allocatedByAllThreads();
        FuzzRunner.Checked checked;
        try (LogCapture logs = FuzzRunner.captureLogs()) {
            checked = runner.postAndCheck(bomb, "text/xml; charset=UTF-8", logs);
        }
        long allocated = allocatedByAllThreads() - allocatedBefore;
        System.out.printf(
                Locale.ROOT,
                "entity bomb: %d bytes, answer %s, %.1f MB allocated by all threads meanwhile%n",
                bomb.length,
                checked.answer().label(),
                allocated / 1e6);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.answer().label()).isEqualTo("FAULT 0995");
        assertThat(checked.answer().text()).contains("DTD_FORBIDDEN");
        // expanded, the 10^9 "lol"s would take gigabytes
        assertThat(allocated).isLessThan(64L << 20);
    }

    /**
     * 100 MB streamed from a generator over a raw socket (the test holds 64 KB of it at a time): the gateway answers
     * TEQ 0995 after the first megabyte, and neither reads the rest nor allocates anything like the body's size.
     */
    @Test
    void aHundredMegabyteBodyIsRefusedWithoutBeingBuffered() throws Exception {
        long total = 100L << 20;
        byte[] head = fuzzer.validHead();
        long refusalsBefore = refusalLog.count();
        long heapBefore = usedHeapAfterGc();
        long allocatedBefore = allocatedByAllThreads();
        AtomicLong sent = new AtomicLong();
        byte[] response;
        try (LogCapture logs = FuzzRunner.captureLogs();
                Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(
                    () -> {
                        try {
                            out.write(("POST /wbci/v2 HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                            + "\r\nContent-Type: text/xml; "
                                            + "charset=UTF-8\r\nSOAPAction: \"\"\r\nContent-Length: " + total
                                            + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                            out.write(head);
                            sent.addAndGet(head.length);
                            byte[] chunk = new byte[64 * 1024];
                            Arrays.fill(chunk, (byte) 'x');
                            while (sent.get() < total) {
                                int n = (int) Math.min(chunk.length, total - sent.get());
                                out.write(chunk, 0, n);
                                sent.addAndGet(n);
                            }
                            out.flush();
                        } catch (IOException expected) {
                            // the gateway closed the connection: it does not want the rest
                        }
                    },
                    "fuzz-100mb-writer");
            writer.start();
            response = readHttpResponse(socket.getInputStream());
            socket.close();
            writer.join(30_000);
            assertThat(logs.incidents())
                    .as("ERROR/exception log events: %s", logs.first())
                    .isZero();
        }
        long allocated = allocatedByAllThreads() - allocatedBefore;
        long heapAfter = usedHeapAfterGc();
        String text = new String(response, StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "100 MB body: %,d of %,d bytes sent before the gateway answered and closed; "
                        + "%.1f MB allocated by all threads; used heap after GC %.1f MB -> %.1f MB%n",
                sent.get(),
                total,
                allocated / 1e6,
                heapBefore / 1e6,
                heapAfter / 1e6);

        assertThat(text).startsWith("HTTP/1.1 500").contains("Fault").contains("TEQ 0995: TOO_LARGE");
        assertThat(refusalLog.count()).isEqualTo(refusalsBefore + 1);
        assertThat(sent.get()).as("bytes the gateway took before it closed").isLessThan(total);
        // a buffered body alone would be 100 MB; reading 1 MB and answering takes a few
        assertThat(allocated).as("bytes allocated during the request").isLessThan(48L << 20);
        assertThat(heapAfter - heapBefore).as("heap retained").isLessThan(48L << 20);
    }

    /** Status line and headers, then the body by Content-Length or chunks, or up to the end of the stream. */
    private static byte[] readHttpResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String lower = headers.toLowerCase(Locale.ROOT);
        int cl = lower.indexOf("content-length:");
        if (cl >= 0) {
            int length = Integer.parseInt(
                    lower.substring(cl + 15, lower.indexOf('\r', cl)).trim());
            body.write(in.readNBytes(length));
        } else if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                String size = line(in);
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return (headers + body.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(n -> n > 0)
                .sum();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
