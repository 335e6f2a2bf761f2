package org.wbcigateway.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.simulator.Simulator;
import org.wbcigateway.simulator.SimulatorSettings;
import org.wbcigateway.simulator.scenario.Scenario;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar wbci-simulator.jar}: a partner carrier for a gateway under test, until interrupted. */
@Command(
        name = "wbci-simulator",
        mixinStandardHelpOptions = true,
        description = "A scripted WBCI v2.00 partner carrier: serves /wbci/v2, answers as its scenario says, "
                + "runs the scenario's steps against the gateway and prints every message.")
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--carrier", defaultValue = "DEU.PRTN", description = "our carrier code (default ${DEFAULT-VALUE})")
    String carrier;

    @Option(names = "--pki", defaultValue = "D123", description = "our Portierungskennung (default ${DEFAULT-VALUE})")
    String pki;

    @Option(names = "--gateway-carrier", defaultValue = "DEU.GWAY", description = "the gateway's carrier code")
    String gatewayCarrier;

    @Option(names = "--port", defaultValue = "9090", description = "loopback port to serve /wbci/v2 on")
    int port;

    @Option(names = "--gateway", required = true, description = "the gateway's WBCI endpoint")
    URI gateway;

    @Option(names = "--scenario", defaultValue = "standard", description = "a scenario file, or a built-in name")
    String scenario;

    @Option(names = "--keystore", description = "PKCS12 with our signing key (default: a new development key)")
    Path keystore;

    @Option(names = "--keystore-password", defaultValue = "changeit")
    String keystorePassword;

    @Option(
            names = "--gateway-certificate",
            description =
                    "PEM of the gateway's signing certificate(s); " + "without one every inbound message gets TEQ 0990")
    List<Path> gatewayCertificates = new ArrayList<>();

    @Option(
            names = "--certificate-out",
            defaultValue = "wbci-simulator.pem",
            description = "where to write our certificate for the gateway's partner configuration")
    Path certificateOut;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CarrierCode self = CarrierCode.of(carrier);
        SigningKey key = keystore == null ? SimulatorSettings.developmentKey(self) : load(keystore);
        String pem = Certificates.pem(key.certificate());
        Files.writeString(certificateOut, pem, StandardCharsets.US_ASCII);
        System.out.println("signing certificate written to " + certificateOut.toAbsolutePath()
                + "; register it at the gateway: wbci.partners.[" + carrier + "].certificate=" + certificateOut);
        Scenario script = ScenarioFiles.load(scenario);
        Simulator simulator = Simulator.start(
                new SimulatorSettings(
                        self,
                        Portierungskennung.of(pki),
                        CarrierCode.of(gatewayCarrier),
                        port,
                        gateway,
                        key,
                        certificates(),
                        Clock.systemDefaultZone(),
                        Duration.ofSeconds(20)),
                script);
        simulator.log(System.out::println);
        System.out.println(
                carrier + " serves " + simulator.endpoint() + ", talks to " + gateway + ", scenario " + script.name());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stop.countDown();
        }));
        simulator.run(script);
        stop.await();
        return 0;
    }

    private List<X509Certificate> certificates() throws IOException {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : gatewayCertificates) {
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(Certificates.read(in));
            }
        }
        if (all.isEmpty()) {
            System.out.println("warning: no --gateway-certificate, every inbound message gets TEQ 0990");
        }
        return all;
    }

    private SigningKey load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return SigningKey.load(in, "PKCS12", keystorePassword.toCharArray(), null);
        }
    }
}
