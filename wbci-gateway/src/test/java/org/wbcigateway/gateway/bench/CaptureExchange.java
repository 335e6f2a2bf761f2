package org.wbcigateway.gateway.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.HttpRelay;
import org.wbcigateway.gateway.vorabstimmung.MessageRecord;
import org.wbcigateway.gateway.vorabstimmung.MessageRepository;

/**
 * Records the six wire messages of one exchange of {@link ExchangeData} (VA, TEQ, RUEM-VA, TEQ, AKM-TR, TEQ) as the
 * gateways signed them, into {@code bench/src/main/resources/exchange/}: the input of the JMH floor
 * {@code ExchangeFloorBenchmark}. Two gateways on H2 with a recording relay each way. Run once; the files are kept.
 */
public final class CaptureExchange {

    private CaptureExchange() {}

    public static void main(String[] args) throws Exception {
        BenchSupport.quietLogs();
        int portA = Gateway.freePort();
        int portB = Gateway.freePort();
        try (HttpRelay toB = new HttpRelay("A->B", List.of("http://127.0.0.1:" + portB + "/wbci/v2"));
                HttpRelay toA = new HttpRelay("B->A", List.of("http://127.0.0.1:" + portA + "/wbci/v2"));
                Gateway a = Gateway.start(
                        "DEU.AAAA", "D0AA", portA, "DEU.BBBB", toB.port(), Gateway.Database.H2, "capture_a", Map.of());
                Gateway b = Gateway.start(
                        "DEU.BBBB",
                        "D0BB",
                        portB,
                        "DEU.AAAA",
                        toA.port(),
                        Gateway.Database.H2,
                        "capture_b",
                        ExchangeData.automatic())) {
            ExchangeData.putContract(b, 1);
            String id = a.ok("/api/vorabstimmungen", ExchangeData.va(1))
                    .path("vorabstimmungsId")
                    .asString();
            a.await(id, v -> v.path("phase").asString().equals("AGREED"));
            a.ok("/api/vorabstimmungen/" + id + "/akm-tr", ExchangeData.akmTr(1));
            b.await(id, v -> v.path("akmTr").asString().equals("CONFIRMED"));
            Path dir = BenchSupport.resultsDir().resolveSibling("src/main/resources/exchange");
            Files.createDirectories(dir);
            write(dir, "va.xml", inbound(b, id, "VA_KUE_MRN"));
            write(dir, "ruem-va.xml", inbound(a, id, "RUEM_VA"));
            write(dir, "akm-tr.xml", inbound(b, id, "AKM_TR"));
            List<HttpRelay.Forwarded> ab = toB.forwarded();
            List<HttpRelay.Forwarded> ba = toA.forwarded();
            write(dir, "teq-va.xml", ab.get(0).answer().getBytes(StandardCharsets.UTF_8));
            write(dir, "teq-ruem-va.xml", ba.get(0).answer().getBytes(StandardCharsets.UTF_8));
            write(dir, "teq-akm-tr.xml", ab.get(1).answer().getBytes(StandardCharsets.UTF_8));
            System.out.println(
                    "written to " + dir.toAbsolutePath() + " (" + ab.size() + " A->B, " + ba.size() + " B->A)");
        }
        System.exit(0);
    }

    private static byte[] inbound(Gateway g, String vaId, String type) {
        return g.context().getBean(MessageRepository.class).timeline(vaId).stream()
                .filter(m -> m.direction() == MessageRecord.Direction.IN
                        && m.type().name().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no inbound " + type))
                .raw();
    }

    private static void write(Path dir, String name, byte[] bytes) throws Exception {
        Files.write(dir.resolve(name), bytes);
    }
}
