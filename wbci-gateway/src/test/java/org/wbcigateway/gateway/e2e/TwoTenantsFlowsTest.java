package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.id.CarrierCode;
import org.wbcigateway.domain.id.Portierungskennung;
import org.wbcigateway.gateway.platform.tenancy.Tenants;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;
import org.wbcigateway.gateway.support.TestKeys;

/**
 * Every flow of {@link TwoGatewaysFlows}, between two tenants of one gateway (issue 15): DEU.AAAA (the configured
 * tenant) and DEU.BBBB (added at runtime), each the other's partner at the gateway's own endpoint. Their messages
 * take the same path as with any partner: signed (with the installation's key, as under a bundle certificate),
 * posted over HTTP, verified, routed to the Empfänger and stored in its schema.
 */
class TwoTenantsFlowsTest extends TwoGatewaysFlows {

    TwoTenantsFlowsTest() {
        super(twoTenants());
    }

    private static Gateway[] twoTenants() {
        int port = Gateway.freePort();
        // DEU.BBBB signs with the installation's key: its certificate is DEU.AAAA's
        Gateway g = Gateway.start(
                "DEU.AAAA",
                "D0AA",
                port,
                "DEU.BBBB",
                port,
                Gateway.Database.H2,
                "tenants_" + Long.toString(System.nanoTime(), 36),
                Map.of(
                        "wbci.partners.[DEU.BBBB].certificate",
                        TestKeys.certificate("DEU.AAAA").toString()));
        g.context()
                .getBean(Tenants.class)
                .add(CarrierCode.of("DEU.BBBB"), Portierungskennung.of("D0BB"), Bundesland.BY);
        Gateway admin = g.as(TestAccess.ADMIN_TOKEN).forTenant("DEU.BBBB");
        assertThat(admin.put("/api/partners/DEU.AAAA", "{\"endpoint\":\"" + g.soapUrl() + "\"}")
                        .status())
                .isEqualTo(201);
        try {
            String pem = Files.readString(TestKeys.certificate("DEU.AAAA"));
            assertThat(admin.post(
                                    "/api/partners/DEU.AAAA/certificates",
                                    pem,
                                    Map.of("Content-Type", "application/x-pem-file"))
                            .status())
                    .isEqualTo(201);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new Gateway[] {g, g.forTenant("DEU.BBBB")};
    }

    /** Each tenant holds its side of a Vorabstimmung in its own schema: the same ID, two roles. */
    @Test
    void eachTenantSeesItsOwnSide() {
        String id = agreed("VA-KUE-MRN");
        assertThat(a.vorabstimmung(id).path("ownRole").asString()).isEqualTo("EKP_AUF");
        assertThat(b.vorabstimmung(id).path("ownRole").asString()).isEqualTo("EKP_ABG");
    }
}
