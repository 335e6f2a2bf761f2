package org.wbcigateway.gateway.kft;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;
import org.wbcigateway.simulator.KftData;
import org.wbcigateway.simulator.Simulator;
import org.wbcigateway.simulator.SimulatorSettings;

/**
 * One gateway serving two tenants for the catalogue (issue 15): the configured DEU.GWAY against the simulator
 * DEU.PRTN, and DEU.GWY2, added at runtime, against a simulator of its own, DEU.PRT2. Both tenants' runs of one
 * catalogue class share it, each on a thread of its own ({@link KftTwoTenantsTest}); it stops when both are done.
 */
final class KftInstallation {

    static final CarrierCode SECOND = CarrierCode.of("DEU.GWY2");
    static final CarrierCode SECOND_PARTNER = CarrierCode.of("DEU.PRT2");

    private static final InheritableThreadLocal<Integer> TENANT = new InheritableThreadLocal<>();
    private static final Map<Class<?>, KftInstallation> RUNNING = new HashMap<>();

    private final Gateway gateway;
    private final KftHarness[] harnesses = new KftHarness[2];
    private int users;

    private KftInstallation(String name, Map<String, String> settings) {
        Clock business =
                Clock.fixed(OffsetDateTime.parse(KftHarness.BUSINESS_TIME).toInstant(), ZoneId.of("Europe/Berlin"));
        int port = Gateway.freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/wbci/v2");
        List<java.security.cert.X509Certificate> installationKey =
                List.of(TestKeys.key(KftData.GATEWAY.value()).certificate());
        Simulator first = Simulator.start(
                SimulatorSettings.partner(TestKeys.key(KftData.PARTNER.value()), installationKey, endpoint)
                        .withBusinessClock(business),
                KftHarness.standardScenario());
        SimulatorSettings standard =
                SimulatorSettings.partner(TestKeys.key(SECOND_PARTNER.value()), installationKey, endpoint);
        Simulator second = Simulator.start(
                new SimulatorSettings(
                        SECOND_PARTNER,
                        standard.pki(),
                        SECOND,
                        standard.port(),
                        endpoint,
                        standard.key(),
                        installationKey,
                        business,
                        standard.requestTimeout()),
                KftHarness.standardScenario());
        gateway = Gateway.start(
                KftData.GATEWAY.value(),
                KftData.PKI_GATEWAY.value(),
                port,
                KftData.PARTNER.value(),
                first.port(),
                Gateway.Database.H2,
                name,
                KftHarness.withDefaults(settings));
        Gateway admin = gateway.as(TestAccess.ADMIN_TOKEN);
        Gateway.Reply added = admin.post(
                "/api/tenants",
                "{\"code\":\"" + SECOND + "\",\"portierungskennung\":\"" + KftData.PKI_GATEWAY.value()
                        + "\",\"bundesland\":\"BY\"}");
        if (added.status() != 201) {
            throw new IllegalStateException("second tenant not added: " + added);
        }
        try {
            gateway.registerPartner(
                    SECOND_PARTNER.value(),
                    second.endpoint().toString(),
                    Files.readString(TestKeys.certificate(SECOND_PARTNER.value())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ReentrantReadWriteLock day = new ReentrantReadWriteLock();
        harnesses[0] = new KftHarness(
                gateway.forTenant(KftData.GATEWAY.value()), first, KftData.GATEWAY, KftData.PARTNER, null, day);
        harnesses[1] = new KftHarness(gateway.forTenant(SECOND.value()), second, SECOND, SECOND_PARTNER, null, day);
        for (KftHarness harness : harnesses) {
            harness.loadContracts();
        }
    }

    /** The tenant (0: DEU.GWAY, 1: DEU.GWY2) the catalogue runs for on this thread, if it runs for one. */
    static Optional<Integer> boundTenant() {
        return Optional.ofNullable(TENANT.get());
    }

    /** Runs the work with the catalogue bound to the tenant on this thread and the threads it starts. */
    static void runAs(int tenant, Runnable work) {
        TENANT.set(tenant);
        try {
            work.run();
        } finally {
            TENANT.remove();
        }
    }

    /** The tenant's harness on the installation of the test class, started by the first of its two runs. */
    static synchronized KftHarness harness(Class<?> testClass, int tenant, Map<String, String> settings) {
        KftInstallation installation = RUNNING.computeIfAbsent(
                testClass, c -> new KftInstallation("two_" + c.getSimpleName().toLowerCase(), settings));
        installation.users++;
        return installation.harnesses[tenant];
    }

    /** One run of the class is done; the second to finish stops the gateway. */
    static synchronized void release(Class<?> testClass) {
        KftInstallation installation = RUNNING.get(testClass);
        if (installation != null && --installation.users == 0) {
            RUNNING.remove(testClass);
            installation.gateway.close();
        }
    }

    static Duration patience() {
        return KftHarness.WAIT;
    }
}
