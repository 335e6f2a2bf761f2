package org.wbcigateway.gateway.platform.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wbcigateway.gateway.platform.security.CertificateInventory;

/**
 * The certificates' part of {@code /actuator/health} (the database has Spring Boot's indicator, the outbox its own):
 * an expired signing certificate of our own takes the gateway DOWN, since partners refuse everything we send.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayHealth {

    @Bean
    HealthIndicator certificates(CertificateInventory inventory) {
        return () -> {
            Health.Builder health = Health.up();
            boolean ownExpired = false;
            for (CertificateInventory.Entry e : inventory.entries()) {
                if (inventory.expiresSoon(e)) {
                    health.withDetail(
                            e.purpose() + " " + e.owner() + " " + e.serial(),
                            (inventory.expired(e) ? "expired " : "expires ") + e.notAfter());
                }
                ownExpired |= inventory.expired(e)
                        && (e.purpose() == CertificateInventory.Purpose.SIGNING_OWN
                                || e.purpose() == CertificateInventory.Purpose.TLS_OWN);
            }
            return (ownExpired ? health.down() : health)
                    .withDetail("certificates", inventory.entries().size())
                    .build();
        };
    }
}
