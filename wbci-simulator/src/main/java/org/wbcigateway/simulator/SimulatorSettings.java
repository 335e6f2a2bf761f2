package org.wbcigateway.simulator;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.wire.security.Certificates;
import org.wbcigateway.wire.security.SigningKey;

/**
 * Who the simulator is and whom it talks to.
 *
 * @param gateway             the gateway's carrier code (the other EKP in our messages)
 * @param port                0 for any free loopback port
 * @param gatewayEndpoint     where the gateway serves WBCI, e.g. {@code http://127.0.0.1:8080/wbci/v2}
 * @param gatewayCertificates the gateway's signing certificates; inbound messages signed otherwise get TEQ 0990
 * @param businessClock       "today" for standard dates (KWT); zeitstempel always use real time
 */
public record SimulatorSettings(
        CarrierCode carrier,
        Portierungskennung pki,
        CarrierCode gateway,
        int port,
        URI gatewayEndpoint,
        SigningKey key,
        List<X509Certificate> gatewayCertificates,
        Clock businessClock,
        Duration requestTimeout) {

    public SimulatorSettings {
        gatewayCertificates = List.copyOf(gatewayCertificates);
    }

    /** The catalogue's partner DEU.PRTN (PKI D123) on a free port, with the given keys. */
    public static SimulatorSettings partner(
            SigningKey key, List<X509Certificate> gatewayCertificates, URI gatewayEndpoint) {
        return new SimulatorSettings(
                KftData.PARTNER,
                KftData.PKI_PARTNER,
                KftData.GATEWAY,
                0,
                gatewayEndpoint,
                key,
                gatewayCertificates,
                Clock.systemDefaultZone(),
                Duration.ofSeconds(20));
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(
                carrier, pki, gateway, value, gatewayEndpoint, key, gatewayCertificates, businessClock, requestTimeout);
    }

    public SimulatorSettings withBusinessClock(Clock value) {
        return new SimulatorSettings(
                carrier, pki, gateway, port, gatewayEndpoint, key, gatewayCertificates, value, requestTimeout);
    }

    public SimulatorSettings withGatewayEndpoint(URI value) {
        return new SimulatorSettings(
                carrier, pki, gateway, port, value, key, gatewayCertificates, businessClock, requestTimeout);
    }

    /** A fresh development key for a carrier: self-signed RSA 2048, valid for a year. */
    public static SigningKey developmentKey(CarrierCode carrier) {
        return Certificates.selfSigned(
                "CN=" + carrier.value() + " simulator, O=wbci-simulator",
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)),
                2048);
    }
}
