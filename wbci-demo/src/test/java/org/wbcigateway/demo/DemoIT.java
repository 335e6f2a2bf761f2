package org.wbcigateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo as the README's command runs it: two gateway processes from the packaged jar, three portings. */
class DemoIT {

    @Test
    void everyGeschaeftsfallEndsAgreedWithTheLineTakenOverWhereThereIsOne() throws IOException {
        Path jar = Path.of(System.getProperty("gateway.jar", "../wbci-gateway/target/wbci-gateway.jar"));
        int port = threeFreePorts();
        Demo demo = new Demo(jar, Files.createTempDirectory("wbci-demo"), port);
        try {
            List<Demo.Result> results = demo.run();
            assertThat(results)
                    .extracting(r -> r.porting().geschaeftsfall())
                    .containsExactly("VA-KUE-MRN", "VA-KUE-ORN", "VA-RRNP");
            assertThat(results).allSatisfy(r -> {
                assertThat(r.phase()).as(r.vaId()).isEqualTo("AGREED");
                assertThat(r.wechseltermin()).as(r.vaId()).isNotBlank();
            });
            assertThat(results)
                    .filteredOn(r -> r.porting().kuendigung())
                    .allSatisfy(r -> assertThat(r.akmTr()).as(r.vaId()).isEqualTo("CONFIRMED"));
            assertThat(demo.simulatorResult().vaId()).startsWith("DEU.CCCC.V");
            assertThat(demo.simulatorResult().phase()).isEqualTo("AGREED");
            assertThat(demo.simulatorResult().akmTr()).isEqualTo("CONFIRMED");
        } finally {
            demo.stop();
        }
    }

    /** A port p with p + 1 and p + 2 free as well (the second gateway and the simulator listen there). */
    private static int threeFreePorts() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            try (ServerSocket next = new ServerSocket(port + 1);
                    ServerSocket third = new ServerSocket(port + 2)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IllegalStateException("no three adjacent free ports");
    }
}
