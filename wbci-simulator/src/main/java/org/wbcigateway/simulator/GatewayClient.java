package org.wbcigateway.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WireException;

/** Posts the simulator's messages to the gateway and records each with the TEQ it got. */
final class GatewayClient {

    private final HttpClient http;
    private final Wire wire;
    private final Journal journal;
    private final Duration timeout;
    private volatile URI endpoint;

    GatewayClient(Wire wire, Journal journal, URI endpoint, Duration timeout) {
        this.wire = wire;
        this.journal = journal;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    void endpoint(URI value) {
        this.endpoint = value;
    }

    /** Sends the bytes as they are; {@code message} is what they hold (for the journal), if readable. */
    JournalEntry post(byte[] soap, WbciMessage message) {
        if (endpoint == null) {
            throw new IllegalStateException("no gateway endpoint configured");
        }
        int seq = journal.nextSeq();
        Instant at = Instant.now();
        HttpResponse<byte[]> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(timeout)
                            .header("Content-Type", "text/xml; charset=UTF-8")
                            .header("SOAPAction", "\"\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return journal.add(seq, at, Direction.OUT, soap, message, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return journal.add(seq, at, Direction.OUT, soap, message, null, "interrupted");
        }
        if (response.statusCode() != 200) {
            return journal.add(seq, at, Direction.OUT, soap, message, null, "HTTP " + response.statusCode());
        }
        Optional<String> badSignature = wire.verify(response.body());
        try {
            Quittung teq = wire.codec().readQuittung(response.body()).payload();
            return journal.add(
                    seq,
                    at,
                    Direction.OUT,
                    soap,
                    message,
                    teq.code(),
                    badSignature.map(why -> "TEQ signature: " + why).orElse(null));
        } catch (WireException e) {
            return journal.add(seq, at, Direction.OUT, soap, message, null, "unreadable TEQ: " + e.getMessage());
        }
    }
}
