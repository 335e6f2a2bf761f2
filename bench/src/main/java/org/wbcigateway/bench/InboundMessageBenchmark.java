package org.wbcigateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireReader;
import org.wbcigateway.wire.mapping.WireMapper;

/**
 * Baseline of the inbound path: a whole SOAP message as received (WS-Security header included, not verified) →
 * hardened parse → version check → XSD validation → JAXB unmarshal → domain mapping. Two messages: the real
 * VA-KUE-MRN interop sample and a RUEM-VA (our payload inside the sample's SOAP envelope and header).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 5,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class InboundMessageBenchmark {

    private final WbciCodec codec = new WbciCodec();
    private final WireReader reader = new WireReader();
    private final WireMapper mapper = new WireMapper();
    private byte[] vaKueMrn;
    private byte[] ruemVa;
    private Object vaKueMrnJaxb;
    private Object ruemVaJaxb;

    @Setup
    public void load() throws IOException {
        Path samples = Path.of(System.getProperty("shared.dir", "../shared"), "interop-samples");
        String va = Files.readString(samples.resolve("va-kue-mrn.xml"), StandardCharsets.UTF_8);
        vaKueMrn = va.getBytes(StandardCharsets.UTF_8);
        ruemVa = replaceBody(va, resource("/ruem-va-payload.xml")).getBytes(StandardCharsets.UTF_8);
        // fail fast if an input does not read, rather than measuring exceptions
        vaKueMrnJaxb = reader.read(vaKueMrn);
        ruemVaJaxb = reader.read(ruemVa);
        mapper.message(vaKueMrnJaxb);
        mapper.message(ruemVaJaxb);
    }

    /** Full inbound path for the VA-KUE-MRN sample. */
    @Benchmark
    public Envelope<WbciMessage> vaKueMrnReadValidateMap() {
        return codec.readMessage(vaKueMrn);
    }

    /** Full inbound path for a RUEM-VA. */
    @Benchmark
    public Envelope<WbciMessage> ruemVaReadValidateMap() {
        return codec.readMessage(ruemVa);
    }

    /** Share of the mapping alone (JAXB tree → domain), to see where the time goes. */
    @Benchmark
    public Envelope<WbciMessage> vaKueMrnMapOnly() {
        return mapper.message(vaKueMrnJaxb);
    }

    @Benchmark
    public Envelope<WbciMessage> ruemVaMapOnly() {
        return mapper.message(ruemVaJaxb);
    }

    static String replaceBody(String soap, String payload) {
        Matcher m = Pattern.compile("(<SOAP-ENV:Body[^>]*>)(.*)(</SOAP-ENV:Body>)", Pattern.DOTALL)
                .matcher(soap);
        if (!m.find()) {
            throw new IllegalStateException("no SOAP Body in the sample");
        }
        return soap.substring(0, m.end(1)) + payload + soap.substring(m.start(3));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InboundMessageBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
