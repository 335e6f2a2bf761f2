package org.wbcigateway.gateway.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.observability.Failures;
import org.wbcigateway.gateway.platform.partners.Partner;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.security.PartnerAuthenticator;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireException;

/**
 * Posts a stored SOAP message to a partner's endpoint, byte for byte as stored, and reads the TEQ. The bytes are
 * never re-composed, so a retry is a byte-identical re-send the partner recognises as a transport retry.
 */
@Component
public class PartnerClient {

    /** What became of one attempt. */
    public sealed interface Result {
        /** The partner answered with a TEQ (positive or negative) for the Vorabstimmung {@code vaRef}. */
        record Answered(TeqCode code, String text, VorabstimmungsId vaRef) implements Result {}

        /** No TEQ: network error, timeout, SOAP fault or HTTP error; worth trying again. */
        record Failed(String reason) implements Result {}
    }

    private final HttpClient plain;
    private final Map<String, HttpClient> perBundle = new ConcurrentHashMap<>();
    private final WbciCodec codec;
    private final Duration timeout;
    private final PartnerDirectory partners;
    private final SslBundles bundles;

    private final PartnerAuthenticator authenticator;

    public PartnerClient(
            WbciCodec codec,
            GatewayProperties properties,
            PartnerDirectory partners,
            PartnerAuthenticator authenticator,
            SslBundles bundles) {
        this.codec = codec;
        this.authenticator = authenticator;
        this.partners = partners;
        this.bundles = bundles;
        this.timeout = properties.outbox().requestTimeout();
        this.plain = builder().build();
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1);
    }

    /**
     * A partner with a TLS bundle is called with a client of that bundle: our client certificate, its server's trust
     * anchor. One client per bundle, so a partner whose bundle changes in the directory is called with the new one.
     */
    private HttpClient client(CarrierCode partner) {
        return partners.find(partner)
                .flatMap(Partner::tlsBundle)
                .map(bundle -> perBundle.computeIfAbsent(
                        bundle,
                        b -> builder()
                                .sslContext(bundles.getBundle(b).createSslContext())
                                .build()))
                .orElse(plain);
    }

    /** Posts to the partner's endpoint; its TEQ counts only if signed with a certificate registered for it. */
    public Result post(CarrierCode partner, String endpoint, byte[] soap) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client(partner).send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Result.Failed("no answer from " + endpoint + ": " + Failures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Failed("interrupted");
        }
        if (response.statusCode() != 200) {
            return new Result.Failed(
                    "HTTP " + response.statusCode() + " from " + endpoint + ": " + head(response.body()));
        }
        try {
            InboundMessage answer = codec.reader().parse(response.body()); // read once: signature, schema, mapping
            authenticator.checkTeq(answer, partner);
            Envelope<Quittung> teq = codec.readQuittung(answer);
            return new Result.Answered(
                    teq.payload().code(),
                    teq.payload().meldungstext(),
                    teq.payload().vorabstimmungsIdRef());
        } catch (WireException e) {
            return new Result.Failed(
                    "unreadable or unauthenticated TEQ from " + endpoint + ": " + Failures.describe(e));
        }
    }

    private static String head(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ");
    }
}
