package org.wbcigateway.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wbcigateway.domain.code.TeqCode;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.VorabstimmungsId;
import org.wbcigateway.domain.message.Control;
import org.wbcigateway.domain.message.Envelope;
import org.wbcigateway.domain.message.Quittung;
import org.wbcigateway.domain.message.WbciMessage;
import org.wbcigateway.wire.WbciCodec;
import org.wbcigateway.wire.WireException;
import org.wbcigateway.wire.WireReader;
import org.wbcigateway.wire.WireWriter;
import org.wbcigateway.wire.security.MessageSigner;
import org.wbcigateway.wire.security.SignatureAlgorithm;
import org.wbcigateway.wire.security.SignatureVerifier;
import org.wbcigateway.wire.security.SigningKey;

/** The simulator's side of spec §5: writes and signs its messages and TEQs, verifies and reads the gateway's. */
final class Wire {

    private static final Pattern VA_ID = Pattern.compile("<VorabstimmungsId(?:Ref)?>\\s*([^<\\s]+)\\s*<");

    private final WireWriter writer = new WireWriter();
    private final WbciCodec codec = new WbciCodec(new WireReader(), writer);
    private final CarrierCode self;
    private final MessageSigner signer;
    private final SignatureVerifier verifier;

    Wire(CarrierCode self, SigningKey key, List<java.security.cert.X509Certificate> gatewayCertificates) {
        this.self = self;
        this.signer = new MessageSigner(key, SignatureAlgorithm.RSA_SHA256);
        this.verifier = new SignatureVerifier(gatewayCertificates, Clock.systemUTC(), 2048);
    }

    WbciCodec codec() {
        return codec;
    }

    /** The message as it goes on the wire: SOAP, Control with the real time and our certificate, signed. */
    byte[] signed(WbciMessage message, String majorRelease) {
        return signer.sign(unsigned(message, majorRelease));
    }

    byte[] unsigned(WbciMessage message, String majorRelease) {
        Control control = new Control(
                OffsetDateTime.now(),
                majorRelease == null ? Control.MAJOR_RELEASE : majorRelease,
                Control.MINOR_RELEASE,
                new Control.SignaturId(signer.key().issuer(), signer.key().serial()));
        return codec.writeMessageSoap(new Envelope<>(control, message));
    }

    byte[] resign(byte[] soap) {
        return signer.resign(soap);
    }

    /** Our signed TEQ answering a message of the Vorabstimmung {@code vaRef}. */
    byte[] teq(VorabstimmungsId vaRef, TeqCode code, boolean answersAnfrage) {
        Envelope<Quittung> teq = new Envelope<>(
                Control.v200(
                        OffsetDateTime.now(),
                        new Control.SignaturId(
                                signer.key().issuer(), signer.key().serial())),
                Quittung.of(self, vaRef, code));
        return signer.sign(writer.writeSoap(codec.mapper().response(teq, answersAnfrage)));
    }

    /** Verifies the gateway's signature; the failure as text, or empty if it verified. */
    Optional<String> verify(byte[] soap) {
        try {
            verifier.verify(soap);
            return Optional.empty();
        } catch (WireException | IllegalArgumentException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The VA-ID a message names, even one that does not parse (for the TEQ's VorabstimmungsIdRef). */
    static Optional<VorabstimmungsId> vaIdIn(byte[] soap) {
        Matcher m = VA_ID.matcher(new String(soap, StandardCharsets.UTF_8));
        while (m.find()) {
            try {
                return Optional.of(VorabstimmungsId.of(m.group(1)));
            } catch (RuntimeException e) {
                // not a valid ID: look further
            }
        }
        return Optional.empty();
    }

    /** Whether a request's answer is annehmenAnfrageResponse (VA, TV, Storno) rather than annehmenMeldungResponse. */
    static boolean isAnfrage(byte[] soap) {
        return new String(soap, StandardCharsets.UTF_8).contains("annehmenAnfrageRequest");
    }
}
