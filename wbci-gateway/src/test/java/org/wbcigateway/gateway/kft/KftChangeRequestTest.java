package org.wbcigateway.gateway.kft;

import org.junit.jupiter.api.BeforeAll;

/** Base of the catalogue groups 4–8: the harness of {@link KftTest} and the groups' {@link KftChangeRequests}. */
abstract class KftChangeRequestTest extends KftTest {

    KftChangeRequests cr;

    @BeforeAll
    void changeRequests() {
        cr = new KftChangeRequests(kft);
    }
}
