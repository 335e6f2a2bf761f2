package org.wbcigateway.gateway.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.wbcigateway.gateway.platform.config.GatewayProperties;
import org.wbcigateway.gateway.platform.config.ProtocolConfig;
import org.wbcigateway.gateway.platform.partners.PartnerDirectory;

/** WS-Security: our signing key, the partners' certificates, and the authenticator built from them. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    OwnSigningKey ownSigningKey(
            GatewayProperties properties,
            ResourceLoader resources,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            TenantSigningKeys tenantKeys) {
        return new OwnSigningKey(properties, resources, clock, tenantKeys);
    }

    @Bean
    PartnerAuthenticator partnerAuthenticator(
            PartnerDirectory directory,
            GatewayProperties properties,
            @Qualifier(ProtocolConfig.SYSTEM_CLOCK) Clock clock,
            MeterRegistry meters) {
        return new PartnerAuthenticator(directory, properties, clock, meters);
    }
}
