package org.wbcigateway.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.simulator.JournalEntry;
import org.wbcigateway.simulator.Simulator;
import org.wbcigateway.simulator.SimulatorSettings;
import org.wbcigateway.simulator.scenario.ScenarioFiles;
import org.wbcigateway.simulator.scenario.Step;
import org.wbcigateway.wire.security.SigningKey;

/**
 * A third carrier played by the partner simulator: it wins a customer of the losing gateway and ports it the way a
 * real partner would — its own VA-KUE-MRN, then the AKM-TR once the gateway's RUEM-VA arrived.
 */
final class SimulatedCarrier implements AutoCloseable {

    static final String CARRIER = "DEU.CCCC";
    static final String PKI = "D0CC";
    /** The customer as the simulator's VA names them; the losing gateway's contract OLD-SIM must match. */
    static final String ENDKUNDE = "Marty McFly";

    static final String WEITERER_INHABER = "George McFly";
    static final String RUFNUMMER = "89 7770001";
    static final String VERTRAGSNUMMER = "V100003";

    private final Simulator simulator;

    private SimulatedCarrier(Simulator simulator) {
        this.simulator = simulator;
    }

    static SimulatedCarrier start(
            SigningKey key,
            String gateway,
            java.security.cert.X509Certificate gatewayCertificate,
            int port,
            URI gatewayEndpoint) {
        SimulatorSettings settings = new SimulatorSettings(
                CarrierCode.of(CARRIER),
                Portierungskennung.of(PKI),
                CarrierCode.of(gateway),
                port,
                gatewayEndpoint,
                key,
                List.of(gatewayCertificate),
                Clock.systemDefaultZone(),
                Duration.ofSeconds(20));
        return new SimulatedCarrier(Simulator.start(settings, ScenarioFiles.load("standard.json")));
    }

    /** The OLD-SIM contract at the losing gateway that the simulator's VA names. */
    static String oldContract(java.time.LocalDate today) {
        return "{\"status\":\"ACTIVE\",\"inhaber\":{\"person\":{\"anrede\":\"1\",\"vorname\":\"Marty\",\"nachname\":"
                + "\"McFly\"}},\"weitereInhaber\":[{\"person\":{\"anrede\":\"1\",\"vorname\":\"George\",\"nachname\":"
                + "\"McFly\"}}],\"standort\":{\"strassenname\":\"Emmy-Noether-Straße\",\"hausnummer\":\"2\","
                + "\"hausnummernZusatz\":\"a\",\"postleitzahl\":\"80992\",\"ort\":\"München\"},"
                + "\"einzelanschluss\":{\"rufnummern\":[{\"onkz\":\"89\",\"rufnummer\":\"7770001\"}]},"
                + "\"technologie\":\"001 TAL ISDN\",\"ressourcen\":[{\"vertragsnummer\":\"" + VERTRAGSNUMMER + "\","
                + "\"kennungTNBabg\":\"D001\"}],\"earliestEnd\":\"" + today + "\"}";
    }

    /** Sends the VA, waits for the gateway's RUEM-VA, sends the AKM-TR; returns the VA-ID. */
    String portACustomer(Duration timeout) {
        JournalEntry va = simulator.run(Step.send("VA-KUE-MRN")
                .set("endkunde", ENDKUNDE)
                .set("weitererInhaber", WEITERER_INHABER)
                .set("rufnummern", RUFNUMMER));
        simulator.run(Step.await("RUEM-VA").vaId(va.vaId()).set("timeoutMs", String.valueOf(timeout.toMillis())));
        simulator.run(Step.send("AKM-TR").vaId(va.vaId()).set("vertragsnummer", VERTRAGSNUMMER));
        return va.vaId();
    }

    URI endpoint() {
        return simulator.endpoint();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
