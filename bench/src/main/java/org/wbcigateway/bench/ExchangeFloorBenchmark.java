package org.wbcigateway.bench;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;
import org.wbcigateway.wire.security.SigningKey;

/**
 * The floor of issue 7 (1): the cryptographic and XML work of one signed two-party exchange, VA → TEQ → RUEM-VA →
 * TEQ → AKM-TR → TEQ, without HTTP, database or state machine. For each of the six messages: marshal (domain →
 * schema-valid SOAP), sign (WS-Security, RSA-SHA256, 2048-bit key), verify, unmarshal (hardened parse, version check,
 * XSD validation, mapping), each read in one parse (issue 13). Inputs: the messages the gateways exchanged,
 * recorded by {@code CaptureExchange} into {@code exchange/*.xml}. One op = one whole exchange; run with {@code -t} =
 * the CPUs the gateways use.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput})
@OutputTimeUnit(TimeUnit.SECONDS)
// as InboundFloorBenchmark: about 25,000 messages before signing and parsing run compiled; with 5 x 2 s the measured
// iterations still climbed (137 -> 199 ops/s in one fork, 2026-12-07)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ExchangeFloorBenchmark {

    private final WbciCodec codec = new WbciCodec();
    private MessageSigner signer;
    private SignatureVerifier verifier;
    private List<Envelope<WbciMessage>> messages;
    private List<Envelope<Quittung>> teqs;

    @Setup
    public void load() throws IOException {
        SigningKey key = Certificates.selfSigned(
                "CN=DEU.AAAA bench",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)),
                2048);
        signer = new MessageSigner(key, SignatureAlgorithm.RSA_SHA256);
        verifier = new SignatureVerifier(List.of(key.certificate()), Clock.systemUTC(), 2048);
        messages = List.of(
                codec.readMessage(ExchangeMessages.read("va.xml")),
                codec.readMessage(ExchangeMessages.read("ruem-va.xml")),
                codec.readMessage(ExchangeMessages.read("akm-tr.xml")));
        teqs = List.of(
                codec.readQuittung(ExchangeMessages.read("teq-va.xml")),
                codec.readQuittung(ExchangeMessages.read("teq-ruem-va.xml")),
                codec.readQuittung(ExchangeMessages.read("teq-akm-tr.xml")));
        exchange(new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
    }

    /**
     * One exchange: three messages and their three TEQs, each marshalled into a SOAP DOM, signed and written once,
     * then read once (one parse for the signature check, the schema and the mapping).
     */
    @Benchmark
    public void exchange(Blackhole bh) {
        for (int i = 0; i < 3; i++) {
            InboundMessage message = codec.reader().parse(signer.signAndWrite(codec.messageSoap(messages.get(i))));
            message.checkRootAndVersion();
            bh.consume(verifier.verify(message.document()));
            bh.consume(codec.readMessage(message));
            // VA answers an Anfrage; RUEM-VA and AKM-TR are Meldungen
            InboundMessage teq = codec.reader().parse(signer.signAndWrite(codec.quittungSoap(teqs.get(i), i == 0)));
            teq.checkRootAndVersion();
            bh.consume(verifier.verify(teq.document()));
            bh.consume(codec.readQuittung(teq));
        }
    }
}
