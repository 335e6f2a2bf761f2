package org.wbcigateway.bench;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireWriter;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;
import org.wbcigateway.wire.security.SigningKey;

/**
 * The floor (P2) of the gateway's inbound rate: the cryptographic and XML work for one inbound message, without
 * HTTP, database or state machine. The partner's signed VA (the recorded {@code exchange/va.xml}, re-signed with a
 * 2048-bit key) is verified, read (hardened parse, version check, XSD, JAXB, mapping), and answered with a TEQ OK that
 * is composed, signed (RSA-SHA256) and written as bytes. One op = one inbound message and its TEQ.
 *
 * <p>{@code onePass} is the floor: the bytes are parsed once ({@code WireReader.parse}) into the DOM the signature
 * check uses and the JAXB root the schema validated while parsing; the TEQ is marshalled into a SOAP DOM, signed
 * and written once. {@code separateSteps} is each step on its own, as the wire module offered them before issue 13
 * (the signature check parses the bytes into a DOM of its own, the reader parses them again, the TEQ is written,
 * parsed back, signed and written again).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput})
@OutputTimeUnit(TimeUnit.SECONDS)
// the JIT needs some thousand operations before signing and parsing run compiled
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InboundFloorBenchmark {

    private final WbciCodec codec = new WbciCodec();
    private final WireWriter writer = new WireWriter();
    private MessageSigner partner;
    private MessageSigner self;
    private SignatureVerifier verifier;
    private byte[] va;
    private Control control;

    @Setup
    public void load() throws IOException {
        Instant now = Instant.now();
        SigningKey partnerKey = Certificates.selfSigned(
                "CN=DEU.AAAA bench", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 2048);
        SigningKey ownKey = Certificates.selfSigned(
                "CN=DEU.BBBB bench", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), 2048);
        partner = new MessageSigner(partnerKey, SignatureAlgorithm.RSA_SHA256);
        self = new MessageSigner(ownKey, SignatureAlgorithm.RSA_SHA256);
        verifier = new SignatureVerifier(List.of(partnerKey.certificate()), Clock.systemUTC(), 2048);
        va = partner.sign(codec.writeMessageSoap(codec.readMessage(ExchangeMessages.read("va.xml"))));
        control = Control.v200(OffsetDateTime.now(), new Control.SignaturId(ownKey.issuer(), ownKey.serial()));
        onePass(); // fail fast rather than measure exceptions
        separateSteps();
    }

    @Benchmark
    public byte[] onePass() {
        InboundMessage message = codec.reader().parse(va);
        message.checkRootAndVersion();
        verifier.verify(message.document());
        return teq(codec.readMessage(message).payload());
    }

    private byte[] teq(WbciMessage message) {
        Envelope<Quittung> teq = new Envelope<>(
                control,
                Quittung.of(message.endkundenvertragspartner().ekpAbg(), message.vorabstimmungsId(), TeqCode.OK));
        return self.signAndWrite(codec.quittungSoap(teq, true));
    }

    @Benchmark
    public byte[] separateSteps() {
        verifier.verify(va);
        WbciMessage message = codec.readMessage(va).payload();
        Envelope<Quittung> teq = new Envelope<>(
                control,
                Quittung.of(message.endkundenvertragspartner().ekpAbg(), message.vorabstimmungsId(), TeqCode.OK));
        return self.sign(writer.writeSoap(codec.mapper().response(teq, true)));
    }
}
