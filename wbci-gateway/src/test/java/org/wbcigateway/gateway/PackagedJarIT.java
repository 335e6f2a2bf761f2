package org.wbcigateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.Soap;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;

/**
 * The runnable jar, started as the README says, in a process of its own: it comes up, reports where it listens,
 * serves the WSDL and the API, and accepts a real WBCI message (the packaged schema loads from the nested jar).
 */
class PackagedJarIT {

    @Test
    void theRunnableJarStartsAndAnswers() throws Exception {
        int port = Gateway.freePort();
        // no user or token configured, as on a fresh machine: the jar makes an admin login and token in this file
        Path credentials = Files.createTempDirectory("wbci-it").resolve("initial-credentials.properties");
        String jar = System.getProperty("gateway.jar", "target/wbci-gateway.jar");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--wbci.carrier-code=DEU.DTAG",
                "--wbci.portierungskennung=D001",
                "--wbci.partners.[DEU.MNET].endpoint=http://127.0.0.1:9/wbci/v2",
                "--wbci.security.replay-window=36500d",
                "--wbci.access.initial-credentials=" + credentials));
        TestKeys.settings("DEU.DTAG", "DEU.MNET").forEach((k, v) -> command.add("--" + k + "=" + v));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> up = CompletableFuture.supplyAsync(() -> waitForReport(process));
            assertThat(up.get(300, TimeUnit.SECONDS))
                    .as("startup report printed")
                    .isTrue(); // bounds a failing test only
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/wbci/wbci.wsdl"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            Soap.Response teq = Soap.post(base + "/wbci/v2", TestKeys.sign("DEU.MNET", Soap.sample("va-kue-orn.xml")));
            assertThat(teq.status()).isEqualTo(200);
            assertThat(teq.text()).contains("<Meldungscode>OK</Meldungscode>");
            HttpResponse<String> va = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/vorabstimmungen/DEU.MNET.V000000005"))
                            .header("Authorization", "Bearer " + generatedToken(credentials))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(va.statusCode()).isEqualTo(200);
            assertThat(va.body()).contains("VA-KUE-ORN");
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/vorabstimmungen"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("no token, no API").isEqualTo(401);
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/console/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode())
                    .as("the console's login page is packaged")
                    .isEqualTo(200);
            assertThat(login.body()).contains("name=\"_csrf\"");
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Configured by environment variables alone, as a container or a systemd unit configures it: identity, signing
     * key, database, and a partner in the list form with its certificate. The partner's message is accepted, the
     * partner is in the directory as configuration-managed, and the probes Kubernetes uses answer.
     */
    @Test
    void theJarStartsFromEnvironmentVariablesAlone() throws Exception {
        int port = Gateway.freePort();
        String jar = System.getProperty("gateway.jar", "target/wbci-gateway.jar");
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SERVER_ADDRESS", "127.0.0.1",
                "SPRING_DATASOURCE_URL",
                        "jdbc:h2:mem:env;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "WBCI_CARRIERCODE", "DEU.DTAG",
                "WBCI_PORTIERUNGSKENNUNG", "D001",
                "WBCI_SIGNING_KEYSTORE", TestKeys.keystore("DEU.DTAG").toString(),
                "WBCI_SIGNING_PASSWORD", TestKeys.PASSWORD,
                "WBCI_SECURITY_REPLAYWINDOW", "36500d",
                "WBCI_ACCESS_TOKENS_ADMIN_TOKEN", TestAccess.ADMIN_TOKEN,
                "WBCI_ACCESS_TOKENS_ADMIN_ROLE", "ADMIN"));
        environment.put("WBCI_PARTNERS_0_CODE", "DEU.MNET");
        environment.put("WBCI_PARTNERS_0_ENDPOINT", "http://127.0.0.1:9/wbci/v2");
        environment.put(
                "WBCI_PARTNERS_0_CERTIFICATE", TestKeys.certificate("DEU.MNET").toString());
        environment.put("WBCI_PARTNERS_0_BUNDESLAND", "BY");
        try (Launched gateway = Launched.start(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar),
                environment)) {
            String base = "http://127.0.0.1:" + port;
            Soap.Response teq = Soap.post(base + "/wbci/v2", TestKeys.sign("DEU.MNET", Soap.sample("va-kue-orn.xml")));
            assertThat(teq.text()).contains("<Meldungscode>OK</Meldungscode>");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> partners = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/partners/DEU.MNET"))
                            .header("Authorization", "Bearer " + TestAccess.ADMIN_TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(partners.statusCode()).isEqualTo(200);
            assertThat(partners.body())
                    .contains("\"managedBy\":\"CONFIGURATION\"")
                    .contains("\"bundesland\":\"BY\"")
                    .contains("\"use\":\"SIGNING\"");
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                assertThat(http.send(
                                        HttpRequest.newBuilder(URI.create(base + probe))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                        .as(probe)
                        .isEqualTo(200);
            }
        }
    }

    /** Reads the process output until the startup report; then keeps draining it so the process never blocks. */
    private static boolean waitForReport(Process process) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("is up")) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String generatedToken(Path credentials) throws java.io.IOException {
        assertThat(Files.getPosixFilePermissions(credentials))
                .as("readable by its owner only")
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(credentials)) {
            p.load(in);
        }
        assertThat(p.getProperty("username")).isEqualTo("admin");
        return p.getProperty("api-token");
    }
}
