package org.wbcigateway.gateway.kft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the catalogue test classes ({@code Kft01Test} … {@code Kft16Test}): one {@link KftHarness} per class,
 * the partner reset to the standard scenario before every case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KftTest {

    KftHarness kft;

    @BeforeAll
    void startHarness() {
        kft = KftHarness.start(getClass().getSimpleName().toLowerCase(), gatewaySettings());
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
        kft.partner.scenario(KftHarness.standardScenario());
    }

    @AfterAll
    void stopHarness() {
        if (kft != null) {
            kft.close();
        }
    }
}
