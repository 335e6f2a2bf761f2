package org.wbcigateway.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.message.Meldung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.simulator.scenario.Answer;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.RuleBook;
import org.wbcigateway.simulator.scenario.Scenario;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SigningKey;

/**
 * A WBCI partner carrier on a loopback port: serves {@code /wbci/v2}, answers as its scenario says, sends its own
 * messages to the gateway, and records everything in its {@link Journal}.
 */
public final class Simulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final Journal journal = new Journal();
    private final Wire wire;
    private final GatewayClient client;
    private final Answers answers;
    private final InboundHandler inbound;
    private final HttpServer server;
    private final ExecutorService serverThreads = Executors.newCachedThreadPool(daemon("simulator-http"));
    private final ScheduledExecutorService answerThread =
            Executors.newSingleThreadScheduledExecutor(daemon("simulator-answers"));
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() / 1000 % 1_000_000);
    private volatile Consumer<String> log = line -> {};

    private Simulator(SimulatorSettings settings, Scenario scenario) throws IOException {
        this.settings = settings;
        this.wire = new Wire(settings.carrier(), settings.key(), settings.gatewayCertificates());
        this.client = new GatewayClient(wire, journal, settings.gatewayEndpoint(), settings.requestTimeout());
        this.answers = new Answers(settings.carrier(), settings.pki(), journal);
        this.inbound = new InboundHandler(wire, journal, new RuleBook(scenario), this::follow, closing);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 50);
        this.server.createContext("/wbci/v2", exchange -> {
            inbound.handle(exchange);
            List<JournalEntry> all = journal.entries();
            if (!all.isEmpty()) {
                log.accept("received " + all.get(all.size() - 1));
            }
        });
        this.server.setExecutor(serverThreads);
        this.server.start();
    }

    public static Simulator start(SimulatorSettings settings, Scenario scenario) {
        try {
            return new Simulator(settings, scenario);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the gateway must send its messages, e.g. {@code http://127.0.0.1:9090/wbci/v2}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port() + "/wbci/v2");
    }

    public CarrierCode carrier() {
        return settings.carrier();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public X509Certificate certificate() {
        return settings.key().certificate();
    }

    public Journal journal() {
        return journal;
    }

    /** Every line of what the simulator receives and sends goes here too (the CLI prints it). */
    public void log(Consumer<String> sink) {
        this.log = sink;
    }

    /** Replaces the rules (use-counts start afresh); the steps are not run. */
    public void scenario(Scenario scenario) {
        inbound.rules(new RuleBook(scenario));
    }

    /** For a gateway started after the simulator (it needs the simulator's port first). */
    public void gatewayEndpoint(URI endpoint) {
        client.endpoint(endpoint);
    }

    /** Runs the scenario's steps, in this thread, one after the other. */
    public void run(Scenario scenario) {
        Steps steps = new Steps(this);
        for (Step step : scenario.steps()) {
            steps.run(step);
        }
    }

    /** Runs one step; returns the journal entry of what it sent ({@code null} for WAIT). */
    public JournalEntry run(Step step) {
        return new Steps(this).run(step);
    }

    /** Sends the message, signed, with a Control of now; returns its journal entry with the gateway's TEQ. */
    public JournalEntry send(WbciMessage message) {
        return post(wire.signed(message, null), message);
    }

    /** Sends with another majorRelease in Control (e.g. {@code 03}: the gateway must answer TEQ 0993). */
    public JournalEntry sendWithRelease(WbciMessage message, String majorRelease) {
        return post(wire.signed(message, majorRelease), message);
    }

    public JournalEntry sendUnsigned(WbciMessage message) {
        return post(wire.unsigned(message, null), message);
    }

    /** Signed with a key the gateway has not registered for us: it must answer TEQ 0990. */
    public JournalEntry sendSignedBy(WbciMessage message, SigningKey foreign) {
        return post(
                new MessageSigner(foreign, SignatureAlgorithm.RSA_SHA256).sign(wire.unsigned(message, null)), message);
    }

    /** Bytes as they are (a crafted or broken message); {@code resign}: replace any signature with ours. */
    public JournalEntry sendRaw(byte[] soap, boolean resign) {
        byte[] bytes = resign ? wire.resign(soap) : soap;
        WbciMessage message;
        try {
            message = wire.codec().readMessage(bytes).payload();
        } catch (RuntimeException e) {
            message = null;
        }
        return post(bytes, message);
    }

    /** The last message sent, byte for byte again (a transport retry). */
    public JournalEntry resendLast() {
        JournalEntry last = journal.last(e -> e.direction() == Direction.OUT)
                .orElseThrow(() -> new IllegalStateException("nothing sent yet"));
        return post(last.raw(), last.message());
    }

    /** The simulator's business date ("today" for the standard dates). */
    public LocalDate today() {
        return LocalDate.now(settings.businessClock());
    }

    /** The catalogue's KWT from today. */
    public LocalDate kwt() {
        return KftData.kwt(today());
    }

    /** A new ID of ours: {@code V} (VA), {@code T} (TV) or {@code S} (Storno), e.g. {@code DEU.PRTN.V000123457}. */
    public String newId(char letter) {
        return settings.carrier().value() + "." + letter + String.format("%09d", ids.incrementAndGet());
    }

    /** The Wechseltermin agreed for the VA, from the RUEM-VA and ERLMs to TVs in the journal. */
    public LocalDate agreedDate(String vaId) {
        return answers.agreedDate(vaId);
    }

    private JournalEntry post(byte[] soap, WbciMessage message) {
        JournalEntry entry = client.post(soap, message);
        log.accept("sent " + entry);
        return entry;
    }

    private void follow(WbciMessage received, Rule rule) {
        long delay = 0;
        for (Answer answer : rule.answers()) {
            delay += answer.delay();
            answerThread.schedule(() -> answer(received, answer), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void answer(WbciMessage received, Answer answer) {
        try {
            Meldung meldung = answers.build(received, answer);
            send(meldung);
        } catch (RuntimeException e) {
            log.accept("cannot answer " + received.type().abbreviation() + " "
                    + received.vorabstimmungsId().value() + " with " + answer.message() + ": " + e);
            journal.add(Direction.OUT, new byte[0], null, null, "answer " + answer.message() + " not sent: " + e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        answerThread.shutdownNow();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
