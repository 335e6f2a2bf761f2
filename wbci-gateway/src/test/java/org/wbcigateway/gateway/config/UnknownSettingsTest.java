package org.wbcigateway.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.wbcigateway.gateway.access.AccessProperties;
import org.wbcigateway.gateway.crm.CrmProperties;

/**
 * A mistyped or removed wbci.* setting fails the start with its name; the settings of every wbci.* record (also
 * wbci.crm, wbci.access of the tests' config/application.yaml), map keys, list indices and the JVM's
 * -Dwbci.shared.dir of the build do not. Only the configuration
 * records and the check are started, not the gateway.
 */
class UnknownSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({GatewayProperties.class, CrmProperties.class, AccessProperties.class})
    @Import(UnknownSettings.class)
    static class Settings {
    }

    @Test
    void knownSettingsStart() {
        try (ConfigurableApplicationContext context = start(
                "--wbci.partners.[DEU.MNET].endpoint=http://127.0.0.1:9/wbci/v2",
                "--wbci.partners.[DEU.MNET].forbid-rsa-sha1=false",
                "--wbci.partners.[DEU.MNET].tls-client-certificate=/nowhere.pem",
                "--wbci.security.forbid-rsa-sha1=true",
                "--wbci.decision.projektkenner[0]=PK1",
                "--wbci.deadlines.escalation.VA_UNANSWERED=1,2,3",
                "--wbci.crm.mode=BUILTIN")) {
            GatewayProperties properties = context.getBean(GatewayProperties.class);
            assertThat(properties.rsaSha1Forbidden(org.wbcigateway.domain.id.CarrierCode.of("DEU.MNET"))).isFalse();
            assertThat(properties.rsaSha1Forbidden(org.wbcigateway.domain.id.CarrierCode.of("DEU.OTHR"))).isTrue();
        }
    }

    @Test
    void theRemovedAllowRsaSha1FailsTheStartAndSaysWhatToDo() {
        assertThatThrownBy(() -> start("--wbci.partners.[DEU.MNET].allow-rsa-sha1=true"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wbci.partners.[DEU.MNET].allow-rsa-sha1")
                .hasMessageContaining("RSA-SHA1 is now accepted from every partner")
                .hasMessageContaining("wbci.partners.[X].forbid-rsa-sha1=true");
    }

    @Test
    void mistypedSettingsFailTheStart() {
        assertThatThrownBy(() -> start("--wbci.partners.[DEU.MNET].forbid-sha1=true",
                "--wbci.securty.forbid-rsa-sha1=true", "--wbci.partners.DEU.MNET.endpoint=http://x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown settings")
                .hasMessageContaining("wbci.partners.[DEU.MNET].forbid-sha1")
                .hasMessageContaining("wbci.securty.forbid-rsa-sha1")
                .hasMessageContaining("wbci.partners.DEU.MNET.endpoint");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--wbci.carrier-code=DEU.DTAG";
        all[1] = "--wbci.portierungskennung=D001";
        all[2] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).run(all);
    }
}
