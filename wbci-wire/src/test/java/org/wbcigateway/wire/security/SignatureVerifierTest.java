package org.wbcigateway.wire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wbcigateway.wire.WireException;

/** WS-Security over the interop samples: re-signed they verify; tampered, unknown or unsigned they do not. */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.now();
    private static final SigningKey PARTNER = key("CN=DEU.MNET test");
    private static final SigningKey OTHER_PARTNER = key("CN=DEU.OTHR test");
    private static final SigningKey STRANGER = key("CN=stranger");

    private final SignatureVerifier verifier =
            new SignatureVerifier(List.of(PARTNER.certificate(), OTHER_PARTNER.certificate()), Clock.systemUTC(), 2048);

    @ParameterizedTest
    @ValueSource(strings = {"va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml", "teq.xml"})
    void reSignedInteropSamplesVerify(String sample) {
        byte[] signed = new MessageSigner(PARTNER, SignatureAlgorithm.RSA_SHA256).resign(sample(sample));

        SignatureVerifier.Verified verified = verifier.verify(signed);

        assertThat(verified.certificate()).isEqualTo(PARTNER.certificate());
        assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
        assertThat(new String(signed, StandardCharsets.UTF_8))
                .contains("BinarySecurityToken", "xml-exc-c14n#", "rsa-sha256", "mustUnderstand=\"1\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"va-kue-mrn.xml", "va-kue-orn.xml", "va-rrnp.xml", "teq.xml"})
    void theSamplesAsTheyAreDoNotVerify(String sample) {
        // their certificates are not registered, and the files were changed after signing (README of the samples)
        assertThatThrownBy(() -> verifier.verify(sample(sample)))
                .isInstanceOf(WireException.class)
                .hasMessageContaining("SIGNATURE_INVALID");
    }

    @Test
    void rsaSha1IsReportedSoThePartnerSettingCanDecide() {
        byte[] signed = new MessageSigner(PARTNER, SignatureAlgorithm.RSA_SHA1).resign(sample("va-kue-mrn.xml"));

        assertThat(verifier.verify(signed).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA1);
    }

    @Test
    void anotherRegisteredCertificateIsNamedAsTheSigner() {
        byte[] signed = new MessageSigner(OTHER_PARTNER, SignatureAlgorithm.RSA_SHA256).resign(sample("va-rrnp.xml"));

        assertThat(verifier.verify(signed).certificate()).isEqualTo(OTHER_PARTNER.certificate());
    }

    @Test
    void oneByteOfTheBodyChangedFails() {
        String signed = new String(
                new MessageSigner(PARTNER, SignatureAlgorithm.RSA_SHA256).resign(sample("va-kue-mrn.xml")),
                StandardCharsets.UTF_8);
        String tampered = signed.replaceFirst("<firmenname>B", "<firmenname>C");
        assertThat(tampered).isNotEqualTo(signed);

        assertRefused(tampered.getBytes(StandardCharsets.UTF_8), "invalid");
    }

    @Test
    void anUnknownCertificateFails() {
        byte[] signed = new MessageSigner(STRANGER, SignatureAlgorithm.RSA_SHA256).resign(sample("va-kue-mrn.xml"));

        assertRefused(signed, "is not registered for any partner");
    }

    @Test
    void anExpiredCertificateFails() {
        SigningKey expired = Certificates.selfSigned(
                "CN=expired", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)), 2048);
        SignatureVerifier trusting = new SignatureVerifier(List.of(expired.certificate()), Clock.systemUTC(), 2048);
        byte[] signed = new MessageSigner(expired, SignatureAlgorithm.RSA_SHA256).resign(sample("va-kue-mrn.xml"));

        assertThatThrownBy(() -> trusting.verify(signed)).hasMessageContaining("is not valid now");
    }

    @Test
    void aKeyShorterThanTheMinimumFails() {
        SigningKey weak =
                Certificates.selfSigned("CN=weak", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), 1024);
        SignatureVerifier trusting = new SignatureVerifier(List.of(weak.certificate()), Clock.systemUTC(), 2048);
        byte[] signed = new MessageSigner(weak, SignatureAlgorithm.RSA_SHA256).resign(sample("va-kue-mrn.xml"));

        assertThatThrownBy(() -> trusting.verify(signed)).isInstanceOf(WireException.class);
    }

    @Test
    void anUnsignedMessageFails() {
        String unsigned = new String(sample("va-kue-mrn.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<wsse:Security.*</wsse:Security>", "");

        assertRefused(unsigned.getBytes(StandardCharsets.UTF_8), "not signed");
    }

    /** Signature wrapping: the signed Body moved into the header, a forged Body in its place. */
    @Test
    void aSignatureOverAMovedBodyDoesNotCoverTheRealOne() {
        String signed = new String(
                new MessageSigner(PARTNER, SignatureAlgorithm.RSA_SHA256).resign(sample("va-kue-mrn.xml")),
                StandardCharsets.UTF_8);
        int bodyStart = signed.indexOf("<SOAP-ENV:Body");
        int bodyEnd = signed.indexOf("</SOAP-ENV:Body>") + "</SOAP-ENV:Body>".length();
        String body = signed.substring(bodyStart, bodyEnd);
        String wrapped = "<w:Wrapper xmlns:w=\"urn:wrapper\">" + body + "</w:Wrapper>";
        String forged = body.replaceFirst(" wsu:Id=\"[^\"]*\"", "").replace("<firmenname>", "<firmenname>Z");
        String attack = signed.substring(0, bodyStart).replace("</SOAP-ENV:Header>", wrapped + "</SOAP-ENV:Header>")
                + forged
                + signed.substring(bodyEnd);

        assertRefused(attack.getBytes(StandardCharsets.UTF_8), "does not cover the SOAP Body");
    }

    private void assertRefused(byte[] message, String reason) {
        assertThatThrownBy(() -> verifier.verify(message)).isInstanceOfSatisfying(WireException.class, e -> {
            assertThat(e.kind()).isEqualTo(WireException.Kind.SIGNATURE_INVALID);
            assertThat(e.detail()).contains(reason);
        });
    }

    private static SigningKey key(String subject) {
        return Certificates.selfSigned(subject, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), 2048);
    }

    private static byte[] sample(String name) {
        String dir = System.getProperty("shared.dir", "../../shared");
        try {
            return Files.readAllBytes(Path.of(dir, "interop-samples", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
