package org.wbcigateway.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.simulator.scenario.Rule;
import org.wbcigateway.simulator.scenario.RuleBook;
import org.wbcigateway.simulator.scenario.TeqReply;
import org.wbcigateway.wire.WireException;

/**
 * Serves both SOAP operations: checks the signature (0990) and the message (0993, 0995), records it, answers with
 * the TEQ its rule asks for and hands the rule's business answers on. A byte-identical re-send of a message that
 * was accepted is a transport retry (spec §7): TEQ OK again and nothing else.
 */
final class InboundHandler implements HttpHandler {

    /** What to do with an accepted message once its TEQ is out. */
    interface Follow {
        void accepted(WbciMessage message, Rule rule);
    }

    private static final String SOAP_FAULT = """
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>\
            <soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>scripted server fault</faultstring>\
            </soapenv:Fault></soapenv:Body></soapenv:Envelope>""";

    private final Wire wire;
    private final Journal journal;
    private final Follow follow;
    private final CountDownLatch closing;
    private volatile RuleBook rules;

    InboundHandler(Wire wire, Journal journal, RuleBook rules, Follow follow, CountDownLatch closing) {
        this.wire = wire;
        this.journal = journal;
        this.rules = rules;
        this.follow = follow;
        this.closing = closing;
    }

    void rules(RuleBook value) {
        this.rules = value;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "POST only".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            handle(exchange, body);
        } finally {
            exchange.close();
        }
    }

    private void handle(HttpExchange exchange, byte[] body) throws IOException {
        boolean anfrage = Wire.isAnfrage(body);
        if (isRetryOfAccepted(body)) {
            JournalEntry first = journal.last(e -> e.direction() == Direction.IN && Arrays.equals(e.raw(), body))
                    .get();
            journal.add(Direction.IN, body, first.message(), TeqCode.OK, "transport retry");
            teq(exchange, first.message().vorabstimmungsId(), TeqCode.OK, anfrage);
            return;
        }
        Optional<String> badSignature = wire.verify(body);
        if (badSignature.isPresent()) {
            refuse(exchange, body, TeqCode.SIGNATUR_UNGUELTIG, "signature: " + badSignature.get(), anfrage);
            return;
        }
        WbciMessage message;
        try {
            message = wire.codec().readMessage(body).payload();
        } catch (WireException e) {
            refuse(exchange, body, e.kind().teqCode(), e.getMessage(), anfrage);
            return;
        }
        int occurrence = 1
                + journal.entries(e -> e.direction() == Direction.IN
                                && e.message() != null
                                && e.message().type() == message.type()
                                && e.vaId().equals(message.vorabstimmungsId().value())
                                && !"transport retry".equals(e.note()))
                        .size();
        Optional<Rule> rule = rules.choose(message, occurrence);
        TeqReply reply = rule.map(Rule::teqReply).orElse(TeqReply.OK);
        switch (reply.kind()) {
            case TEQ -> {
                journal.add(Direction.IN, body, message, reply.code(), null);
                teq(exchange, message.vorabstimmungsId(), reply.code(), anfrage);
                if (reply.code() == TeqCode.OK) {
                    rule.ifPresent(r -> follow.accepted(message, r));
                }
            }
            case HTTP_500 -> {
                journal.add(Direction.IN, body, message, null, "HTTP 500");
                respond(exchange, 500, "text/xml; charset=UTF-8", SOAP_FAULT.getBytes(StandardCharsets.UTF_8));
            }
            case HANG -> {
                journal.add(
                        Direction.IN,
                        body,
                        message,
                        null,
                        "hang " + reply.hang().toSeconds() + "s");
                try {
                    closing.await(reply.hang().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case CLOSE -> journal.add(Direction.IN, body, message, null, "connection closed");
            default -> throw new IllegalStateException(reply.toString());
        }
    }

    private boolean isRetryOfAccepted(byte[] body) {
        return journal.last(e -> e.direction() == Direction.IN && e.teq() == TeqCode.OK && Arrays.equals(e.raw(), body))
                .isPresent();
    }

    private void refuse(HttpExchange exchange, byte[] body, TeqCode code, String why, boolean anfrage)
            throws IOException {
        journal.add(Direction.IN, body, null, code, why);
        Optional<VorabstimmungsId> vaRef = Wire.vaIdIn(body);
        if (vaRef.isEmpty()) {
            respond(exchange, 500, "text/xml; charset=UTF-8", SOAP_FAULT.getBytes(StandardCharsets.UTF_8));
            return;
        }
        teq(exchange, vaRef.get(), code, anfrage);
    }

    private void teq(HttpExchange exchange, VorabstimmungsId vaRef, TeqCode code, boolean anfrage) throws IOException {
        respond(exchange, 200, "text/xml; charset=UTF-8", wire.teq(vaRef, code, anfrage));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
