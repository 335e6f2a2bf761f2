package org.wbcigateway.gateway.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Set;
import org.w3c.dom.Document;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;
import org.wbcigateway.gateway.platform.partners.Partners;
import org.wbcigateway.wire.InboundMessage;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireException.Kind;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;

/**
 * Who signed an inbound message, and whether that may speak for its Absender: the signature must verify against a
 * registered partner certificate, the Absender must be a partner that certificate is registered for, and RSA-SHA1
 * only where it is not forbidden for that partner. On the partner port the TLS client certificate must belong to
 * the Absender too. Every failure is TEQ 0990.
 *
 * <p>Each signature attributed to its partner (messages and TEQs) is counted in {@code wbci.inbound.signatures} by
 * partner and algorithm, also when its algorithm is then refused: so an operator sees who still signs with SHA-1.
 */
public class PartnerAuthenticator {

    /** The partners a verified signature may speak for. */
    public record Signer(X509Certificate certificate, Set<CarrierCode> partners, SignatureAlgorithm algorithm) {}

    /** What the directory's revision gives: its certificates, and a verifier trusting its signing ones. */
    private record Trust(long revision, PartnerCertificates certificates, SignatureVerifier verifier) {}

    private final PartnerDirectory directory;
    private final Clock clock;
    private final int minimumKeyLength;
    private final MeterRegistry meters;
    private volatile Trust trust;

    public PartnerAuthenticator(
            PartnerDirectory directory, GatewayProperties properties, Clock systemClock, MeterRegistry meters) {
        this.directory = directory;
        this.clock = systemClock;
        this.minimumKeyLength = properties.signing().minimumKeyLength();
        this.meters = meters;
    }

    /** The trust of the directory's current revision, built once per revision (a change counts from then on). */
    private Trust trust() {
        Partners partners = directory.current();
        Trust t = trust;
        if (t == null || t.revision() != partners.revision()) {
            PartnerCertificates certificates = PartnerCertificates.of(partners);
            t = new Trust(
                    partners.revision(),
                    certificates,
                    new SignatureVerifier(certificates.all(), clock, minimumKeyLength));
            trust = t;
        }
        return t;
    }

    /** The partners' certificates as registered now. */
    public PartnerCertificates certificates() {
        return trust().certificates();
    }

    /** The signature of a message already read into a DOM ({@code InboundMessage.document()}), not parsed again. */
    public Signer authenticate(Document soap) {
        Trust t = trust();
        SignatureVerifier.Verified verified = t.verifier().verify(soap);
        return new Signer(
                verified.certificate(), t.certificates().owners(verified.certificate()), verified.algorithm());
    }

    /** The Absender of an authenticated message must be one of the partners its signer is registered for. */
    public void checkSender(Signer signer, CarrierCode absender) {
        if (!signer.partners().contains(absender)) {
            throw new WireException(
                    Kind.SIGNATURE_INVALID,
                    "Absender " + absender + " is not the partner that "
                            + "signed: the certificate " + signer.certificate().getSubjectX500Principal()
                            + " is registered for " + signer.partners());
        }
        Counter.builder("wbci.inbound.signatures")
                .description("Partner signatures verified on inbound messages and TEQs, by partner and algorithm")
                .tag("partner", absender.value())
                .tag("algorithm", signer.algorithm().name())
                .register(meters)
                .increment();
        if (signer.algorithm() == SignatureAlgorithm.RSA_SHA1 && directory.rsaSha1Forbidden(absender)) {
            throw new WireException(
                    Kind.SIGNATURE_INVALID,
                    "RSA-SHA1 is forbidden for " + absender + " (its forbidRsaSha1 in the partner directory, "
                            + "else wbci.security.forbid-rsa-sha1)");
        }
    }

    /**
     * A message that came over mutual TLS must come from the Absender's own TLS client: {@code client} is the leaf of
     * the client's certificate chain, {@code null} where there was none (plain http, or TLS without a client
     * certificate), and then there is nothing to bind.
     */
    public void checkTlsClient(X509Certificate client, CarrierCode absender) {
        if (client == null) {
            return;
        }
        Set<CarrierCode> owners = certificates().tlsClientOwners(client);
        if (!owners.contains(absender)) {
            throw new WireException(
                    Kind.SIGNATURE_INVALID,
                    "Absender " + absender + " is not the partner whose TLS "
                            + "client sent it: the client certificate " + client.getSubjectX500Principal() + " (serial "
                            + client.getSerialNumber().toString(16) + ") is registered for "
                            + (owners.isEmpty() ? "no partner" : owners.toString()));
        }
    }

    /**
     * A TEQ answering our message must be signed with a certificate of the partner we sent it to; checked on the TEQ
     * as read once ({@code WireReader.parse}).
     */
    public void checkTeq(InboundMessage teq, CarrierCode partner) {
        checkSender(authenticate(teq.document()), partner);
    }
}
