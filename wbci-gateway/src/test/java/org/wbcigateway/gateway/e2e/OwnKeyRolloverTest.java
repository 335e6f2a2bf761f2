package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Patience;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.wire.security.Certificates;

/**
 * Our own signing key changed without a restart: A signs with its keystore file; B has registered A's old and new
 * certificate (both valid: the overlap). The new key is put in the file's place, A signs with it from the next
 * reload on, and B accepts A's messages before and after.
 */
class OwnKeyRolloverTest {

    private static Gateway a;
    private static Gateway b;
    private static Path keystore;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("own-key");
        keystore = dir.resolve("signing.p12");
        Files.copy(TestKeys.keystore("DEU.AAAA"), keystore);
        Path both = dir.resolve("DEU.AAAA-old-and-new.pem");
        Files.writeString(
                both,
                Certificates.pem(TestKeys.key("DEU.AAAA").certificate())
                        + Certificates.pem(TestKeys.key("DEU.AAAA next").certificate()),
                StandardCharsets.US_ASCII);
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        a = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                portA,
                "DEU.BBBB",
                portB,
                Gateway.Database.H2,
                "own_key_a",
                Map.of("wbci.signing.keystore", keystore.toString(), "wbci.signing.reload-interval", "200ms"));
        b = Gateway.start(
                "DEU.BBBB",
                "D0BB",
                portB,
                "DEU.AAAA",
                portA,
                Gateway.Database.H2,
                "own_key_b",
                Map.of("wbci.partners.[DEU.AAAA].certificate", both.toString()));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aNewKeyPutInPlaceSignsFromTheNextReloadAndThePartnerAcceptsBoth() throws Exception {
        String oldPem = Certificates.pem(TestKeys.key("DEU.AAAA").certificate());
        String newPem = Certificates.pem(TestKeys.key("DEU.AAAA next").certificate());
        assertThat(Soap.get(a.baseUrl() + "/api/certificates/own").text()).isEqualTo(oldPem);
        String before = send();

        Path next = keystore.resolveSibling("signing.p12.new");
        Files.copy(TestKeys.keystore("DEU.AAAA next"), next);
        Files.move(next, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Patience.awaiting("A signs with the new key")
                .until(() -> Soap.get(a.baseUrl() + "/api/certificates/own").text(), newPem::equals);

        String after = send();
        String newSerial = TestKeys.key("DEU.AAAA next").serial();
        assertThat(b.vorabstimmung(after).path("timeline").get(0).path("raw").asString())
                .as("B stored A's VA signed with the new certificate")
                .contains(newSerial);
        assertThat(b.vorabstimmung(before).path("timeline").get(0).path("raw").asString())
                .doesNotContain(newSerial);
    }

    /** A VA from A that B accepts; its ID. */
    private static String send() {
        String id = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-ORN"))
                .path("vorabstimmungsId")
                .asString();
        b.await(id, v -> v.path("phase").asString().equals("VA_PENDING"));
        return id;
    }
}
