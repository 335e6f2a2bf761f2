package org.wbcigateway.gateway.platform.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.wbcigateway.domain.deadline.Fristen;
import org.wbcigateway.wire.WbciCodec;

/** The protocol core (wbci-domain, wbci-wire) as beans, configured from {@link GatewayProperties}. */
@Configuration(proxyBeanMethods = false)
public class ProtocolConfig {

    public static final String SYSTEM_CLOCK = "systemClock";

    /** Business time: today's date for deadlines and date rules. Fixed (and adjustable) by configuration if set. */
    @Bean
    @Primary
    Clock clock(GatewayProperties properties) {
        return properties
                .fixedClock()
                .<Clock>map(t -> new AdjustableClock(t.toInstant(), ZoneId.of("Europe/Berlin")))
                .orElseGet(() -> Clock.system(ZoneId.of("Europe/Berlin")));
    }

    /** Technical time: when rows were written, leases, retry backoff. Always the real time. */
    @Bean(SYSTEM_CLOCK)
    Clock systemClock() {
        return Clock.systemUTC();
    }

    @Bean
    Fristen fristen() {
        return Fristen.defaults();
    }

    @Bean
    WbciCodec wbciCodec() {
        return new WbciCodec();
    }
}
