package org.wbcigateway.gateway.kft;

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
        kft = KftHarness.start(getClass().getSimpleName().toLowerCase());
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
