package org.wbcigateway.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wbcigateway.gateway.platform.audit.AuditEntry;
import org.wbcigateway.gateway.platform.audit.AuditTrail;
import org.wbcigateway.gateway.platform.audit.PersonalDataRead;
import org.wbcigateway.gateway.support.ConsoleClient;
import org.wbcigateway.gateway.support.Gateway;
import org.wbcigateway.gateway.support.TestAccess;

/**
 * Reading personal data is audited (issue 16): who opened which Vorabstimmung or contract, through the API or the
 * console, and who searched by what (the criteria's names, never the values). Every GET handler of the application
 * is either marked {@link PersonalDataRead} or listed here as showing none, so a new page or endpoint cannot escape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataReadAuditTest {

    /** GET handlers that show no line holder's data: their patterns, and why. */
    private static final Set<String> NO_PERSONAL_DATA = Set.of(
            "/", // a redirect
            "/console/login",
            "/console", // counts only
            "/console/",
            "/console/deadlines", // VA-IDs, partners, dates
            "/console/deadlines/overdue.csv",
            "/api/deadlines/overdue",
            "/api/deadlines/overdue.csv",
            "/api/bundle-inbox", // VA-IDs, carrier codes, candidate tenants
            "/api/bundle-inbox/{id}",
            "/console/partners", // carriers
            "/console/audit", // staff's actions; their targets are IDs
            "/console/tenants", // tenants, counts, held messages by VA-ID
            "/api/tenants",
            "/api/tenants/{id}",
            "/api/tenants/{id}/signing-key",
            "/api/partners",
            "/api/partners/{code}",
            "/api/certificates",
            "/api/certificates/own",
            "/api/outbox", // VA-IDs, partners, delivery states
            "/api/audit",
            "/api/events/consumers", // offsets
            "/api-docs",
            "/api-docs.yaml",
            "/api-docs/swagger-config",
            "/swagger-ui.html",
            "/error");

    private Gateway.Pair pair;

    @BeforeAll
    void start() {
        pair = Gateway.pair("readaudit", Gateway.Database.H2, Map.of());
    }

    @AfterAll
    void stop() {
        pair.close();
    }

    @Test
    void openingAVorabstimmungOrSearchingIsAuditedWithoutTheValuesSearchedFor() {
        Gateway gateway = pair.provider();
        String vaId = gateway.ok("/api/vorabstimmungen", TwoGatewaysFlows.va("VA-KUE-MRN"))
                .path("vorabstimmungsId")
                .asString();
        AuditTrail audit = gateway.context().getBean(AuditTrail.class);
        assertThat(reads(audit, vaId)).as("creating is not reading").isEmpty();

        assertThat(gateway.get("/api/vorabstimmungen/" + vaId).status()).isEqualTo(200);
        assertThat(reads(audit, vaId)).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo("test-operator");
            assertThat(line.channel()).isEqualTo(AuditEntry.Channel.API);
            assertThat(line.action()).isEqualTo("READ GET /api/vorabstimmungen/{id}");
            assertThat(line.outcome()).isEqualTo("200");
        });

        ConsoleClient console = new ConsoleClient(gateway.baseUrl());
        console.login(TestAccess.VIEWER, TestAccess.password(TestAccess.VIEWER));
        assertThat(console.get("/console/vorabstimmungen/" + vaId).statusCode()).isEqualTo(200);
        assertThat(reads(audit, vaId))
                .anySatisfy(line -> {
                    assertThat(line.actor()).isEqualTo(TestAccess.VIEWER);
                    assertThat(line.channel()).isEqualTo(AuditEntry.Channel.CONSOLE);
                })
                .hasSize(2);

        // a search by name: who searched, and by which criteria; the name itself stays out of the audit log
        assertThat(console.get("/console/vorabstimmungen?customer=McFly&phone=").statusCode())
                .isEqualTo(200);
        List<AuditEntry> all = audit.list(null, null, 500, 0);
        assertThat(all)
                .filteredOn(l -> l.action().equals("READ GET /console/vorabstimmungen"))
                .singleElement()
                .satisfies(line -> assertThat(line.detail()).isEqualTo("criteria: customer"));
        assertThat(all)
                .noneSatisfy(line -> assertThat(String.valueOf(line.target()) + line.detail() + line.action())
                        .contains("McFly"));

        // a read that found nothing is audited as such, not as a read
        assertThat(gateway.get("/api/vorabstimmungen/DEU.AAAA.V999999999").status())
                .isEqualTo(404);
        assertThat(reads(audit, "DEU.AAAA.V999999999")).isEmpty();
        assertThat(audit.list(null, "DEU.AAAA.V999999999", 10, 0))
                .singleElement()
                .satisfies(line -> assertThat(line.outcome()).isEqualTo("404"));
    }

    private static List<AuditEntry> reads(AuditTrail audit, String target) {
        return audit.list(null, target, 100, 0).stream()
                .filter(line -> line.action().startsWith("READ "))
                .toList();
    }

    @Test
    void everyGetHandlerIsMarkedOrListedAsShowingNoPersonalData() {
        RequestMappingHandlerMapping mapping =
                pair.provider().context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> unclassified = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            boolean marked = e.getValue().hasMethodAnnotation(PersonalDataRead.class);
            for (String pattern : e.getKey().getPatternValues()) {
                boolean listed = NO_PERSONAL_DATA.contains(pattern) || pattern.startsWith("/actuator");
                if (marked == listed) {
                    unclassified.add(pattern + (marked ? " (marked and listed)" : "") + " "
                            + e.getValue().getShortLogMessage());
                }
            }
        }
        assertThat(unclassified)
                .as("GET handlers neither marked @PersonalDataRead nor listed")
                .isEmpty();
    }
}
