package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wbcigateway.gateway.platform.security.StoredBytes;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * Stored messages encrypted at rest (issue 16, ADR 0018): what DEU.AAAA stores — sent and received — is sealed with
 * its key and names no customer in the database, yet it is sent byte for byte as signed, reads back for the API,
 * and is pseudonymised by an erasure; after a key rotation the older messages still read and new ones take the new
 * key; a key the keystore lacks fails the start. The head of refused input is sealed as well.
 */
class EncryptionAtRestTest {

    @Test
    void storedMessagesAreSealedReadBackAndSurviveARotation(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("at-rest.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            KeyGenerator aes = KeyGenerator.getInstance("AES");
            aes.init(256);
            for (String alias : List.of("k1", "k2")) {
                store.setEntry(
                        alias,
                        new KeyStore.SecretKeyEntry(aes.generateKey()),
                        new KeyStore.PasswordProtection("at-rest-secret".toCharArray()));
            }
            store.store(out, "at-rest-secret".toCharArray());
        }
        String name = "atrest_" + Long.toString(System.nanoTime(), 36);
        int port = Gateway.freePort();
        int partnerPort = Gateway.freePort();
        try (Gateway partner = Gateway.start(
                "DEU.BBBB", "D0BB", partnerPort, "DEU.AAAA", port, Gateway.Database.H2, name + "_p", Map.of())) {
            String first;
            try (Gateway a = gatewayA(port, partnerPort, name, key(keystore, "k1"))) {
                first = a.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                        .path("vorabstimmungsId")
                        .asString();
                // DEU.BBBB got it as DEU.AAAA signed it (its signature verified), and refuses it
                partner.await(first, v -> v.path("phase").asString().equals("VA_PENDING"));
                partner.ok("/api/vorabstimmungen/" + first + "/abbm", "{\"positionen\":[{\"meldungscode\":\"8117\"}]}");
                a.await(first, v -> v.path("phase").asString().equals("REJECTED"));

                List<byte[]> stored = raws(a, first);
                assertThat(stored).as("the VA sent and the ABBM received").hasSize(2);
                StoredBytes bytes = a.context().getBean(StoredBytes.class);
                for (byte[] raw : stored) {
                    assertThat(StoredBytes.keyOf(raw)).isEqualTo("k1");
                    assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                            .doesNotContain("McFly")
                            .doesNotContain("VorabstimmungsId");
                    assertThat(new String(bytes.open(raw), StandardCharsets.UTF_8))
                            .startsWith("<");
                }
                assertThat(new String(bytes.open(stored.get(0)), StandardCharsets.UTF_8))
                        .contains("McFly");
                // read back from the database (the node's memory of them forgotten)
                a.context()
                        .getBean(org.wbcigateway.gateway.vorabstimmung.StoredMessages.class)
                        .forget();
                assertThat(a.get("/api/vorabstimmungen/" + first).body().toString())
                        .contains("McFly");

                // refused input naming him, longer than the refusal log keeps: its head is sealed too
                String unreadable = "<nachname>McFly</nachname> " + "x".repeat(10_000);
                assertThat(org.wbcigateway.gateway.support.Soap.post(
                                        a.soapUrl(), unreadable.getBytes(StandardCharsets.UTF_8))
                                .status())
                        .isEqualTo(500);
                org.wbcigateway.gateway.platform.tenancy.Schemas schemas =
                        a.context().getBean(org.wbcigateway.gateway.platform.tenancy.Schemas.class);
                List<String> heads = new java.util.ArrayList<>();
                for (String schema : List.of(schemas.home(), schemas.provider())) {
                    heads.addAll(a.context()
                            .getBean(JdbcClient.class)
                            .sql("SELECT raw_head FROM \"" + schema + "\".inbound_refusal")
                            .query(String.class)
                            .list());
                }
                assertThat(heads)
                        .isNotEmpty()
                        .allSatisfy(
                                head -> assertThat(head).doesNotContain("McFly").hasSizeLessThanOrEqualTo(4000));
                String shown =
                        a.get("/api/refusals").body().get(0).path("rawHead").asString();
                assertThat(unreadable).startsWith(shown);
                assertThat(shown).contains("McFly").hasSizeGreaterThan(2000);
            }

            // the key rotated: the older messages still read, a new one takes the new key
            try (Gateway a = gatewayA(port, partnerPort, name, key(keystore, "k2"))) {
                assertThat(a.get("/api/vorabstimmungen/" + first).body().toString())
                        .contains("McFly");
                String second = a.ok(
                                "/api/vorabstimmungen",
                                TwoGatewaysFlows.va("VA-KUE-MRN", "654321", TwoGatewaysFlows.KWT))
                        .path("vorabstimmungsId")
                        .asString();
                partner.await(second, v -> v.path("phase").asString().equals("VA_PENDING"));
                assertThat(StoredBytes.keyOf(raws(a, second).get(0))).isEqualTo("k2");

                // an erasure pseudonymises sealed messages and seals them again
                Gateway.Reply erased =
                        a.as(TestAccess.ADMIN_TOKEN).post("/api/personal-data/erasure", "{\"va\":\"" + first + "\"}");
                assertThat(erased.status()).as(String.valueOf(erased.body())).isEqualTo(200);
                StoredBytes bytes = a.context().getBean(StoredBytes.class);
                for (byte[] raw : raws(a, first)) {
                    assertThat(StoredBytes.keyOf(raw)).isEqualTo("k2");
                    assertThat(new String(bytes.open(raw), StandardCharsets.UTF_8))
                            .doesNotContain("McFly");
                }
            }
        }

        // a key the keystore does not hold fails the start, naming it
        assertThatThrownBy(() -> gatewayA(Gateway.freePort(), Gateway.freePort(), name + "_x", key(keystore, "k3")))
                .hasStackTraceContaining("wbci.encryption.key k3");
    }

    /** DEU.AAAA on its H2 database, with its partner DEU.BBBB. */
    private static Gateway gatewayA(int port, int partnerPort, String name, Map<String, String> settings) {
        return Gateway.start("DEU.AAAA", "D0AA", port, "DEU.BBBB", partnerPort, Gateway.Database.H2, name, settings);
    }

    private static Map<String, String> key(Path keystore, String alias) {
        Map<String, String> settings = new HashMap<>();
        settings.put("wbci.encryption.keystore", keystore.toString());
        settings.put("wbci.encryption.password", "at-rest-secret");
        settings.put("wbci.encryption.key", alias);
        return settings;
    }

    private static List<byte[]> raws(Gateway gateway, String vaId) {
        return gateway.context()
                .getBean(JdbcClient.class)
                .sql("SELECT raw FROM wbci_message WHERE va_id = ? ORDER BY id")
                .param(vaId)
                .query(byte[].class)
                .list();
    }
}
