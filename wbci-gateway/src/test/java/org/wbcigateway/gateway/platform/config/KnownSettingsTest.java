package org.wbcigateway.gateway.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.wbcigateway.domain.calendar.Bundesland;
import org.wbcigateway.domain.deadline.EscalationKind;
import org.wbcigateway.gateway.crm.CrmProperties;
import org.wbcigateway.gateway.platform.access.AccessProperties;
import org.wbcigateway.gateway.platform.access.Role;

/**
 * A mistyped {@code wbci.*} key fails the start and is named, wherever it was set; every key the records know,
 * including map entries and lists, still starts. The gateway's three settings records, bound as in the gateway.
 */
@ExtendWith(OutputCaptureExtension.class)
class KnownSettingsTest {

    private static final String[] REQUIRED = {"wbci.carrier-code=DEU.AAAA", "wbci.portierungskennung=D0AA"};

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({GatewayProperties.class, CrmProperties.class, AccessProperties.class})
    @Import(KnownSettings.class)
    static class Settings {}

    private ApplicationContextRunner runner(Map<String, Object> environmentVariables) {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .replace(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                        environmentVariables)))
                .withUserConfiguration(Settings.class)
                .withPropertyValues(REQUIRED);
    }

    private ApplicationContextRunner runner() {
        return runner(Map.of());
    }

    @Test
    void aFullCorrectConfigurationStarts() {
        runner(Map.of(
                        "WBCI_OUTBOX_MAXATTEMPTS",
                        "3",
                        "WBCI_ACCESS_USERS_VERA_ROLE",
                        "VIEWER",
                        "WBCI_ACCESS_USERS_VERA_PASSWORD",
                        "{noop}vera-secret"))
                .withSystemProperties("wbci.outbox.concurrency=2")
                .withPropertyValues(
                        "wbci.bundesland=BE",
                        "wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:8081/wbci/v2",
                        "wbci.partners.[DEU.BBBB].certificate=classpath:b.pem",
                        "wbci.partners.[DEU.BBBB].forbid-rsa-sha1=true",
                        "wbci.partners.[DEU.BBBB].tls-client-certificate=classpath:b-tls.pem",
                        "wbci.partners.[DEU.BBBB].bundesland=BE",
                        "wbci.partners.[DEU.BBBB].tls-bundle=partners",
                        "wbci.partners.[DEU.CCCC].endpoint=http://127.0.0.1:8082/wbci/v2",
                        "wbci.signing.keystore=keys.p12",
                        "wbci.signing.type=PKCS12",
                        "wbci.signing.password=x",
                        "wbci.signing.alias=a",
                        "wbci.signing.algorithm=RSA_SHA1",
                        "wbci.signing.development-keystore=d",
                        "wbci.signing.minimum-key-length=3072",
                        "wbci.security.replay-window=24h",
                        "wbci.security.clock-skew=1m",
                        "wbci.security.certificate-warning=10d",
                        "wbci.security.forbid-rsa-sha1=false",
                        "wbci.tls.port=8443",
                        "wbci.tls.address=127.0.0.1",
                        "wbci.tls.bundle=partners",
                        "wbci.tls.client-auth=WANT",
                        "wbci.api.max-request-size=2MB",
                        "wbci.api.max-import-size=10MB",
                        "wbci.deadlines.scan-interval=30s",
                        "wbci.deadlines.escalation.VA_UNANSWERED=2,5,8",
                        "wbci.deadlines.escalation.AKM_TR_MISSING[0]=1",
                        "wbci.deadlines.escalation.AKM_TR_MISSING[1]=2",
                        "wbci.deadlines.escalation.AKM_TR_MISSING[2]=3",
                        "wbci.outbox.poll-interval=1s",
                        "wbci.outbox.initial-backoff=1s",
                        "wbci.outbox.max-backoff=1m",
                        "wbci.outbox.request-timeout=10s",
                        "wbci.outbox.lease=1m",
                        "wbci.decision.mode=REVIEW",
                        "wbci.decision.poll-interval=2s",
                        "wbci.decision.projektkenner[0]=P1",
                        "wbci.decision.projektkenner[1]=P2",
                        "wbci.events.webhook.url=http://127.0.0.1:9000/events",
                        "wbci.events.webhook.secret=s",
                        "wbci.events.webhook.poll-interval=1s",
                        "wbci.events.webhook.initial-backoff=1s",
                        "wbci.events.webhook.max-backoff=1m",
                        "wbci.events.webhook.request-timeout=5s",
                        "wbci.events.webhook.lease=30s",
                        "wbci.fixed-clock=2026-11-25T10:00:00+01:00",
                        "wbci.retention.interval=30m",
                        "wbci.retention.periods.audit-log=1095d",
                        "wbci.retention.periods.SEARCH_INDEX=30d",
                        "wbci.tenancy.connections-per-schema=3",
                        "wbci.crm.mode=SQL",
                        "wbci.crm.sql.url=jdbc:h2:mem:crm",
                        "wbci.crm.sql.username=sa",
                        "wbci.crm.sql.password=",
                        "wbci.crm.sql.contract=select 1",
                        "wbci.crm.sql.contracts-by-number=q",
                        "wbci.crm.sql.contracts-by-address=q",
                        "wbci.crm.sql.holders=q",
                        "wbci.crm.sql.numbers=q",
                        "wbci.crm.sql.blocks=q",
                        "wbci.crm.sql.resources=q",
                        "wbci.crm.sql.resource-owner=q",
                        "wbci.crm.sql.write-back=q",
                        "wbci.access.users.anna.password={noop}anna-secret",
                        "wbci.access.users.anna.role=ADMIN",
                        "wbci.access.users.anna.name=Anna Admin",
                        "wbci.access.tokens.crm.token=crm-token-0123456789",
                        "wbci.access.tokens.crm.role=OPERATOR",
                        "wbci.access.initial-credentials=data/x.properties",
                        "wbci.access.max-failed-logins=3",
                        "wbci.access.lockout=1m")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GatewayProperties gateway = context.getBean(GatewayProperties.class);
                    assertThat(gateway.bundesland()).isEqualTo(Bundesland.BE);
                    assertThat(gateway.partners()).containsOnlyKeys("DEU.BBBB", "DEU.CCCC");
                    assertThat(gateway.partners().get("DEU.BBBB").tlsBundle()).isEqualTo("partners");
                    assertThat(gateway.outbox().maxAttempts()).isEqualTo(3);
                    assertThat(gateway.outbox().concurrency()).isEqualTo(2);
                    assertThat(gateway.retention().period(org.wbcigateway.gateway.platform.config.DataClass.AUDIT_LOG))
                            .isEqualTo(Duration.ofDays(1095));
                    assertThat(gateway.retention()
                                    .period(org.wbcigateway.gateway.platform.config.DataClass.SEARCH_INDEX))
                            .isEqualTo(Duration.ofDays(30));
                    assertThat(gateway.tenancy().connectionsPerSchema()).isEqualTo(3);
                    assertThat(gateway.deadlines().escalation())
                            .containsOnlyKeys(EscalationKind.VA_UNANSWERED, EscalationKind.AKM_TR_MISSING);
                    assertThat(gateway.decision().projektkenner()).containsExactly("P1", "P2");
                    assertThat(gateway.events().webhook().lease()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(context.getBean(CrmProperties.class).sql().writeBack())
                            .isEqualTo("q");
                    AccessProperties access = context.getBean(AccessProperties.class);
                    assertThat(access.users()).containsOnlyKeys("anna", "vera");
                    assertThat(access.users().get("vera").role()).isEqualTo(Role.VIEWER);
                    assertThat(access.tokens().get("crm").role()).isEqualTo(Role.OPERATOR);
                });
    }

    @Test
    void aRetentionPeriodForNoDataClassOrOfNothingFailsTheStart() {
        runner().withPropertyValues("wbci.retention.periods.audit-logs=1095d")
                .run(context -> assertThat(context).hasFailed());
        runner().withPropertyValues("wbci.retention.periods.audit-log=0d")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("wbci.retention.periods.AUDIT_LOG"));
        runner().withPropertyValues("wbci.tenancy.connections-per-schema=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("wbci.tenancy.connections-per-schema"));
    }

    @Test
    void aMistypedTopLevelKeyFailsTheStart() {
        runner().withPropertyValues("wbci.bundeslnd=BE")
                .run(context -> assertUnknown(context, "wbci.bundeslnd", "wbci.bundesland"));
    }

    @Test
    void aMistypedRequiredKeyIsNamedRatherThanTheValueItLeftMissing() {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .withPropertyValues("wbci.carier-code=DEU.AAAA", "wbci.portierungskennung=D0AA")
                .run(context -> assertUnknown(context, "wbci.carier-code", "wbci.carrier-code"));
    }

    @Test
    void aMistypedKeyOfANestedRecordFailsTheStart() {
        runner().withPropertyValues("wbci.outbox.max-attemps=3")
                .run(context -> assertUnknown(context, "wbci.outbox.max-attemps", "wbci.outbox.max-attempts"));
        runner().withPropertyValues(
                        "wbci.events.webhook.url=http://127.0.0.1:9/e",
                        "wbci.events.webhook.secret=s",
                        "wbci.events.webhook.leese=1h")
                .run(context -> assertUnknown(context, "wbci.events.webhook.leese", "wbci.events.webhook.lease"));
        runner().withPropertyValues("wbci.outbx.max-attempts=3")
                .run(context -> assertUnknown(context, "wbci.outbx.max-attempts", null));
    }

    @Test
    void aMistypedKeyOfAPartnerFailsTheStart() {
        runner().withPropertyValues("wbci.partners.[DEU.BBBB].endpont=http://127.0.0.1:8081/wbci/v2")
                .run(context ->
                        assertUnknown(context, "wbci.partners[DEU.BBBB].endpont", "wbci.partners[DEU.BBBB].endpoint"));
    }

    @Test
    void partnersInTheListFormStartFromEnvironmentVariablesAlone() {
        runner(Map.of(
                        "WBCI_PARTNERS_0_CODE", "DEU.BBBB",
                        "WBCI_PARTNERS_0_ENDPOINT", "http://127.0.0.1:8081/wbci/v2",
                        "WBCI_PARTNERS_0_BUNDESLAND", "BE",
                        "WBCI_PARTNERS_1_CODE", "DEU.CCCC",
                        "WBCI_PARTNERS_1_FORBIDRSASHA1", "true"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    GatewayProperties properties = context.getBean(GatewayProperties.class);
                    assertThat(properties.partners()).containsOnlyKeys("DEU.BBBB", "DEU.CCCC");
                    assertThat(properties.partners().get("DEU.BBBB").endpoint())
                            .isEqualTo("http://127.0.0.1:8081/wbci/v2");
                    assertThat(properties.partners().get("DEU.BBBB").bundesland())
                            .isEqualTo(Bundesland.BE);
                    assertThat(properties.partners().get("DEU.CCCC").forbidRsaSha1())
                            .isTrue();
                });
    }

    @Test
    void aListEntryWithoutCodeOrAPartnerConfiguredTwiceFailsTheStart() {
        runner(Map.of("WBCI_PARTNERS_0_ENDPOINT", "http://127.0.0.1:8081/wbci/v2"))
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("wbci.partners[0].code is required"));
        runner(Map.of("WBCI_PARTNERS_0_CODE", "DEU.BBBB"))
                .withPropertyValues("wbci.partners.[DEU.BBBB].endpoint=http://127.0.0.1:8081/wbci/v2")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("DEU.BBBB is configured twice"));
    }

    @Test
    void aDashWrittenAsUnderscoreInAnEnvironmentVariableFailsTheStartNamingTheRightVariable() {
        runner(Map.of("WBCI_CARRIER_CODE", "DEU.CCCC"))
                .run(context -> assertThat(unknownSettings(context))
                        .hasMessageContaining("wbci.carrier.code")
                        .hasMessageContaining("WBCI_CARRIERCODE"));
        runner(Map.of("WBCI_OUTBOX_MAX_ATTEMPTS", "3"))
                .run(context -> assertThat(unknownSettings(context)).hasMessageContaining("WBCI_OUTBOX_MAXATTEMPTS"));
    }

    @Test
    void aCarrierCodeWithoutBracketsFailsTheStartAndSaysWhatWorks() {
        runner().withPropertyValues("wbci.partners.DEU.BBBB.certificate=b.pem")
                .run(context -> assertThat(unknownSettings(context))
                        .hasMessageContaining("wbci.partners.deu.bbbb.certificate")
                        .hasMessageContaining("wbci.partners.[DEU.BBBB].certificate")
                        .hasMessageContaining("WBCI_PARTNERS_0_CODE=DEU.BBBB"));
        runner(Map.of("WBCI_PARTNERS_DEU_BBBB_CERTIFICATE", "b.pem"))
                .run(context -> assertThat(unknownSettings(context))
                        .hasMessageContaining("WBCI_PARTNERS_DEU_BBBB_CERTIFICATE")
                        .hasMessageContaining("WBCI_PARTNERS_0_CERTIFICATE"));
    }

    @Test
    void theRemovedAllowRsaSha1FailsTheStartAndSaysWhatToDo() {
        runner().withPropertyValues("wbci.partners.[DEU.BBBB].allow-rsa-sha1=true")
                .run(context -> {
                    UnknownSettingsException e = unknownSettings(context);
                    assertThat(e.unknown())
                            .extracting(KnownSettings.Unknown::name)
                            .containsExactly("wbci.partners[DEU.BBBB].allow-rsa-sha1");
                    assertThat(e)
                            .hasMessageContaining("RSA-SHA1 is now accepted from every partner")
                            .hasMessageContaining("wbci.partners.[X].forbid-rsa-sha1=true");
                });
    }

    @Test
    void aMistypedKeyOfAnAccessUserFailsTheStart() {
        runner().withPropertyValues(
                        "wbci.access.users.anna.password={noop}anna-secret",
                        "wbci.access.users.anna.role=ADMIN",
                        "wbci.access.users.anna.nmae=Anna")
                .run(context -> assertUnknown(context, "wbci.access.users.anna.nmae", "wbci.access.users.anna.name"));
        // the user's own check (password and role) would refuse it first; the misspelling is named instead
        runner().withPropertyValues(
                        "wbci.access.users.anna.password={noop}anna-secret", "wbci.access.users.anna.rol=ADMIN")
                .run(context -> assertUnknown(context, "wbci.access.users.anna.rol", "wbci.access.users.anna.role"));
    }

    @Test
    void aMistypedKeyOfTheCrmFailsTheStart() {
        runner().withPropertyValues("wbci.crm.mode=SQL", "wbci.crm.sql.contracts-by-numbr=q")
                .run(context ->
                        assertUnknown(context, "wbci.crm.sql.contracts-by-numbr", "wbci.crm.sql.contracts-by-number"));
    }

    @Test
    void mistypedEnvironmentVariablesAndSystemPropertiesFailTheStart() {
        runner(Map.of("WBCI_OUTBOX_MAXATTEMPS", "3")).run(context -> {
            assertUnknown(context, "wbci.outbox.maxattemps", "wbci.outbox.max-attempts");
            assertThat(context.getStartupFailure()).hasMessageContaining("WBCI_OUTBOX_MAXATTEMPS");
        });
        runner().withSystemProperties("wbci.decision.mdoe=REVIEW")
                .run(context -> assertUnknown(context, "wbci.decision.mdoe", "wbci.decision.mode"));
    }

    @Test
    void everyUnknownKeyIsNamedAtOnce() {
        runner().withPropertyValues(
                        "wbci.carrier-kode=DEU.AAAA",
                        "wbci.crm.moed=SQL",
                        "wbci.access.lockuot=1m",
                        "wbci.signing.pasword=x")
                .run(context -> {
                    assertThat(context).hasFailed();
                    UnknownSettingsException e = unknownSettings(context);
                    assertThat(e.unknown())
                            .extracting(KnownSettings.Unknown::name)
                            .containsExactly(
                                    "wbci.access.lockuot",
                                    "wbci.carrier-kode",
                                    "wbci.crm.moed",
                                    "wbci.signing.pasword");
                });
    }

    @Test
    void aBadValueIsLeftToTheUsualBindingError() {
        runner().withPropertyValues("wbci.outbox.max-attempts=many").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .isNotInstanceOf(UnknownSettingsException.class)
                    .hasStackTraceContaining("wbci.outbox.max-attempts");
        });
    }

    /** Through SpringApplication as the gateway starts: an application.yaml key, and the report Spring Boot prints. */
    @Test
    void theStartReportNamesTheKeyFromApplicationYaml(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Settings.class)
                        .web(WebApplicationType.NONE)
                        .properties(
                                "spring.config.location=classpath:known-settings/mistyped.yaml",
                                "spring.main.banner-mode=off")
                        .run()
                        .close())
                .isInstanceOf(UnknownSettingsException.class);
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("wbci.partners[DEU.BBBB].endpont")
                .contains("did you mean wbci.partners[DEU.BBBB].endpoint?")
                .contains("mistyped.yaml")
                .contains("Correct or remove these settings");
    }

    private static void assertUnknown(AssertableApplicationContext context, String name, String suggestion) {
        assertThat(context).hasFailed();
        UnknownSettingsException e = unknownSettings(context);
        assertThat(e.unknown()).extracting(KnownSettings.Unknown::name).containsExactly(name);
        assertThat(e.unknown().get(0).hint())
                .isEqualTo(Optional.ofNullable(suggestion).map(k -> "did you mean " + k + "?"));
        assertThat(e).hasMessageContaining(name);
    }

    private static UnknownSettingsException unknownSettings(AssertableApplicationContext context) {
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof UnknownSettingsException e) {
                return e;
            }
        }
        throw new AssertionError("not failed for unknown settings", context.getStartupFailure());
    }
}
