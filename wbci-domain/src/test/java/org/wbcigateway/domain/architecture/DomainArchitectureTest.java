package org.wbcigateway.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain module is plain Java: no framework, no XML binding, no SQL, no wall-clock time. */
@AnalyzeClasses(packages = "org.wbcigateway.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworks = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta..",
                    "javax.xml..",
                    "javax.persistence..",
                    "java.sql..",
                    "javax.sql..",
                    "org.hibernate..",
                    "com.fasterxml..",
                    "org.glassfish..",
                    "org.apache.wss4j..",
                    "org.wbcigateway.wire..")
            .because("wbci-domain is the protocol as plain Java (DESIGN.md)");

    @ArchTest
    static final ArchRule timeComesFromAClock = noClasses()
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.OffsetDateTime.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("time is injected as a java.time.Clock");
}
