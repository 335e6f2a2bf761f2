package org.wbcigateway.gateway.kft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the catalogue test classes ({@code Kft01Test} … {@code Kft16Test}): one {@link KftHarness} per class,
 * the partner reset to the standard scenario before every case. Run by {@link KftTwoTenantsTest}, a class works for
 * the tenant its thread is bound to, on a gateway it shares with the other tenant's run of the same class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KftTest {

    KftHarness kft;

    @BeforeAll
    void startHarness() {
        kft = KftInstallation.boundTenant()
                .map(tenant -> KftInstallation.harness(getClass(), tenant, gatewaySettings()))
                .orElseGet(() -> KftHarness.start(getClass().getSimpleName().toLowerCase(), gatewaySettings()));
    }

    /** Further gateway settings of the test class; none by default. */
    Map<String, String> gatewaySettings() {
        return Map.of();
    }

    /** The gateway knows these Projektkenner ({@code wbci.decision.projektkenner}); others get UPK 8149. */
    static Map<String, String> knownProjektkenner(List<String> projektkenner) {
        return Map.of("wbci.decision.projektkenner", String.join(",", projektkenner));
    }

    @BeforeEach
    void standardPartner() {
        kft.caseStarts();
        kft.partner.scenario(KftHarness.standardScenario());
    }

    @AfterEach
    void caseEnds() {
        kft.caseEnds();
    }

    @AfterAll
    void stopHarness() {
        if (kft != null) {
            kft.close();
        }
        KftInstallation.boundTenant().ifPresent(tenant -> KftInstallation.release(getClass()));
    }
}
