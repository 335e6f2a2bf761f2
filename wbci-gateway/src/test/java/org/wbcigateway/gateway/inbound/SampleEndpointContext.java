package org.wbcigateway.gateway.inbound;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wbcigateway.gateway.support.TestKeys;

/**
 * One gateway context shared by the endpoint tests: DEU.DTAG on 2013-07-24 (the samples' date) with the samples'
 * sender DEU.MNET as partner, and a second partner DEU.OTHR whose certificate must not speak for DEU.MNET and from
 * which RSA-SHA1 is forbidden. The replay window is wide enough for the samples' 2013 zeitstempel.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:interop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "wbci.carrier-code=DEU.DTAG",
            "wbci.portierungskennung=D001",
            "wbci.partners.[DEU.MNET].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.partners.[DEU.OTHR].endpoint=http://127.0.0.1:9/wbci/v2",
            "wbci.partners.[DEU.OTHR].forbid-rsa-sha1=true",
            "wbci.fixed-clock=2013-07-24T16:05:00+02:00",
            "wbci.security.replay-window=36500d",
            "wbci.decision.mode=REVIEW"
        })
abstract class SampleEndpointContext {

    static final String PARTNER = "DEU.MNET";
    static final String OTHER_PARTNER = "DEU.OTHR";

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        TestKeys.settings("DEU.DTAG", PARTNER).forEach((k, v) -> registry.add(k, () -> v));
        registry.add(
                "wbci.partners.[" + OTHER_PARTNER + "].certificate",
                () -> TestKeys.certificate(OTHER_PARTNER).toString());
    }

    /** The message signed by DEU.MNET, as the partner sends it. */
    static byte[] signed(byte[] soap) {
        return TestKeys.sign(PARTNER, soap);
    }
}
