package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.LogCapture;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.WbciCodec;
import tools.jackson.databind.JsonNode;

/**
 * The outbound side of a fuzzing finding: a partner's TEQ whose wsse:Security header WSS4J cannot process (a
 * BinarySecurityToken that is not base64) made the signature check throw an IllegalArgumentException out of the
 * outbox round. It was logged at ERROR by the scheduler, the attempt was never counted and the message stayed leased
 * (and its batch undelivered) until the lease ran out, again and again. Now it is a failed attempt like any other.
 */
class MalformedPartnerTeqTest {

    @Test
    void aPartnerTeqThatCannotBeVerifiedIsAFailedAttempt() throws Exception {
        WbciCodec codec = new WbciCodec();
        String teq = new String(
                        codec.writeQuittung(
                                new Envelope<>(
                                        Control.v200(
                                                java.time.OffsetDateTime.now(),
                                                new Control.SignaturId("CN=partner", "01")),
                                        Quittung.of(
                                                CarrierCode.of("DEU.BBBB"),
                                                VorabstimmungsId.of("DEU.AAAA.V000000001"),
                                                TeqCode.OK)),
                                true),
                        StandardCharsets.UTF_8)
                .replaceFirst("^<\\?xml[^>]*\\?>", "");
        String soap = new String(
                        TestKeys.sign(
                                "DEU.BBBB",
                                ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap"
                                                + ".org/soap/envelope/\"><SOAP-ENV:Header/><SOAP-ENV:Body>" + teq
                                                + "</SOAP-ENV:Body></SOAP-ENV:Envelope>")
                                        .getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8)
                .replaceFirst("(<wsse:BinarySecurityToken[^>]*>)[^<]*<", "$1!!not base64!!<");
        byte[] answer = soap.getBytes(StandardCharsets.UTF_8);
        HttpServer partner = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        partner.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        partner.start();
        int port = Gateway.freePort();
        try (LogCapture logs = LogCapture.attach("org.wbcigateway.gateway.outbox.OutboxSender");
                Gateway a = Gateway.start(
                        "DEU.AAAA",
                        "D0AA",
                        port,
                        "DEU.BBBB",
                        partner.getAddress().getPort(),
                        Gateway.Database.H2,
                        "malformed_teq" + System.nanoTime(),
                        Map.of("wbci.outbox.max-attempts", "2"))) {
            a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-RRNP"));

            JsonNode dead = a.awaitDeadLetter();
            assertThat(dead.path("attempts").asInt()).isEqualTo(2);
            assertThat(dead.path("lastError").asString()).contains("Last unit does not have enough valid bits");
            assertThat(logs.errors()).as("ERROR log events: %s", logs.first()).isZero();
        } finally {
            partner.stop(0);
        }
    }
}
