package org.wbcigateway.gateway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.support.TestKeys;

/**
 * Whose TLS client a certificate is: a partner's pinned tls-client-certificate, else its signing certificate (one
 * certificate for both); a partner with a pinned one is not also recognised by its signing certificate.
 */
class PartnerCertificatesTest {

    private static final CarrierCode SAME = CarrierCode.of("DEU.SAME");
    private static final CarrierCode PINNED = CarrierCode.of("DEU.PIND");

    private final X509Certificate sameSigning = TestKeys.key(SAME.value()).certificate();
    private final X509Certificate pinnedSigning = TestKeys.key(PINNED.value()).certificate();
    private final X509Certificate pinnedTls = TestKeys.tlsKey(PINNED.value()).certificate();
    private final PartnerCertificates certificates = new PartnerCertificates(
            Map.of(SAME, List.of(sameSigning), PINNED, List.of(pinnedSigning)), Map.of(PINNED, List.of(pinnedTls)));

    @Test
    void withoutAPinnedCertificateThePartnersTlsClientUsesItsSigningCertificate() {
        assertThat(certificates.tlsClientOwners(sameSigning)).containsExactly(SAME);
    }

    @Test
    void aPinnedCertificateReplacesTheSigningOneForTls() {
        assertThat(certificates.tlsClientOwners(pinnedTls)).containsExactly(PINNED);
        assertThat(certificates.tlsClientOwners(pinnedSigning)).isEmpty();
        assertThat(certificates.owners(pinnedTls)).as("no signing certificate").isEmpty();
        assertThat(certificates.pinnedTlsClients()).containsOnlyKeys(PINNED);
    }
}
