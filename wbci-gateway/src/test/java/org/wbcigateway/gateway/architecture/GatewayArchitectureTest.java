package org.wbcigateway.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * The gateway is cut by flow (see each package's {@code package-info.java}): inbound, actions, decisions,
 * vorabstimmung, outbox, crm, web (api, console) and platform. These rules keep the cut.
 */
@AnalyzeClasses(packages = "org.wbcigateway.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    private static final String ROOT = "org.wbcigateway.gateway";
    private static final String[] BUSINESS = {
        ROOT + ".inbound..",
        ROOT + ".actions..",
        ROOT + ".decisions..",
        ROOT + ".vorabstimmung..",
        ROOT + ".crm..",
        ROOT + ".web.."
    };
    private static final String[] FLOWS = {
        ROOT + ".inbound..",
        ROOT + ".actions..",
        ROOT + ".decisions..",
        ROOT + ".vorabstimmung..",
        ROOT + ".outbox..",
        ROOT + ".crm..",
        ROOT + ".web.."
    };

    @ArchTest
    static final ArchRule noCycles = slices().matching(ROOT + ".(**)")
            .should()
            .beFreeOfCycles()
            .because("every package depends one way only; a cycle means two packages are one");

    @ArchTest
    static final ArchRule outboxKnowsNoBusiness = noClasses()
            .that()
            .resideInAPackage(ROOT + ".outbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(BUSINESS)
            .because("the outbox delivers bytes; the business reacts through its DeliveryListener");

    @ArchTest
    static final ArchRule consoleNeverUsesApi = noClasses()
            .that()
            .resideInAPackage(ROOT + ".web.console..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".web.api..")
            .because("console and REST API call the same use cases and read models, never each other");

    @ArchTest
    static final ArchRule apiNeverUsesConsole = noClasses()
            .that()
            .resideInAPackage(ROOT + ".web.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".web.console..")
            .because("console and REST API call the same use cases and read models, never each other");

    @ArchTest
    static final ArchRule jdbcOnlyInStorage = noClasses()
            .that()
            .areNotAnnotatedWith(Repository.class)
            .and()
            .resideOutsideOfPackages(ROOT + ".crm..", ROOT + ".platform.persistence..", ROOT + ".platform.tenancy..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because(
                    "SQL lives in storage classes (@Repository), the CRM adapters and the data-source plumbing (persistence, "
                            + "tenant schemas)");

    @ArchTest
    static final ArchRule platformKnowsNoFlow = noClasses()
            .that()
            .resideInAPackage(ROOT + ".platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FLOWS)
            .because("configuration, security and observability serve every flow and know none");
}
