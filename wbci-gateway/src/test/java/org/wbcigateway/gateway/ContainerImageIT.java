package org.wbcigateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCI image Jib built in this build (target/jib-image.tar): what it holds, and the image run. No container
 * engine runs on these machines, so the test is its own minimal runtime: it unpacks the layers into a root file
 * system and starts the image's entrypoint there with util-linux {@code unshare} (own root, own PID namespace with
 * /proc, the image's user and working directory, the image's environment plus the test's), configured by
 * environment variables only. A partner's signed VA then gets TEQ OK from the gateway inside.
 */
class ContainerImageIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static Path layout;
    private static JsonNode config;
    private static List<Path> layers;

    @BeforeAll
    static void readImage() throws Exception {
        String tar = System.getProperty("image.tar");
        Assumptions.assumeTrue(tar != null, "the image is built on Linux only (profile image)");
        layout = Files.createTempDirectory("wbci-image");
        run(List.of("tar", "-xf", tar, "-C", layout.toString()));
        JsonNode index = JSON.readTree(Files.readString(layout.resolve("index.json")));
        JsonNode manifest =
                JSON.readTree(blob(index.path("manifests").get(0).path("digest").asString()));
        assertThat(manifest.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        config = JSON.readTree(blob(manifest.path("config").path("digest").asString()));
        layers = new ArrayList<>();
        manifest.path("layers")
                .forEach(l -> layers.add(blobPath(l.path("digest").asString())));
    }

    @Test
    void theImageRunsAsNonRootAndIsConfiguredByEnvironment() {
        JsonNode c = config.path("config");
        assertThat(c.path("User").asString()).isEqualTo("65532:0");
        assertThat(c.path("WorkingDir").asString()).isEqualTo("/var/lib/wbci-gateway");
        assertThat(c.path("ExposedPorts").propertyNames()).contains("8080/tcp", "8443/tcp");
        assertThat(c.path("Entrypoint").get(0).asString()).isEqualTo("java");
        assertThat(c.path("Entrypoint").toString()).contains("org.wbcigateway.gateway.WbciGatewayApplication");
        assertThat(c.path("Labels").path("org.opencontainers.image.licenses").asString())
                .isEqualTo("Apache-2.0");
        assertThat(config.path("os").asString()).isEqualTo("linux");
    }

    @Test
    void theImageHoldsTheApplicationAndNoSecrets() throws Exception {
        List<String> files = new ArrayList<>();
        for (Path layer : layers) {
            files.addAll(run(List.of("tar", "-tzf", layer.toString())).lines().toList());
        }
        assertThat(files)
                .anyMatch(f -> f.endsWith("app/classes/org/wbcigateway/gateway/WbciGatewayApplication.class"))
                .anyMatch(f -> f.matches(".*app/libs/wbci-domain-.*\\.jar"))
                .anyMatch(f -> f.endsWith("opt/java/openjdk/bin/java"))
                .noneMatch(f -> f.endsWith(".p12") || f.contains("initial-credentials") || f.contains("/data/"));
    }

    @Test
    void theImageStartsAndAcceptsASignedMessage() throws Exception {
        Assumptions.assumeTrue(
                "0".equals(run(List.of("id", "-u")).trim()), "running the image needs root (own root and user)");
        Path root = Files.createTempDirectory("wbci-rootfs");
        for (Path layer : layers) {
            run(List.of("tar", "-xzf", layer.toString(), "-C", root.toString()));
        }
        Files.createDirectories(root.resolve("proc"));
        Files.copy(TestKeys.certificate("DEU.MNET"), root.resolve("tmp/DEU.MNET.pem"));

        int port = Gateway.freePort();
        Map<String, String> environment = new HashMap<>();
        config.path("config").path("Env").forEach(e -> {
            String[] kv = e.asString().split("=", 2);
            environment.put(kv[0], kv[1]);
        });
        environment.putAll(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SERVER_ADDRESS", "127.0.0.1",
                "WBCI_CARRIERCODE", "DEU.DTAG",
                "WBCI_PORTIERUNGSKENNUNG", "D001",
                "WBCI_SECURITY_REPLAYWINDOW", "36500d",
                "WBCI_ACCESS_TOKENS_ADMIN_TOKEN", TestAccess.ADMIN_TOKEN,
                "WBCI_ACCESS_TOKENS_ADMIN_ROLE", "ADMIN",
                "WBCI_PARTNERS_0_CODE", "DEU.MNET",
                "WBCI_PARTNERS_0_ENDPOINT", "http://127.0.0.1:9/wbci/v2",
                "WBCI_PARTNERS_0_CERTIFICATE", "/tmp/DEU.MNET.pem"));
        JsonNode c = config.path("config");
        String[] user = c.path("User").asString().split(":");
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--pid",
                "--fork",
                "--kill-child",
                "--mount-proc=/proc",
                "--root=" + root,
                "--wd=" + c.path("WorkingDir").asString(),
                "--setgid",
                user[1],
                "--setuid",
                user[0]));
        String java = c.path("Entrypoint").get(0).asString();
        command.add(java.startsWith("/") ? java : "/opt/java/openjdk/bin/" + java);
        for (int i = 1; i < c.path("Entrypoint").size(); i++) {
            command.add(c.path("Entrypoint").get(i).asString());
        }
        try (Launched gateway = Launched.start(command, environment)) {
            String base = "http://127.0.0.1:" + port;
            Soap.Response teq = Soap.post(base + "/wbci/v2", TestKeys.sign("DEU.MNET", Soap.sample("va-kue-orn.xml")));
            assertThat(teq.text()).as(gateway.output()).contains("<Meldungscode>OK</Meldungscode>");
            HttpResponse<String> readiness = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            // the embedded database and the development key went to the working directory, as the image's user
            Path data = root.resolve("var/lib/wbci-gateway/data");
            assertThat(data.resolve("DEU.DTAG-development-signing-key.p12")).exists();
            assertThat(Files.getOwner(data).getName()).isIn("65532", "wbci");
        } finally {
            run(List.of("rm", "-rf", root.toString()));
        }
    }

    private static Path blobPath(String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    private static String blob(String digest) throws Exception {
        return Files.readString(blobPath(digest), StandardCharsets.UTF_8);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out).isZero();
        return out;
    }
}
